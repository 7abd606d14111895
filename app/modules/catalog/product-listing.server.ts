import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import type { CollectionRule } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { decodeCursor, encodeCursor, type CursorValue } from './core/cursor.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { translationsOf } from '#app/modules/translations/translations.server.ts';
import { parseSearchQuery, type SearchTerm } from './core/search-query.ts';

/** Sort keys across ProductSortKeys, ProductCollectionSortKeys and SearchSortKeys. */
export type ListingSortKey =
  | 'TITLE'
  | 'PRICE'
  | 'CREATED'
  | 'CREATED_AT'
  | 'UPDATED_AT'
  | 'ID'
  | 'VENDOR'
  | 'PRODUCT_TYPE'
  | 'BEST_SELLING'
  | 'MANUAL'
  | 'COLLECTION_DEFAULT'
  | 'RELEVANCE';

/** Product filters already translated to shop-currency bounds and source-language values. */
export interface ListingFilters {
  available?: boolean;
  /** Inclusive bounds on the variant's current presentment price, minor units. */
  price?: { min?: number; max?: number };
  /** Each entry is OR'ed within its option name and AND'ed across names. */
  variantOptions?: { name: string; value: string }[];
  productTypes?: string[];
  vendors?: string[];
  tags?: string[];
}

export interface ListingScope {
  collection?: { id: number; rules: CollectionRule[] | null; disjunctive: boolean };
  query?: string;
  filters?: ListingFilters;
  /** Language for translated titles in search and sorting. */
  language: string;
  /**
   * Current presentment prices in the destination country (filters, sorting, facets): a relation
   * (variant_id, price) from the pricing module, which owns them (currentPriceRelation).
   */
  prices: SQL;
  now?: Date;
}

export interface ListingPage {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  sortKey: ListingSortKey;
  reverse?: boolean;
}

export interface ListingResult {
  items: { id: number; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

type SortType = 'text' | 'int';

function sortExpression(
  key: ListingSortKey,
  scope: ListingScope,
  terms: SearchTerm[],
): { expr: SQL; type: SortType } {
  switch (key) {
    case 'TITLE':
      return { expr: sql`lower(coalesce(tt.value, p.title))`, type: 'text' };
    case 'PRICE':
      return {
        expr: sql`coalesce((select min(vp.price) from variants v join ${scope.prices} vp on vp.variant_id = v.id where v.product_id = p.id), 0)::bigint`,
        type: 'int',
      };
    case 'CREATED':
    case 'CREATED_AT':
      return { expr: sql`(extract(epoch from p.published_at) * 1000)::bigint`, type: 'int' };
    case 'UPDATED_AT':
      return { expr: sql`(extract(epoch from p.updated_at) * 1000)::bigint`, type: 'int' };
    case 'VENDOR':
      return { expr: sql`lower(p.vendor)`, type: 'text' };
    case 'PRODUCT_TYPE':
      return { expr: sql`lower(p.product_type)`, type: 'text' };
    case 'RELEVANCE': {
      const text = terms.filter((t) => t.kind === 'text' && !t.negate).map((t) => t.value);
      if (text.length > 0) {
        // Lower is better: title matches rank before other matches.
        const hits = text.map(
          (t) => sql`(case when coalesce(tt.value, p.title) ilike ${likePattern(t)} then 0 else 1 end)`,
        );
        return { expr: sql`(${sql.join(hits, sql` + `)})::bigint`, type: 'int' };
      }
      return defaultSort(scope);
    }
    case 'MANUAL':
    case 'COLLECTION_DEFAULT':
    case 'BEST_SELLING':
    case 'ID':
      // Until orders exist, best-selling follows the merchandised order.
      return key === 'ID' ? { expr: sql`p.id::bigint`, type: 'int' } : defaultSort(scope);
  }
}

function defaultSort(scope: ListingScope): { expr: SQL; type: SortType } {
  if (scope.collection && !scope.collection.rules) return { expr: sql`cp.position::bigint`, type: 'int' };
  return { expr: sql`(-(extract(epoch from p.published_at) * 1000))::bigint`, type: 'int' };
}

function ruleCondition(rule: CollectionRule): SQL {
  switch (rule.column) {
    case 'tag':
      return sql`${rule.condition} = any(p.tags)`;
    case 'type':
      return sql`p.product_type = ${rule.condition}`;
    case 'vendor':
      return sql`p.vendor = ${rule.condition}`;
  }
}

const availableVariant = sql`exists (select 1 from variants v where v.product_id = p.id and (v.inventory_quantity > 0 or v.inventory_policy = 'continue'))`;

function termCondition(term: SearchTerm): SQL {
  const pattern = likePattern(term.value);
  let cond: SQL;
  if (term.kind === 'text') {
    cond = sql`(coalesce(tt.value, '') ilike ${pattern} or p.title ilike ${pattern} or p.vendor ilike ${pattern}
      or p.product_type ilike ${pattern}
      or exists (select 1 from unnest(p.tags) t where t ilike ${pattern})
      or exists (select 1 from variants v where v.product_id = p.id and v.sku ilike ${pattern}))`;
  } else {
    switch (term.field) {
      case 'title':
        cond = sql`(coalesce(tt.value, p.title) ilike ${pattern} or p.title ilike ${pattern})`;
        break;
      case 'tag':
        cond = sql`exists (select 1 from unnest(p.tags) t where lower(t) = lower(${term.value}))`;
        break;
      case 'tag_not':
        cond = sql`not exists (select 1 from unnest(p.tags) t where lower(t) = lower(${term.value}))`;
        break;
      case 'product_type':
        cond = sql`lower(p.product_type) = lower(${term.value})`;
        break;
      case 'vendor':
        cond = sql`lower(p.vendor) = lower(${term.value})`;
        break;
      case 'sku':
        cond = sql`exists (select 1 from variants v where v.product_id = p.id and v.sku ilike ${pattern})`;
        break;
      case 'available_for_sale':
        cond = term.value.toLowerCase() === 'false' ? sql`not ${availableVariant}` : availableVariant;
        break;
    }
  }
  return term.negate ? sql`not ${cond}` : cond;
}

function filterConditions(scope: ListingScope): SQL[] {
  const { filters, language } = scope;
  if (!filters) return [];
  const out: SQL[] = [];
  if (filters.available !== undefined)
    out.push(filters.available ? availableVariant : sql`not ${availableVariant}`);
  if (filters.price && (filters.price.min !== undefined || filters.price.max !== undefined)) {
    const min = filters.price.min ?? 0;
    const max = filters.price.max ?? 2147483647;
    out.push(
      sql`exists (select 1 from variants v join ${scope.prices} vp on vp.variant_id = v.id where v.product_id = p.id and vp.price between ${min} and ${max})`,
    );
  }
  const byName = new Map<string, string[]>();
  for (const o of filters.variantOptions ?? [])
    byName.set(o.name.toLowerCase(), [...(byName.get(o.name.toLowerCase()) ?? []), o.value.toLowerCase()]);
  for (const [name, values] of byName) {
    // Names and values match the source text or the translation in the request language.
    out.push(sql`exists (
      select 1 from product_options o
      join product_option_values ov on ov.option_id = o.id
      join variant_option_values vov on vov.option_value_id = ov.id
      left join ${translationsOf('name', language)} ton on ton.resource_gid = 'gid://shopify/ProductOption/' || o.id
      left join ${translationsOf('name', language)} tov on tov.resource_gid = 'gid://shopify/ProductOptionValue/' || ov.id
      where o.product_id = p.id
        and (lower(o.name) = ${name} or lower(ton.value) = ${name})
        and (lower(ov.name) in (${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )}) or lower(tov.value) in (${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )})))`);
  }
  if (filters.productTypes?.length)
    out.push(
      sql`p.product_type in (${sql.join(
        filters.productTypes.map((v) => sql`${v}`),
        sql`, `,
      )})`,
    );
  if (filters.vendors?.length)
    out.push(
      sql`p.vendor in (${sql.join(
        filters.vendors.map((v) => sql`${v}`),
        sql`, `,
      )})`,
    );
  for (const tag of filters.tags ?? []) out.push(sql`${tag} = any(p.tags)`);
  return out;
}

/**
 * FROM/WHERE shared by listings and facets. Searching and sorting by translated titles
 * joins the translations module's relation in the same statement: one indexed query instead
 * of a round trip per page.
 */
function candidateSource(scope: ListingScope, terms: SearchTerm[], withFilters: boolean): SQL {
  const now = scope.now ?? new Date();
  const where: SQL[] = [
    sql`p.status = 'active'`,
    sql`p.published_at is not null`,
    sql`p.published_at <= ${now.toISOString()}::timestamptz`,
  ];
  let join = sql``;
  const c = scope.collection;
  if (c && !c.rules)
    join = sql`join collection_products cp on cp.product_id = p.id and cp.collection_id = ${c.id}`;
  if (c?.rules) {
    const conds = c.rules.map(ruleCondition);
    if (conds.length === 0) where.push(sql`false`);
    else where.push(sql`(${sql.join(conds, c.disjunctive ? sql` or ` : sql` and `)})`);
  }
  for (const term of terms) where.push(termCondition(term));
  if (withFilters) where.push(...filterConditions(scope));
  return sql`from products p ${join}
    left join ${translationsOf('title', scope.language)} tt on tt.resource_gid = 'gid://shopify/Product/' || p.id
    where ${sql.join(where, sql` and `)}`;
}

export const MAX_PAGE_SIZE = 250;

export async function listProducts(db: Db, scope: ListingScope, page: ListingPage): Promise<ListingResult> {
  const terms = scope.query ? parseSearchQuery(scope.query) : [];
  const { expr, type } = sortExpression(page.sortKey, scope, terms);
  const backward = page.last != null && page.first == null;
  const limit = Math.min(backward ? page.last! : (page.first ?? 0), MAX_PAGE_SIZE);
  const cursorText = backward ? page.before : page.after;
  const cursor: CursorValue | null = cursorText
    ? decodeCursor(cursorText, page.sortKey, type === 'int' ? 'int' : 'text')
    : null;
  // Walking backward over a reversed list is walking forward over the plain one.
  const descending = Boolean(page.reverse) !== backward;
  const dir = descending ? sql`desc` : sql`asc`;
  const cast = type === 'int' ? sql`bigint` : sql`text`;
  const cursorCond = cursor
    ? sql`where (sv, id) ${descending ? sql`<` : sql`>`} (${cursor.v}::${cast}, ${cursor.id}::int)`
    : sql``;
  const rows = await queryRows<{ id: number; sv: string | number | null }>(
    db,
    sql`
    with candidates as (select p.id as id, ${expr} as sv ${candidateSource(scope, terms, true)})
    select id, sv from candidates ${cursorCond}
    order by sv ${dir}, id ${dir}
    limit ${limit + 1}`,
  );
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  const items = pageRows.map((r) => ({
    id: Number(r.id),
    cursor: encodeCursor({
      k: page.sortKey,
      v: type === 'int' ? Number(r.sv) : (r.sv as string | null),
      id: Number(r.id),
    }),
  }));
  return {
    items,
    hasNextPage: backward ? Boolean(page.before) : more,
    hasPreviousPage: backward ? more : Boolean(page.after),
  };
}

export interface Facets {
  /** Source names; optionId/valueId pick one resource whose translation labels the facet. */
  options: { name: string; optionId: number; values: { value: string; valueId: number; count: number }[] }[];
  available: { inStock: number; outOfStock: number };
  /** Highest current presentment price in the scope, minor units. */
  maxPrice: number;
}

/** Counts for the filter UI over the scope without its filters applied. */
export async function listingFacets(db: Db, scope: ListingScope): Promise<Facets> {
  const terms = scope.query ? parseSearchQuery(scope.query) : [];
  const source = candidateSource(scope, terms, false);
  const [optionRows, stockRows] = await Promise.all([
    queryRows<{
      name: string;
      value: string;
      count: number;
      opos: number;
      vpos: number;
      option_id: number;
      value_id: number;
    }>(
      db,
      sql`
      with candidates as (select p.id as id ${source})
      select o.name as name, ov.name as value, count(distinct c.id)::int as count,
        min(o.position)::int as opos, min(ov.position)::int as vpos,
        min(o.id)::int as option_id, min(ov.id)::int as value_id
      from candidates c
      join product_options o on o.product_id = c.id
      join product_option_values ov on ov.option_id = o.id
      where exists (select 1 from variant_option_values vov where vov.option_value_id = ov.id)
      group by o.name, ov.name
      order by opos, o.name, vpos`,
    ),
    queryRows<{ available: boolean; count: number; max_price: number | null }>(
      db,
      sql`
      with candidates as (select p.id as id ${source})
      select exists (select 1 from variants v where v.product_id = c.id and (v.inventory_quantity > 0 or v.inventory_policy = 'continue')) as available,
        count(*)::int as count,
        max((select max(vp.price) from variants v join ${scope.prices} vp on vp.variant_id = v.id where v.product_id = c.id))::int as max_price
      from candidates c group by 1`,
    ),
  ]);
  const options = new Map<string, Facets['options'][number]>();
  for (const r of optionRows) {
    const entry = options.get(r.name) ?? { name: r.name, optionId: Number(r.option_id), values: [] };
    entry.values.push({ value: r.value, valueId: Number(r.value_id), count: Number(r.count) });
    options.set(r.name, entry);
  }
  const stock = { inStock: 0, outOfStock: 0 };
  let maxPrice = 0;
  for (const r of stockRows) {
    if (r.available) stock.inStock = Number(r.count);
    else stock.outOfStock = Number(r.count);
    maxPrice = Math.max(maxPrice, Number(r.max_price ?? 0));
  }
  return { options: [...options.values()], available: stock, maxPrice };
}

export async function countProducts(db: Db, scope: ListingScope): Promise<number> {
  const terms = scope.query ? parseSearchQuery(scope.query) : [];
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n ${candidateSource(scope, terms, true)}`,
  );
  return Number(rows[0]?.n ?? 0);
}
