import {
  Badge,
  BlockStack,
  Button,
  Card,
  EmptyState,
  FormLayout,
  IndexTable,
  Layout,
  Link,
  Page,
  Select,
  Text,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { STATE_TONES } from '#app/components/admin/promotions/campaign-editor.tsx';
import { getDb } from '#app/db/client.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { isTimeZone } from '#app/lib/zoned-time.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { listCampaigns } from '#app/modules/promotions/campaign-admin.server.ts';
import { promotionSettings } from '#app/modules/shop/shop.server.ts';
import { savePromotionSettings } from '#app/modules/promotions/campaigns.server.ts';
import { canAccess, type AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.promotions._index';

export const handle = { area: 'promotions' satisfies AdminArea };

/** Campaigns at a glance (state, markets, window, orders, budget used) and the store's promotion settings. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'promotions', 'read');
  const db = getDb();
  const [list, config, shop] = await Promise.all([
    listCampaigns(db),
    getMarketConfig(db),
    promotionSettings(db),
  ]);
  return {
    title: adminT(principal.locale)('nav.promotions'),
    canEdit: canAccess(principal.role, 'promotions'),
    policy: shop.promotionPolicy,
    timeZone: shop.timeZone,
    zones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')],
    campaigns: list.map((c) => ({
      ...c,
      startsAt: c.startsAt.toISOString(),
      endsAt: c.endsAt?.toISOString() ?? null,
      markets: c.marketIds.map((id) => config.markets.find((m) => m.id === id)?.name ?? `#${id}`),
    })),
  };
}

const Settings = z.object({
  policy: z.enum(['best', 'priority'], 'policy'),
  timeZone: z.string().max(64).refine(isTimeZone, 'timeZone'),
});

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'promotions');
  const intent = String(form.get('intent') ?? '');
  if (intent !== 'settings') return invalid(intent, { form: 'unknown' });
  const parsed = parseForm(form, Settings);
  if (!parsed.ok) return invalid(intent, parsed.errors);
  await savePromotionSettings(getDb(), {
    promotionPolicy: parsed.value.policy,
    timeZone: parsed.value.timeZone,
  });
  return saved(intent, { key: 'promotions.settingsSaved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Promotions({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'promotions.errors', 'settings');
  const [policy, setPolicy] = useState<string>(loaderData.policy);
  const [zone, setZone] = useState(loaderData.timeZone);
  const { campaigns, timeZone } = loaderData;
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime', timeZone);
  const money = (amount: number, currency: string) =>
    formatMoney(toDecimalString({ amount, currencyCode: currency }), currency, i18n.language);
  const budgetUsed = (c: (typeof campaigns)[number]) =>
    c.budget
      ? Object.entries(c.budget)
          .map(([cur, total]) =>
            t('promotions.budgetUsed', { spent: money(c.spent[cur] ?? 0, cur), total: money(total, cur) }),
          )
          .join(' · ')
      : t('promotions.noBudget');
  return (
    <Page
      title={loaderData.title}
      primaryAction={
        loaderData.canEdit ? { content: t('promotions.create'), url: '/app/promotions/new' } : undefined
      }
    >
      <Layout>
        <Layout.Section>
          <Card padding="0">
            {campaigns.length ? (
              <IndexTable
                resourceName={{ singular: t('promotions.campaign'), plural: t('promotions.campaigns') }}
                itemCount={campaigns.length}
                selectable={false}
                headings={[
                  { title: t('promotions.name') },
                  { title: t('promotions.state') },
                  { title: t('promotions.markets') },
                  { title: t('promotions.window') },
                  { title: t('promotions.orders'), alignment: 'end' },
                  { title: t('promotions.budget') },
                ]}
              >
                {campaigns.map((c, i) => (
                  <IndexTable.Row id={String(c.id)} key={c.id} position={i}>
                    <IndexTable.Cell>
                      <Link url={`/app/promotions/${c.id}`} removeUnderline>
                        {c.name}
                      </Link>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={STATE_TONES[c.state]}>{t(`promotions.states.${c.state}`)}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      {c.markets.length ? c.markets.join(', ') : t('promotions.allMarkets')}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      {c.endsAt
                        ? t('promotions.fromTo', { from: when(c.startsAt), to: when(c.endsAt) })
                        : t('promotions.fromOn', { from: when(c.startsAt) })}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" alignment="end" numeric>
                        {new Intl.NumberFormat(i18n.language).format(c.orders)}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{budgetUsed(c)}</IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            ) : (
              <EmptyState
                heading={t('promotions.emptyTitle')}
                action={
                  loaderData.canEdit
                    ? { content: t('promotions.create'), url: '/app/promotions/new' }
                    : undefined
                }
                image=""
              >
                <p>{t('promotions.emptyBody')}</p>
              </EmptyState>
            )}
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('promotions.settings')}
              </Text>
              <FormLayout>
                <Select
                  label={t('promotions.policy')}
                  options={[
                    { value: 'best', label: t('promotions.policies.best') },
                    { value: 'priority', label: t('promotions.policies.priority') },
                  ]}
                  value={policy}
                  onChange={setPolicy}
                  error={error('policy')}
                  disabled={!loaderData.canEdit}
                />
                <Select
                  label={t('promotions.timeZone')}
                  options={loaderData.zones.map((z) => ({ value: z, label: z }))}
                  value={zone}
                  onChange={setZone}
                  helpText={t('promotions.timeZoneHelp')}
                  error={error('timeZone')}
                  disabled={!loaderData.canEdit}
                />
                {loaderData.canEdit ? (
                  <fetcher.Form method="post">
                    <input type="hidden" name="csrf" value={csrfToken} />
                    <input type="hidden" name="intent" value="settings" />
                    <input type="hidden" name="policy" value={policy} />
                    <input type="hidden" name="timeZone" value={zone} />
                    <Button submit loading={fetcher.state !== 'idle'}>
                      {t('promotions.saveSettings')}
                    </Button>
                  </fetcher.Form>
                ) : null}
              </FormLayout>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
