import {
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, firstErrors, invalid, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminReasonLabels } from '#app/admin/reason-labels.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { reasonTreeInput, type ReasonTree } from '#app/modules/returns/core/reasons.ts';
import { loadReasonTree, saveReasonTree } from '#app/modules/returns/reasons.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.returns.reasons';

export const handle = { area: 'returns' satisfies AdminArea };

/** The languages the stores sell in: a new reason is labelled in each. */
async function storeLanguages() {
  const config = await getMarketConfig(getDb());
  return [...new Set(allLocales(config).map((l) => l.language))].sort();
}

/** The reason tree shoppers pick from: switch reasons on and off, require photos or notes, add the store's own. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const tree = await loadReasonTree(getDb());
  const languages = await storeLanguages();
  return {
    title: adminT(principal.locale)('returns.reasonTree.title'),
    tree,
    labels: adminReasonLabels(tree, principal.locale),
    languages: languages.map((code) => ({ code, name: languageName(code, principal.locale ?? 'en') })),
  };
}

const TREE_ERRORS = new Set([
  'code',
  'labelTooLong',
  'language',
  'tooMany',
  'duplicateCode',
  'builtInRemoved',
  'labelRequired',
  'noActive',
]);

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'returns');
  let posted: unknown;
  try {
    posted = JSON.parse(String(form.get('tree') ?? ''));
  } catch {
    return invalid('save', { form: 'malformed' });
  }
  const parsed = reasonTreeInput(await storeLanguages()).safeParse(posted);
  // Our own codes name the problem; zod's type errors mean the document itself was tampered with.
  if (!parsed.success)
    return invalid(
      'save',
      firstErrors({
        '': parsed.error.issues.map((i) => (TREE_ERRORS.has(i.message) ? i.message : 'malformed')),
      }),
    );
  await saveReasonTree(getDb(), parsed.data);
  return saved('save', { key: 'returns.reasonTree.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

/** A code for a new reason from its first label: lower-case ASCII words, or a numbered one for other scripts. */
function codeFor(label: string, taken: readonly string[]): string {
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30);
  const base = /^[a-z][a-z0-9_]{1,}$/.test(slug) ? slug : 'custom';
  let code = base;
  for (let n = 2; taken.includes(code); n++) code = `${base}_${n}`;
  return code;
}

export default function ReturnReasons({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'returns.reasonTree.errors');
  const [tree, setTree] = useState<ReasonTree>(d.tree);
  const [parent, setParent] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  const label = (code: string, sub?: string) =>
    d.labels[sub ? `${code}.${sub}` : code] ??
    Object.values(
      (sub
        ? tree.find((r) => r.code === code)?.sub.find((s) => s.code === sub)
        : tree.find((r) => r.code === code)
      )?.labels ?? {},
    )[0] ??
    sub ??
    code;
  const patch = (code: string, change: Partial<ReasonTree[number]>) =>
    setTree(tree.map((r) => (r.code === code ? { ...r, ...change } : r)));
  const patchSub = (code: string, sub: string, active: boolean) =>
    setTree(
      tree.map((r) =>
        r.code === code ? { ...r, sub: r.sub.map((s) => (s.code === sub ? { ...s, active } : s)) } : r,
      ),
    );
  const add = () => {
    const given = Object.fromEntries(Object.entries(labels).filter(([, v]) => v.trim() !== ''));
    const first = given.en ?? Object.values(given)[0];
    if (!first) return;
    const taken = tree.flatMap((r) => [r.code, ...r.sub.map((s) => s.code)]);
    const code = codeFor(first, taken);
    setTree(
      parent
        ? tree.map((r) =>
            r.code === parent ? { ...r, sub: [...r.sub, { code, active: true, labels: given }] } : r,
          )
        : [...tree, { code, active: true, photo: false, note: false, labels: given, sub: [] }],
    );
    setLabels({});
  };
  return (
    <Page title={d.title} backAction={{ content: t('nav.returns'), url: '/app/returns' }}>
      <Layout>
        <Layout.Section>
          <fetcher.Form method="post">
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="tree" value={JSON.stringify(tree)} />
            <BlockStack gap="400">
              <Text as="p" tone="subdued">
                {t('returns.reasonTree.help')}
              </Text>
              {tree.map((r) => (
                // A group named by its heading: each reason's "Offered", "Photo required"... read with it.
                <div key={r.code} role="group" aria-labelledby={`reason-${r.code}`}>
                  <Card>
                    <BlockStack gap="200">
                      <Text as="h2" variant="headingMd" id={`reason-${r.code}`}>
                        {label(r.code)}
                      </Text>
                      <InlineStack gap="400">
                        <Checkbox
                          label={t('returns.reasonTree.active')}
                          checked={r.active}
                          onChange={(active) => patch(r.code, { active })}
                        />
                        <Checkbox
                          label={t('returns.reasonTree.photo')}
                          checked={r.photo}
                          onChange={(photo) => patch(r.code, { photo })}
                        />
                        <Checkbox
                          label={t('returns.reasonTree.note')}
                          checked={r.note}
                          onChange={(note) => patch(r.code, { note })}
                        />
                      </InlineStack>
                      {r.sub.length ? (
                        <BlockStack gap="100">
                          <Text as="h3" variant="headingSm">
                            {t('returns.reasonTree.subReasons')}
                          </Text>
                          {r.sub.map((s) => (
                            <Checkbox
                              key={s.code}
                              label={label(r.code, s.code)}
                              checked={s.active}
                              onChange={(active) => patchSub(r.code, s.code, active)}
                            />
                          ))}
                        </BlockStack>
                      ) : null}
                    </BlockStack>
                  </Card>
                </div>
              ))}
              {error('form') ? (
                <Text as="p" tone="critical">
                  {error('form')}
                </Text>
              ) : null}
              <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
                {t('returns.reasonTree.save')}
              </Button>
            </BlockStack>
          </fetcher.Form>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <FormLayout>
              <Text as="h2" variant="headingMd">
                {t('returns.reasonTree.add')}
              </Text>
              <Select
                label={t('returns.reasonTree.parent')}
                options={[
                  { label: t('returns.reasonTree.topLevel'), value: '' },
                  ...tree.map((r) => ({ label: label(r.code), value: r.code })),
                ]}
                value={parent}
                onChange={setParent}
              />
              {d.languages.map((l) => (
                <TextField
                  key={l.code}
                  label={t('returns.reasonTree.labelIn', { language: l.name })}
                  value={labels[l.code] ?? ''}
                  onChange={(v) => setLabels({ ...labels, [l.code]: v })}
                  maxLength={80}
                  autoComplete="off"
                />
              ))}
              <Text as="p" tone="subdued">
                {t('returns.reasonTree.addHelp')}
              </Text>
              <Button onClick={add}>{t('returns.reasonTree.addButton')}</Button>
            </FormLayout>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
