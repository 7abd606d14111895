import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collectionProducts, collections, variants } from '#app/db/schema/index.ts';
import { on } from '#app/lib/events.server.ts';

/**
 * Two facts every cart evaluation with a live promotion asks for, kept in memory so adding to
 * a cart does not pay two queries for them: which product a variant belongs to (it never
 * changes) and which published collections a product is in (changes with the catalog, so kept
 * TTL_MS and dropped whenever this process changes the catalog).
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 200_000;

interface Caches {
  db: Db;
  productOfVariant: Map<number, number>;
  collectionsOfProduct: Map<number, { ids: number[]; at: number }>;
}
let caches: Caches | null = null;
let listening = false;

function cachesFor(db: Db): Caches {
  if (!listening) {
    listening = true;
    on('catalog-changed', () => caches?.collectionsOfProduct.clear());
  }
  if (caches?.db !== db) caches = { db, productOfVariant: new Map(), collectionsOfProduct: new Map() };
  for (const map of [caches.productOfVariant, caches.collectionsOfProduct])
    if (map.size > MAX_ENTRIES) map.clear();
  return caches;
}

/** Each variant's product id (variants that do not exist are left out). */
export async function productIdsOfVariants(
  db: Db,
  variantIds: readonly number[],
): Promise<Map<number, number>> {
  const c = cachesFor(db);
  const missing = [...new Set(variantIds)].filter((id) => !c.productOfVariant.has(id));
  if (missing.length) {
    const rows = await db
      .select({ id: variants.id, productId: variants.productId })
      .from(variants)
      .where(inArray(variants.id, missing));
    for (const r of rows) c.productOfVariant.set(r.id, r.productId);
  }
  const out = new Map<number, number>();
  for (const id of variantIds) {
    const productId = c.productOfVariant.get(id);
    if (productId != null) out.set(id, productId);
  }
  return out;
}

/** Each product's published collection ids, in id order. */
export async function cachedCollectionIds(
  db: Db,
  productIds: readonly number[],
  now = Date.now(),
): Promise<Map<number, number[]>> {
  const c = cachesFor(db);
  const stale = [...new Set(productIds)].filter((id) => {
    const hit = c.collectionsOfProduct.get(id);
    return !hit || now - hit.at >= TTL_MS;
  });
  if (stale.length) {
    const rows = await db
      .select({ productId: collectionProducts.productId, collectionId: collectionProducts.collectionId })
      .from(collectionProducts)
      .innerJoin(collections, eq(collections.id, collectionProducts.collectionId))
      .where(and(inArray(collectionProducts.productId, stale), eq(collections.published, true)))
      .orderBy(collectionProducts.collectionId);
    const fresh = new Map<number, number[]>(stale.map((id) => [id, []]));
    for (const r of rows) fresh.get(r.productId)!.push(r.collectionId);
    for (const [id, ids] of fresh) c.collectionsOfProduct.set(id, { ids, at: now });
  }
  return new Map(productIds.map((id) => [id, c.collectionsOfProduct.get(id)?.ids ?? []]));
}
