/**
 * Sort options offered on listings, mapped to Storefront API sort keys. Apart from the query
 * parsing (collection-params.ts, which needs zod) because the listing's sort menu renders them in
 * the browser, and zod would be a fifth of the collection page's JavaScript.
 */
export const SORTS = {
  featured: { sortKey: 'COLLECTION_DEFAULT', reverse: false },
  'price-asc': { sortKey: 'PRICE', reverse: false },
  'price-desc': { sortKey: 'PRICE', reverse: true },
  newest: { sortKey: 'CREATED', reverse: true },
  'title-asc': { sortKey: 'TITLE', reverse: false },
} as const;
export type SortValue = keyof typeof SORTS;
