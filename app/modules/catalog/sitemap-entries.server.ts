import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, products } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { handleTranslations } from '#app/modules/translations/translations.server.ts';

export interface SitemapEntry {
  kind: 'product' | 'collection';
  handle: string;
  /** Localized handles by language, where translated. */
  handles: Map<string, string>;
  updatedAt: Date;
}

/** Visible products and collections with their localized handles, for sitemaps. */
export async function sitemapEntries(db: Db, now = new Date()): Promise<SitemapEntry[]> {
  const [productRows, collectionRows, productHandles, collectionHandles] = await Promise.all([
    db.select({ id: products.id, handle: products.handle, updatedAt: products.updatedAt }).from(products)
      .where(and(eq(products.status, 'active'), isNotNull(products.publishedAt), lte(products.publishedAt, now))).orderBy(products.id),
    db.select({ id: collections.id, handle: collections.handle, updatedAt: collections.updatedAt }).from(collections)
      .where(eq(collections.published, true)).orderBy(collections.id),
    handleTranslations(db, 'gid://shopify/Product/'),
    handleTranslations(db, 'gid://shopify/Collection/'),
  ]);
  return [
    ...collectionRows.map((c) => ({ kind: 'collection' as const, handle: c.handle, handles: collectionHandles.get(toGid('Collection', c.id)) ?? new Map(), updatedAt: c.updatedAt })),
    ...productRows.map((p) => ({ kind: 'product' as const, handle: p.handle, handles: productHandles.get(toGid('Product', p.id)) ?? new Map(), updatedAt: p.updatedAt })),
  ];
}
