import { asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';

/** Variants with their product titles, for admin pickers (first `limit` by product). */
export async function variantChoices(db: Db, limit = 1000) {
  return db
    .select({ id: variants.id, sku: variants.sku, title: variants.title, product: products.title })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(isNotNull(variants.sku))
    .orderBy(asc(products.title), asc(variants.position))
    .limit(limit);
}
