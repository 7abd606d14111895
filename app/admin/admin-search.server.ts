import type { Db } from '#app/db/client.server.ts';
import { adminProductList } from '#app/modules/catalog/admin-products.server.ts';
import { listOrders } from '#app/modules/orders/orders.server.ts';
import { pageIds, pageSeoSources } from '#app/modules/pages/pages.server.ts';
import type { StaffRole } from '#app/modules/staff/core/role-names.ts';
import { canAccess, type AdminArea } from '#app/modules/staff/core/roles.ts';

export type SearchKind = 'product' | 'order' | 'page';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  detail: string;
  url: string;
}

/** Each kind of result opens an admin page of an area; a role sees only the kinds it may open. */
export const SEARCH_KIND_AREA: Record<SearchKind, AdminArea> = {
  product: 'products',
  order: 'orders',
  page: 'seo',
};

export function searchKindsFor(role: StaffRole): SearchKind[] {
  return (Object.keys(SEARCH_KIND_AREA) as SearchKind[]).filter((k) => canAccess(role, SEARCH_KIND_AREA[k]));
}

const PER_KIND = 5;

/** The admin top bar's search: a few products, orders and pages for a query, each through its own module. */
export async function adminSearch(
  db: Db,
  role: StaffRole,
  rawQuery: string,
): Promise<{ query: string; kinds: SearchKind[]; hits: SearchHit[] }> {
  const query = rawQuery.trim().slice(0, 100);
  const kinds = searchKindsFor(role);
  if (!query) return { query, kinds, hits: [] };
  const [productHits, orderHits, pageHits] = await Promise.all([
    kinds.includes('product') ? searchProducts(db, query) : [],
    kinds.includes('order') ? searchOrders(db, query) : [],
    kinds.includes('page') ? searchPages(db, query) : [],
  ]);
  return { query, kinds, hits: [...productHits, ...orderHits, ...pageHits] };
}

async function searchProducts(db: Db, query: string): Promise<SearchHit[]> {
  const { rows } = await adminProductList(db, { query, limit: PER_KIND });
  return rows.map((p) => ({
    kind: 'product',
    id: p.id,
    title: p.title,
    detail: p.vendor ?? '',
    url: `/app/products/${p.id}`,
  }));
}

async function searchOrders(db: Db, query: string): Promise<SearchHit[]> {
  const { rows } = await listOrders(db, { query }, PER_KIND);
  return rows.map((o) => ({
    kind: 'order',
    id: o.id,
    title: `#${o.number}`,
    detail: o.email,
    url: `/app/orders/${o.id}`,
  }));
}

/** Content pages are few: they are matched by title or handle here. */
async function searchPages(db: Db, query: string): Promise<SearchHit[]> {
  const q = query.toLocaleLowerCase();
  const pages = [...(await pageSeoSources(db, await pageIds(db))).values()];
  return pages
    .filter((p) => p.title.toLocaleLowerCase().includes(q) || p.handle.includes(q))
    .slice(0, PER_KIND)
    .map((p) => ({
      kind: 'page',
      id: p.id,
      title: p.title,
      detail: `/pages/${p.handle}`,
      url: `/app/seo/page/${p.id}`,
    }));
}
