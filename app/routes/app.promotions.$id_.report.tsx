import { BlockStack, Card, InlineGrid, Layout, Link, Page, Text } from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { BurnChart, CurrencyChart } from '#app/components/admin/promotions/report-charts.tsx';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { getDb } from '#app/db/client.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { loadCampaignReport } from '#app/modules/orders/campaign-report-data.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.promotions.$id_.report';

export const handle = { area: 'promotions' satisfies AdminArea };

/** A campaign's performance: what it sold and cost, against orders without promotions, and its budget over time. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'promotions', 'read');
  const id = parseRowId(params.id);
  const loaded = id == null ? null : await loadCampaignReport(getDb(), id);
  if (!loaded) throw data({ error: 'not-found' }, { status: 404 });
  return {
    id: loaded.campaign.id,
    title: adminT(principal.locale)('promotions.report.titleFor', { name: loaded.campaign.name }),
    budget: loaded.campaign.budget,
    report: loaded.report,
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function CampaignReportPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { report, id, budget } = loaderData;
  const money = (amount: number | null, currency: string) =>
    amount == null
      ? '—'
      : formatMoney(toDecimalString({ amount, currencyCode: currency }), currency, i18n.language);
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const shop = report.shopCurrency;
  const burnCurrencies = [...new Set(report.burn.map((b) => b.currency))];
  const stat = (label: string, value: string, testId: string) => (
    <Card>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm" tone="subdued">
          {label}
        </Text>
        <Text as="p" variant="headingLg">
          <span data-testid={testId}>{value}</span>
        </Text>
      </BlockStack>
    </Card>
  );
  const csv = (table: string) => (
    <Link url={`/app/promotions/${id}/report.csv?table=${table}`} target="_blank">
      {t('promotions.report.csv')}
    </Link>
  );
  return (
    <Page
      title={loaderData.title}
      backAction={{ content: t('promotions.campaign'), url: `/app/promotions/${id}` }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <InlineGrid columns={{ xs: 1, sm: 2, md: 3 }} gap="300">
              {stat(t('promotions.report.orders'), count(report.total.orders), 'report-orders')}
              {stat(
                t('promotions.report.redemptions'),
                count(report.redemptions.redeemed),
                'report-redemptions',
              )}
              {stat(t('promotions.report.revenue'), money(report.total.revenueShop, shop), 'report-revenue')}
              {stat(
                t('promotions.report.discount'),
                money(report.total.discountShop, shop),
                'report-discount',
              )}
              {stat(t('promotions.report.aov'), money(report.total.aovShop, shop), 'report-aov')}
              {stat(
                t('promotions.report.baselineAov', { count: report.baseline.orders }),
                money(report.baseline.aovShop, shop),
                'report-baseline-aov',
              )}
            </InlineGrid>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('promotions.report.byCurrency')}
                </Text>
                {report.byCurrency.length ? (
                  <CurrencyChart
                    rows={report.byCurrency}
                    shopCurrency={shop}
                    label={{
                      revenue: t('promotions.report.revenueIn', { currency: shop }),
                      discount: t('promotions.report.discountIn', { currency: shop }),
                      aria: t('promotions.report.byCurrencyChart'),
                    }}
                  />
                ) : (
                  <Text as="p" tone="subdued">
                    {t('promotions.report.noOrders')}
                  </Text>
                )}
                <ScrollTable
                  label={t('promotions.report.byCurrency')}
                  numeric={[1, 2, 3, 4]}
                  headings={[
                    t('promotions.report.currency'),
                    t('promotions.report.orders'),
                    t('promotions.report.revenue'),
                    t('promotions.report.discount'),
                    t('promotions.report.discountIn', { currency: shop }),
                  ]}
                  rows={report.byCurrency.map((r) => [
                    r.currency,
                    count(r.orders),
                    money(r.revenue, r.currency),
                    money(r.discount, r.currency),
                    money(r.discountShop, shop),
                  ])}
                />
                {csv('currencies')}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('promotions.report.burn')}
                </Text>
                {burnCurrencies.length ? null : (
                  <Text as="p" tone="subdued">
                    {t('promotions.report.noOrders')}
                  </Text>
                )}
                {burnCurrencies.map((cur) => (
                  <BlockStack key={cur} gap="200">
                    <Text as="h3" variant="headingSm">
                      {cur}
                    </Text>
                    <BurnChart
                      rows={report.burn.filter((b) => b.currency === cur)}
                      budget={budget?.[cur] ?? null}
                      currency={cur}
                      label={{
                        spent: t('promotions.report.spent'),
                        budget: t('promotions.budget'),
                        aria: t('promotions.report.burnChart', { currency: cur }),
                      }}
                    />
                  </BlockStack>
                ))}
                <ScrollTable
                  label={t('promotions.report.burn')}
                  numeric={[2, 3, 4]}
                  headings={[
                    t('promotions.report.day'),
                    t('promotions.report.currency'),
                    t('promotions.report.discount'),
                    t('promotions.report.spent'),
                    t('promotions.report.remaining'),
                  ]}
                  rows={report.burn.map((b) => [
                    b.day,
                    b.currency,
                    money(b.spent, b.currency),
                    money(b.cumulative, b.currency),
                    money(b.remaining, b.currency),
                  ])}
                />
                {csv('burn')}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
