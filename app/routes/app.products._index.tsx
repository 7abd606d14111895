import {
  Badge,
  Card,
  ChoiceList,
  IndexFilters,
  IndexTable,
  Modal,
  Page,
  Text,
  useIndexResourceState,
  useSetIndexFiltersMode,
} from '@shopify/polaris';
import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useFetcher, useNavigate, useSearchParams } from 'react-router';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { adminProductList, setProductStatus } from '#app/modules/catalog/admin-products.server.ts';
import { PRODUCT_STATUSES, type ProductStatus } from '#app/modules/catalog/core/product-status.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { AdminToast } from '#app/components/admin/admin-toast.tsx';
import { useOnChange } from '#app/admin/use-on-change.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.products._index';

export const handle = { area: 'products' satisfies AdminArea };
const PAGE = 50;

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'products');
  const url = new URL(request.url);
  const page = Math.max(0, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '0', 10) || 0));
  const db = getDb();
  const status = url.searchParams
    .getAll('status')
    .filter((s): s is ProductStatus => (PRODUCT_STATUSES as readonly string[]).includes(s));
  const [{ rows, total }, config] = await Promise.all([
    adminProductList(db, {
      query: url.searchParams.get('q') ?? '',
      status,
      limit: PAGE,
      offset: page * PAGE,
    }),
    getMarketConfig(db),
  ]);
  const money = (amount: number) => toDecimalString({ amount, currencyCode: config.shopCurrency });
  return {
    title: adminT(principal.locale)('nav.products'),
    currency: config.shopCurrency,
    total,
    page,
    products: rows.map((r) => ({ ...r, minPrice: money(r.minPrice), maxPrice: money(r.maxPrice) })),
  };
}

const BulkStatus = z.object({
  // One selected product arrives as a single value, several as a list.
  ids: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z.array(z.coerce.number('ids').int('ids').positive('ids')).min(1, 'ids').max(250, 'ids'),
  ),
  status: z.enum(PRODUCT_STATUSES, 'status'),
});

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'products');
  const parsed = parseForm(form, BulkStatus);
  if (!parsed.ok) return invalid('status', parsed.errors);
  const updated = await setProductStatus(getDb(), parsed.value.ids, parsed.value.status);
  return saved('status', { key: 'products.bulkUpdated', values: { count: updated } }, { updated });
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
  const { csrfToken } = useAdmin();
  const bulk = useFetcher<typeof action>();
  const [confirmArchive, setConfirmArchive] = useState(false);
  // A refused change has no field to sit next to: it says so in a toast of its own.
  const [failed, setFailed] = useState(false);
  const { selectedResources, allResourcesSelected, handleSelectionChange, clearSelection } =
    useIndexResourceState(loaderData.products.map((p) => ({ id: String(p.id) })));
  const statusFilter = params.getAll('status');
  const setStatusFilter = (values: string[]) => {
    const next = new URLSearchParams(params);
    next.delete('status');
    next.delete('page');
    for (const v of values) next.append('status', v);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const setStatus = (status: ProductStatus) => {
    const body = new FormData();
    body.set('csrf', csrfToken);
    body.set('status', status);
    for (const id of selectedResources) body.append('ids', id);
    bulk.submit(body, { method: 'post' });
  };
  useOnChange(bulk.state === 'idle' ? bulk.data : undefined, (reply) => {
    if (!reply) return;
    if (reply.ok) clearSelection();
    else setFailed(true);
  });
  return (
    <Page title={t('nav.products')} subtitle={t('products.count', { count: loaderData.total })}>
      {failed ? <AdminToast content={t('products.bulkFailed')} onDismiss={() => setFailed(false)} /> : null}
      <Modal
        open={confirmArchive}
        onClose={() => setConfirmArchive(false)}
        title={t('products.archiveTitle', { count: selectedResources.length })}
        primaryAction={{
          content: t('products.archive'),
          destructive: true,
          onAction: () => {
            setConfirmArchive(false);
            setStatus('archived');
          },
        }}
        secondaryActions={[{ content: t('products.cancel'), onAction: () => setConfirmArchive(false) }]}
      >
        <Modal.Section>
          <Text as="p">{t('products.archiveBody')}</Text>
        </Modal.Section>
      </Modal>
      <Card padding="0">
        <IndexFilters
          queryValue={query}
          queryPlaceholder={t('products.search')}
          onQueryChange={search}
          onQueryClear={() => search('')}
          tabs={[]}
          selected={0}
          filters={[
            {
              key: 'status',
              label: t('products.status'),
              pinned: true,
              filter: (
                <ChoiceList
                  title={t('products.status')}
                  titleHidden
                  allowMultiple
                  selected={statusFilter}
                  onChange={setStatusFilter}
                  choices={PRODUCT_STATUSES.map((s) => ({ label: t(`products.statuses.${s}`), value: s }))}
                />
              ),
            },
          ]}
          appliedFilters={
            statusFilter.length
              ? [
                  {
                    key: 'status',
                    label: statusFilter.map((s) => t(`products.statuses.${s}`)).join(', '),
                    onRemove: () => setStatusFilter([]),
                  },
                ]
              : []
          }
          onClearAll={() => {
            search('');
            setStatusFilter([]);
          }}
          mode={mode}
          setMode={setMode}
          cancelAction={{ onAction: () => search('') }}
          canCreateNewView={false}
        />
        <IndexTable
          resourceName={{
            singular: t('products.resourceName.singular'),
            plural: t('products.resourceName.plural'),
          }}
          itemCount={loaderData.products.length}
          selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length}
          onSelectionChange={handleSelectionChange}
          promotedBulkActions={[
            { content: t('products.setActive'), onAction: () => setStatus('active') },
            { content: t('products.setDraft'), onAction: () => setStatus('draft') },
          ]}
          bulkActions={[{ content: t('products.archive'), onAction: () => setConfirmArchive(true) }]}
          headings={[
            { title: t('products.title') },
            { title: t('products.status') },
            { title: t('products.vendor') },
            { title: t('products.variants') },
            { title: t('products.inventory') },
            { title: t('products.price', { currency: loaderData.currency }) },
          ]}
          pagination={{
            hasPrevious: loaderData.page > 0,
            hasNext,
            onPrevious: () => setParams({ ...Object.fromEntries(params), page: String(loaderData.page - 1) }),
            onNext: () => setParams({ ...Object.fromEntries(params), page: String(loaderData.page + 1) }),
          }}
        >
          {loaderData.products.map((p, i) => (
            <IndexTable.Row
              id={String(p.id)}
              key={p.id}
              position={i}
              selected={selectedResources.includes(String(p.id))}
              onClick={() => navigate(`/app/products/${p.id}`)}
            >
              <IndexTable.Cell>
                <Text as="span" fontWeight="semibold">
                  {p.title}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Badge tone={p.status === 'active' ? 'success' : undefined}>
                  {t(`products.statuses.${p.status}`)}
                </Badge>
              </IndexTable.Cell>
              <IndexTable.Cell>{p.vendor}</IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric>
                  {p.variants}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric tone={p.inventory === 0 ? 'critical' : undefined}>
                  {p.inventory}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric>
                  {p.minPrice === p.maxPrice ? fmt(p.minPrice) : `${fmt(p.minPrice)} – ${fmt(p.maxPrice)}`}
                </Text>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
