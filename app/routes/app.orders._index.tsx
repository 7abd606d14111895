import { Badge, Card, IndexFilters, IndexTable, Page, Text } from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import { useListFilters } from '#app/components/admin/list-filters.tsx';
import { useNavigate } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { listOrders } from '#app/modules/orders/orders.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.orders._index';

export const handle = { area: 'orders' satisfies AdminArea };
const PAGE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'orders');
  const url = new URL(request.url);
  const db = getDb();
  const p = (k: string) => url.searchParams.get(k) ?? '';
  const page = Math.min(1000, Math.max(0, Number.parseInt(p('page'), 10) || 0));
  const market = Number(p('market')) || undefined;
  const status =
    p('status') === 'fulfilled' || p('status') === 'unfulfilled'
      ? (p('status') as 'fulfilled' | 'unfulfilled')
      : undefined;
  const from = DATE.test(p('from')) ? new Date(`${p('from')}T00:00:00Z`) : undefined;
  const to = DATE.test(p('to')) ? new Date(`${p('to')}T23:59:59.999Z`) : undefined;
  const [{ rows, total }, config] = await Promise.all([
    listOrders(db, { marketId: market, status, from, to, query: p('q').slice(0, 200) }, PAGE, page * PAGE),
    getMarketConfig(db),
  ]);
  return {
    title: adminT(principal.locale)('nav.orders'),
    total,
    page,
    markets: config.markets.map((m) => ({ label: m.name, value: String(m.id) })),
    orders: rows.map((o) => ({
      id: o.id,
      number: o.number,
      email: o.email,
      createdAt: o.createdAt.toISOString(),
      country: o.countryCode,
      total: { amount: toDecimalString({ amount: o.total, currencyCode: o.currency }), currency: o.currency },
      financial: o.financialStatus,
      fulfillment: o.fulfillmentStatus,
      market: config.markets.find((m) => m.id === o.marketId)?.name ?? '',
    })),
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const filters = useListFilters(t('orders.search'));
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  const statusChoices = [
    { label: t('orders.fulfillment.unfulfilled'), value: 'unfulfilled' },
    { label: t('orders.fulfillment.fulfilled'), value: 'fulfilled' },
  ];
  return (
    <Page
      title={t('nav.orders')}
      subtitle={t('orders.count', { count: loaderData.total })}
      secondaryActions={[{ content: t('nav.mailbox'), url: '/app/mailbox' }]}
    >
      <Card padding="0">
        <IndexFilters
          {...filters.search}
          filters={[
            filters.choice('market', t('orders.market'), loaderData.markets),
            filters.choice('status', t('orders.status'), statusChoices),
            filters.dateRange(),
          ]}
          appliedFilters={filters.applied([
            ['market', loaderData.markets],
            ['status', statusChoices],
          ])}
        />
        <IndexTable
          resourceName={{
            singular: t('orders.resourceName.singular'),
            plural: t('orders.resourceName.plural'),
          }}
          itemCount={loaderData.orders.length}
          selectable={false}
          headings={[
            { title: t('orders.number') },
            { title: t('orders.date') },
            { title: t('orders.customer') },
            { title: t('orders.market') },
            { title: t('orders.total') },
            { title: t('orders.payment') },
            { title: t('orders.status') },
          ]}
          pagination={filters.pagination(loaderData.page, PAGE, loaderData.total)}
        >
          {loaderData.orders.map((o, i) => (
            <IndexTable.Row
              id={String(o.id)}
              key={o.id}
              position={i}
              onClick={() => navigate(`/app/orders/${o.id}`)}
            >
              <IndexTable.Cell>
                <Text as="span" fontWeight="semibold">
                  #{o.number}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>{when(o.createdAt)}</IndexTable.Cell>
              <IndexTable.Cell>{o.email}</IndexTable.Cell>
              <IndexTable.Cell>
                {o.market} · {o.country}
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric>
                  {formatMoney(o.total.amount, o.total.currency, i18n.language)}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Badge tone={o.financial === 'paid' ? 'success' : 'attention'}>
                  {t(`orders.financial.${o.financial}`)}
                </Badge>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Badge tone={o.fulfillment === 'fulfilled' ? 'success' : 'attention'}>
                  {t(`orders.fulfillment.${o.fulfillment}`)}
                </Badge>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
