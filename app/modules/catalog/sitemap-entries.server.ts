import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, products } from '#app/db/schema/index.ts';
import { visibleProduct } from './products.server.ts';

/** Visible catalog rows for sitemaps, read in id-ordered batches so a sitemap streams in constant memory. */
export interface SitemapRow {
  id: number;
  handle: string;
  updatedAt: Date;
}

export async function countSitemapProducts(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(products)
    .where(visibleProduct(now));
  return row?.n ?? 0;
}

/** The id before the visible product at `offset` (0 for the start): where a sitemap file begins. */
export async function sitemapProductStart(db: Db, offset: number, now = new Date()): Promise<number | null> {
  if (offset === 0) return 0;
  const [row] = await db
    .select({ id: products.id })
    .from(products)
    .where(visibleProduct(now))
    .orderBy(asc(products.id))
    .offset(offset - 1)
    .limit(1);
  return row?.id ?? null;
}

export async function sitemapProductBatch(
  db: Db,
  afterId: number,
  limit: number,
  now = new Date(),
): Promise<SitemapRow[]> {
  return db
    .select({ id: products.id, handle: products.handle, updatedAt: products.updatedAt })
    .from(products)
    .where(and(visibleProduct(now), gt(products.id, afterId)))
    .orderBy(asc(products.id))
    .limit(limit);
}

export async function sitemapCollections(db: Db): Promise<SitemapRow[]> {
  return db
    .select({ id: collections.id, handle: collections.handle, updatedAt: collections.updatedAt })
    .from(collections)
    .where(eq(collections.published, true))
    .orderBy(asc(collections.id));
}
