import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, products, translations } from '#app/db/schema/index.ts';

export interface SitemapEntry {
  kind: 'product' | 'collection';
  handle: string;
  /** Localized handles by language, where translated. */
  handles: Map<string, string>;
  updatedAt: Date;
}

/** Visible products and collections with their localized handles, for sitemaps. */
export async function sitemapEntries(db: Db, now = new Date()): Promise<SitemapEntry[]> {
  const [productRows, collectionRows, handleRows] = await Promise.all([
    db.select({ id: products.id, handle: products.handle, updatedAt: products.updatedAt }).from(products)
      .where(and(eq(products.status, 'active'), isNotNull(products.publishedAt), lte(products.publishedAt, now))).orderBy(products.id),
    db.select({ id: collections.id, handle: collections.handle, updatedAt: collections.updatedAt }).from(collections)
      .where(eq(collections.published, true)).orderBy(collections.id),
    db.select({ gid: translations.resourceGid, locale: translations.locale, value: translations.value }).from(translations)
      .where(and(eq(translations.field, 'handle'), sql`(${translations.resourceGid} like 'gid://shopify/Product/%' or ${translations.resourceGid} like 'gid://shopify/Collection/%')`)),
  ]);
  const handles = new Map<string, Map<string, string>>();
  for (const r of handleRows) {
    const m = handles.get(r.gid) ?? new Map<string, string>();
    m.set(r.locale, r.value);
    handles.set(r.gid, m);
  }
  return [
    ...collectionRows.map((c) => ({ kind: 'collection' as const, handle: c.handle, handles: handles.get(`gid://shopify/Collection/${c.id}`) ?? new Map(), updatedAt: c.updatedAt })),
    ...productRows.map((p) => ({ kind: 'product' as const, handle: p.handle, handles: handles.get(`gid://shopify/Product/${p.id}`) ?? new Map(), updatedAt: p.updatedAt })),
  ];
}
