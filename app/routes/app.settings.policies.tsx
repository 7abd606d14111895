import {
  Banner,
  BlockStack,
  Button,
  Card,
  InlineStack,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher, useNavigate } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import { allLocales, defaultLocale } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { POLICY_HANDLES, POLICY_ORDER, STOREFRONT_ONLY_KINDS } from '#app/modules/policies/core/handles.ts';
import { policyInput } from '#app/modules/policies/core/policy-input.ts';
import { checkReturnWindow, RETURN_WINDOW_TOKEN } from '#app/modules/policies/core/return-window.ts';
import { policiesByKind, policyTranslations, savePolicy } from '#app/modules/policies/policies.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.settings.policies';

export const handle = { area: 'settings' satisfies AdminArea };

/** The shop's default language first, then every language a storefront sells in. */
async function storeLanguages() {
  const config = await getMarketConfig(getDb());
  const def = defaultLocale(config).language;
  const languages = [def, ...new Set(allLocales(config).map((l) => l.language))].filter(
    (l, i, all) => all.indexOf(l) === i,
  );
  return { config, def, languages };
}

/** Every policy in one language: the text, its source when translating, and the return-window check. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'settings');
  const db = getDb();
  const { config, def, languages } = await storeLanguages();
  const asked = new URL(request.url).searchParams.get('language') ?? def;
  const language = languages.includes(asked) ? asked : def;
  const rows = await policiesByKind(db);
  const translations = await policyTranslations(
    db,
    [...rows.values()].map((r) => r.id),
  );
  const markets = config.markets
    .filter((m) => m.enabled)
    .map((m) => ({ name: m.name, windowDays: m.returnWindowDays }));
  const prefix = allLocales(config).find((l) => l.language === language)?.pathPrefix ?? '';
  const ui = principal.locale ?? 'en';
  return {
    title: adminT(principal.locale)('settings.policies.title'),
    language,
    isDefault: language === def,
    defaultName: languageName(def, ui),
    languages: languages.map((code) => ({ value: code, label: languageName(code, ui) })),
    markets,
    policies: POLICY_ORDER.map((kind) => {
      const row = rows.get(kind);
      const own = language === def ? null : row ? translations.get(row.id)?.get(language) : undefined;
      const title = language === def ? (row?.title ?? '') : (own?.title ?? '');
      const body = language === def ? (row?.bodyHtml ?? '') : (own?.body ?? '');
      const shown = body || row?.bodyHtml || '';
      return {
        kind,
        title,
        body,
        source: row ? { title: row.title, body: row.bodyHtml } : null,
        published: (row?.bodyHtml ?? '') !== '',
        storefrontOnly: (STOREFRONT_ONLY_KINDS as readonly string[]).includes(kind),
        url: `${prefix}/policies/${POLICY_HANDLES[kind]}`,
        window: kind === 'refund' ? checkReturnWindow(shown, markets) : null,
      };
    }),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'settings');
  const { def, languages } = await storeLanguages();
  const parsed = parseForm(form, policyInput(languages));
  if (!parsed.ok) return invalid('save', parsed.errors);
  const result = await savePolicy(getDb(), parsed.value, def);
  if (!result.ok) return invalid('save', { form: result.error }, { status: 409 });
  return saved('save', { key: 'settings.policies.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type LoaderPolicy = Route.ComponentProps['loaderData']['policies'][number];

export default function PolicySettings({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  return (
    <Page title={d.title}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="p">{t('settings.policies.help', { token: RETURN_WINDOW_TOKEN })}</Text>
                <Select
                  label={t('settings.policies.language')}
                  options={d.languages}
                  value={d.language}
                  onChange={(v) => navigate(`/app/settings/policies?language=${encodeURIComponent(v)}`)}
                />
                <Text as="p" tone="subdued">
                  {t('settings.policies.windows', {
                    list: d.markets.map((m) => `${m.name} ${m.windowDays}`).join(' · '),
                  })}
                </Text>
              </BlockStack>
            </Card>
            {d.policies.map((p) => (
              // A new language's values replace the form's (the key remounts it).
              <PolicyForm
                key={`${d.language}-${p.kind}`}
                policy={p}
                language={d.language}
                isDefault={d.isDefault}
                defaultName={d.defaultName}
              />
            ))}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function PolicyForm({
  policy,
  language,
  isDefault,
  defaultName,
}: {
  policy: LoaderPolicy;
  language: string;
  isDefault: boolean;
  defaultName: string;
}) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'settings.policies.errors');
  const [title, setTitle] = useState(policy.title);
  const [body, setBody] = useState(policy.body);
  const id = `policy-${policy.kind}`;
  const name = t(`settings.policies.kinds.${policy.kind}`);
  return (
    <div role="group" aria-labelledby={id} data-testid={`policy-form-${policy.kind}`}>
      <Card>
        <fetcher.Form method="post">
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="kind" value={policy.kind} />
          <input type="hidden" name="language" value={language} />
          <BlockStack gap="300">
            <InlineStack gap="200" align="space-between" blockAlign="center">
              <Text as="h2" variant="headingMd" id={id}>
                {name}
              </Text>
              <Text as="span" tone={policy.published ? 'success' : 'subdued'}>
                {policy.published ? t('settings.policies.published') : t('settings.policies.unpublished')}
              </Text>
            </InlineStack>
            {policy.storefrontOnly ? (
              <Text as="p" tone="subdued">
                {t('settings.policies.storefrontOnly')}
              </Text>
            ) : null}
            {!isDefault ? (
              <Text as="p" tone="subdued">
                {t('settings.policies.translating', { source: defaultName })}
              </Text>
            ) : null}
            {policy.window && policy.window.mismatched.length > 0 ? (
              <Banner tone="warning" title={t('settings.policies.windowMismatchTitle')}>
                <p>
                  {t('settings.policies.windowMismatch', {
                    stated: policy.window.stated.join(', '),
                    markets: policy.window.mismatched.map((m) => `${m.market} (${m.windowDays})`).join(', '),
                    token: RETURN_WINDOW_TOKEN,
                  })}
                </p>
              </Banner>
            ) : null}
            <TextField
              label={t('settings.policies.titleLabel')}
              name="title"
              value={title}
              onChange={setTitle}
              autoComplete="off"
              placeholder={isDefault ? undefined : policy.source?.title}
              error={error('title')}
            />
            <TextField
              label={t('settings.policies.bodyLabel')}
              name="body"
              value={body}
              onChange={setBody}
              multiline={8}
              autoComplete="off"
              helpText={t('settings.policies.bodyHelp', { token: RETURN_WINDOW_TOKEN })}
              error={error('body')}
            />
            {error('form') ? (
              <Text as="p" tone="critical">
                {error('form')}
              </Text>
            ) : null}
            <InlineStack gap="300" blockAlign="center">
              <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
                {t('settings.policies.save', { policy: name })}
              </Button>
              {policy.published ? (
                <Link url={policy.url} target="_blank">
                  {t('settings.policies.view')}
                </Link>
              ) : null}
            </InlineStack>
          </BlockStack>
        </fetcher.Form>
      </Card>
    </div>
  );
}
