import { and, count, eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collections, products, variants } from '#app/db/schema/index.ts';

/** Real counts for the admin dashboard. */
export async function catalogCounts(db: Db) {
  const [[p], [v], [c]] = await Promise.all([
    db.select({ n: count() }).from(products).where(eq(products.status, 'active')),
    db
      .select({ n: count() })
      .from(variants)
      .innerJoin(products, and(eq(products.id, variants.productId), eq(products.status, 'active'))),
    db.select({ n: count() }).from(collections),
  ]);
  return { products: Number(p?.n ?? 0), variants: Number(v?.n ?? 0), collections: Number(c?.n ?? 0) };
}
