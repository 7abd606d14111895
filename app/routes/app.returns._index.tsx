import { Card, IndexFilters, IndexTable, Page, Text } from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import { useListFilters } from '#app/components/admin/list-filters.tsx';
import { useNavigate } from 'react-router';
import { ReturnStatusBadge } from '#app/components/admin/return-status-badge.tsx';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { formatDate, formatMoney } from '#app/lib/format.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { adminReasonLabels } from '#app/admin/reason-labels.server.ts';
import { loadReasonTree } from '#app/modules/returns/reasons.server.ts';
import { RETURN_STATUSES, type ReturnStatus } from '#app/modules/returns/core/statuses.ts';
import { listReturns } from '#app/modules/returns/return-queue.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.returns._index';

export const handle = { area: 'returns' satisfies AdminArea };
const PAGE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const url = new URL(request.url);
  const p = (k: string) => url.searchParams.get(k) ?? '';
  const db = getDb();
  const page = Math.min(1000, Math.max(0, Number.parseInt(p('page'), 10) || 0));
  const status = (RETURN_STATUSES as readonly string[]).includes(p('status'))
    ? (p('status') as ReturnStatus)
    : undefined;
  const tree = await loadReasonTree(db);
  const labels = adminReasonLabels(tree, principal.locale);
  const reason = tree.some((r) => r.code === p('reason')) ? p('reason') : undefined;
  const [{ rows, total }, config] = await Promise.all([
    listReturns(
      db,
      {
        status,
        reason,
        marketId: Number(p('market')) || undefined,
        from: DATE.test(p('from')) ? new Date(`${p('from')}T00:00:00Z`) : undefined,
        to: DATE.test(p('to')) ? new Date(`${p('to')}T23:59:59.999Z`) : undefined,
        query: p('q').slice(0, 100),
      },
      PAGE,
      page * PAGE,
    ),
    getMarketConfig(db),
  ]);
  return {
    title: adminT(principal.locale)('nav.returns'),
    total,
    page,
    markets: config.markets.map((m) => ({ label: m.name, value: String(m.id) })),
    reasons: tree.map((r) => ({ label: labels[r.code]!, value: r.code })),
    returns: rows.map((r) => ({
      id: r.id,
      rma: r.rma,
      status: r.status,
      units: r.units,
      reasons: r.reasons.map((x) => labels[x] ?? x),
      createdAt: r.createdAt.toISOString(),
      market: config.markets.find((m) => m.id === r.marketId)?.name ?? '',
      amount: {
        amount: toDecimalString({
          amount: r.status === 'refunded' ? r.refunded : r.estimate.total,
          currencyCode: r.currency,
        }),
        currency: r.currency,
      },
    })),
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Returns({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const filters = useListFilters(t('returns.search'));
  const statusChoices = RETURN_STATUSES.map((s) => ({ label: t(`returns.status.${s}`), value: s }));
  const reasonChoices = loaderData.reasons;
  return (
    <Page
      title={t('nav.returns')}
      subtitle={t('returns.count', { count: loaderData.total })}
      secondaryActions={[
        { content: t('returns.analytics.open'), url: '/app/returns/analytics' },
        { content: t('returns.credit.title'), url: '/app/returns/credit' },
        { content: t('returns.reasonTree.title'), url: '/app/returns/reasons' },
        { content: t('returns.settings.title'), url: '/app/returns/settings' },
      ]}
    >
      <Card padding="0">
        <IndexFilters
          {...filters.search}
          filters={[
            filters.choice('status', t('returns.statusLabel'), statusChoices),
            filters.choice('market', t('orders.market'), loaderData.markets),
            filters.choice('reason', t('returns.reason'), reasonChoices),
            filters.dateRange(),
          ]}
          appliedFilters={filters.applied([
            ['status', statusChoices],
            ['market', loaderData.markets],
            ['reason', reasonChoices],
          ])}
        />
        <IndexTable
          resourceName={{
            singular: t('returns.resourceName.singular'),
            plural: t('returns.resourceName.plural'),
          }}
          itemCount={loaderData.returns.length}
          selectable={false}
          headings={[
            { title: t('returns.rma') },
            { title: t('orders.date') },
            { title: t('orders.market') },
            { title: t('returns.units') },
            { title: t('returns.reason') },
            { title: t('returns.amount') },
            { title: t('returns.statusLabel') },
          ]}
          pagination={filters.pagination(loaderData.page, PAGE, loaderData.total)}
        >
          {loaderData.returns.map((r, i) => (
            <IndexTable.Row
              id={String(r.id)}
              key={r.id}
              position={i}
              onClick={() => navigate(`/app/returns/${r.id}`)}
            >
              <IndexTable.Cell>
                <Text as="span" fontWeight="semibold">
                  {r.rma}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>{formatDate(r.createdAt, i18n.language, 'dateTime')}</IndexTable.Cell>
              <IndexTable.Cell>{r.market}</IndexTable.Cell>
              <IndexTable.Cell>{r.units}</IndexTable.Cell>
              <IndexTable.Cell>{r.reasons.join(', ')}</IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric>
                  {formatMoney(r.amount.amount, r.amount.currency, i18n.language)}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <ReturnStatusBadge status={r.status} />
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
