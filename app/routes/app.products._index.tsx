import { Badge, Card, IndexFilters, IndexTable, Page, Text, useSetIndexFiltersMode } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/lib/admin.server.ts';
import { adminT } from '#app/lib/admin-data.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { adminProductList } from '#app/modules/catalog/admin-products.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.products._index';

export const handle = { area: 'products' satisfies AdminArea };
const PAGE = 50;

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'products');
  const url = new URL(request.url);
  const page = Math.max(0, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '0', 10) || 0));
  const db = getDb();
  const [{ rows, total }, config] = await Promise.all([adminProductList(db, { query: url.searchParams.get('q') ?? '', limit: PAGE, offset: page * PAGE }), getMarketConfig(db)]);
  const money = (amount: number) => toDecimalString({ amount, currencyCode: config.shopCurrency });
  return {
    title: adminT(principal.locale)('nav.products'),
    currency: config.shopCurrency,
    total,
    page,
    products: rows.map((r) => ({ ...r, minPrice: money(r.minPrice), maxPrice: money(r.maxPrice) })),
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const { mode, setMode } = useSetIndexFiltersMode();
  const fmt = (amount: string) => formatMoney(amount, loaderData.currency, i18n.language);
  const search = (value: string) => {
    setQuery(value);
    setParams(value ? { q: value } : {}, { replace: true, preventScrollReset: true });
  };
  const hasNext = (loaderData.page + 1) * PAGE < loaderData.total;
  return (
    <Page title={t('nav.products')} subtitle={t('products.count', { count: loaderData.total })}>
      <Card padding="0">
        <IndexFilters
          queryValue={query}
          queryPlaceholder={t('products.search')}
          onQueryChange={search}
          onQueryClear={() => search('')}
          tabs={[]}
          selected={0}
          filters={[]}
          onClearAll={() => search('')}
          mode={mode}
          setMode={setMode}
          cancelAction={{ onAction: () => search('') }}
          canCreateNewView={false}
        />
        <IndexTable
          resourceName={{ singular: t('products.resourceName.singular'), plural: t('products.resourceName.plural') }}
          itemCount={loaderData.products.length}
          selectable={false}
          headings={[{ title: t('products.title') }, { title: t('products.status') }, { title: t('products.vendor') }, { title: t('products.variants') }, { title: t('products.inventory') }, { title: t('products.price', { currency: loaderData.currency }) }]}
          pagination={{
            hasPrevious: loaderData.page > 0,
            hasNext,
            onPrevious: () => setParams({ ...Object.fromEntries(params), page: String(loaderData.page - 1) }),
            onNext: () => setParams({ ...Object.fromEntries(params), page: String(loaderData.page + 1) }),
          }}
        >
          {loaderData.products.map((p, i) => (
            <IndexTable.Row id={String(p.id)} key={p.id} position={i} onClick={() => navigate(`/app/products/${p.id}`)}>
              <IndexTable.Cell><Text as="span" fontWeight="semibold">{p.title}</Text></IndexTable.Cell>
              <IndexTable.Cell><Badge tone={p.status === 'active' ? 'success' : undefined}>{t(`products.statuses.${p.status}`)}</Badge></IndexTable.Cell>
              <IndexTable.Cell>{p.vendor}</IndexTable.Cell>
              <IndexTable.Cell><Text as="span" numeric>{p.variants}</Text></IndexTable.Cell>
              <IndexTable.Cell><Text as="span" numeric tone={p.inventory === 0 ? 'critical' : undefined}>{p.inventory}</Text></IndexTable.Cell>
              <IndexTable.Cell><Text as="span" numeric>{p.minPrice === p.maxPrice ? fmt(p.minPrice) : `${fmt(p.minPrice)} – ${fmt(p.maxPrice)}`}</Text></IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
