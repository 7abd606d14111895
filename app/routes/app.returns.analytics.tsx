import {
  BlockStack,
  Button,
  Card,
  InlineStack,
  Layout,
  Link,
  Page,
  Text,
  TextField,
  Thumbnail,
} from '@shopify/polaris';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { ReturnRateChart } from '#app/components/admin/return-rate-chart.tsx';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { getDb } from '#app/db/client.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { analyticsPeriod } from '#app/modules/returns/core/analytics-period.ts';
import { loadReturnAnalytics } from '#app/modules/returns/return-analytics.server.ts';
import { adminReasonLabels } from '#app/admin/reason-labels.server.ts';
import { loadReasonTree } from '#app/modules/returns/reasons.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.returns.analytics';

export const handle = { area: 'returns' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const period = analyticsPeriod(new URL(request.url).searchParams, new Date());
  const [a, tree] = await Promise.all([
    loadReturnAnalytics(getDb(), period.from, period.to),
    loadReasonTree(getDb()),
  ]);
  const labels = adminReasonLabels(tree, principal.locale);
  const shop = (amount: number) => toDecimalString({ amount, currencyCode: a.shopCurrency });
  return {
    title: adminT(principal.locale)('returns.analytics.title'),
    period: { from: period.fromDay, to: period.toDay },
    shopCurrency: a.shopCurrency,
    totals: { ...a.totals, refundShop: shop(a.totals.refundShop) },
    byProduct: a.byProduct,
    byVariant: a.byVariant,
    byVendor: a.byVendor,
    byCollection: a.byCollection,
    byMarket: a.byMarket.map((m) => ({ ...m, refundShop: shop(m.refundShop) })),
    reasons: a.reasons.map((r) => ({ ...r, label: labels[r.reason] ?? r.reason })),
    watch: a.watch,
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function ReturnAnalyticsPage({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const [from, setFrom] = useState(d.period.from);
  const [to, setTo] = useState(d.period.to);
  const pct = (n: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  const csv = (table: string) =>
    `/app/returns/analytics.csv?table=${table}&from=${d.period.from}&to=${d.period.to}`;
  const rates = (
    title: string,
    table: string,
    rows: { label: string; sold: number; returned: number; rate: number }[],
  ) => (
    <TableCard
      title={title}
      csvUrl={csv(table)}
      numeric={[1, 2, 3]}
      headings={[
        title,
        t('returns.analytics.sold'),
        t('returns.analytics.returned'),
        t('returns.analytics.rate'),
      ]}
      rows={rows.map((r) => [r.label, r.sold, r.returned, pct(r.rate)])}
    />
  );
  return (
    <Page title={d.title} backAction={{ content: t('nav.returns'), url: '/app/returns' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <Form method="get">
                <InlineStack gap="300" blockAlign="end">
                  <TextField
                    label={t('orders.from')}
                    type="date"
                    name="from"
                    value={from}
                    onChange={setFrom}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('orders.to')}
                    type="date"
                    name="to"
                    value={to}
                    onChange={setTo}
                    autoComplete="off"
                  />
                  <Button submit>{t('returns.analytics.apply')}</Button>
                </InlineStack>
              </Form>
            </Card>
            <Card>
              <InlineStack gap="800" wrap>
                {(
                  [
                    ['sold', String(d.totals.sold)],
                    ['returned', String(d.totals.returned)],
                    ['rate', pct(d.totals.rate)],
                    ['refunded', formatMoney(d.totals.refundShop, d.shopCurrency, i18n.language)],
                  ] as const
                ).map(([key, value]) => (
                  <BlockStack key={key} gap="100">
                    <Text as="p" tone="subdued">
                      {t(`returns.analytics.${key}`)}
                    </Text>
                    <Text as="p" variant="headingLg">
                      <span data-testid={`analytics-${key}`}>{value}</span>
                    </Text>
                  </BlockStack>
                ))}
              </InlineStack>
            </Card>
            {d.byProduct.length ? (
              <Card>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingMd">
                    {t('returns.analytics.chart')}
                  </Text>
                  <ReturnRateChart
                    rows={d.byProduct.slice(0, 10)}
                    label={{ rate: t('returns.analytics.rate'), aria: t('returns.analytics.chartAria') }}
                  />
                </BlockStack>
              </Card>
            ) : null}
            <TableCard
              title={t('returns.analytics.watch')}
              help={t('returns.analytics.watchHelp')}
              csvUrl={csv('watch')}
              numeric={[1, 2]}
              headings={[
                t('returns.analytics.variant'),
                t('returns.analytics.rate'),
                t('returns.analytics.collectionRate'),
                t('returns.analytics.collection'),
              ]}
              rows={d.watch.map((w) => [w.label, pct(w.rate), pct(w.collectionRate), w.collection])}
            />
            <TableCard
              title={t('returns.analytics.reasons')}
              csvUrl={csv('reasons')}
              numeric={[1]}
              headings={[t('returns.reason'), t('returns.analytics.units'), t('returns.analytics.examples')]}
              rows={d.reasons.map((r) => [
                r.label,
                r.units,
                <BlockStack key="examples" gap="100">
                  <span>{r.examples.map((e) => `“${e}”`).join(' ')}</span>
                  {r.photos.length ? (
                    <InlineStack gap="100">
                      {r.photos.map((p, i) => (
                        <Link key={p.photoId} url={`/app/returns/${p.returnId}`}>
                          <Thumbnail
                            size="small"
                            source={`/app/returns/${p.returnId}/photos/${p.photoId}`}
                            alt={t('returns.analytics.examplePhoto', {
                              n: i + 1,
                              reason: r.label,
                            })}
                          />
                        </Link>
                      ))}
                    </InlineStack>
                  ) : null}
                </BlockStack>,
              ])}
            />
            <TableCard
              title={t('returns.analytics.market')}
              csvUrl={csv('market')}
              numeric={[1, 2, 3, 4]}
              headings={[
                t('returns.analytics.market'),
                t('returns.analytics.sold'),
                t('returns.analytics.returned'),
                t('returns.analytics.rate'),
                t('returns.analytics.refundCost', { currency: d.shopCurrency }),
              ]}
              rows={d.byMarket.map((m) => [
                m.label,
                m.sold,
                m.returned,
                pct(m.rate),
                formatMoney(m.refundShop, d.shopCurrency, i18n.language),
              ])}
            />
            {rates(t('returns.analytics.product'), 'product', d.byProduct)}
            {rates(t('returns.analytics.variant'), 'variant', d.byVariant)}
            {rates(t('returns.analytics.vendor'), 'vendor', d.byVendor)}
            {rates(t('returns.analytics.collection'), 'collection', d.byCollection)}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

/** One analytics table: its heading, an optional explanation, the rows, and the same rows as CSV. */
function TableCard({
  title,
  help,
  csvUrl,
  headings,
  numeric,
  rows,
}: {
  title: string;
  help?: string;
  csvUrl: string;
  headings: string[];
  numeric: readonly number[];
  rows: ReactNode[][];
}) {
  const { t } = useTranslation('admin');
  return (
    <Card>
      <BlockStack gap="200">
        <InlineStack align="space-between">
          <Text as="h2" variant="headingMd">
            {title}
          </Text>
          <Link url={csvUrl}>{t('returns.analytics.csv')}</Link>
        </InlineStack>
        {help ? (
          <Text as="p" tone="subdued">
            {help}
          </Text>
        ) : null}
        <ScrollTable label={title} numeric={numeric} headings={headings} rows={rows} />
      </BlockStack>
    </Card>
  );
}
