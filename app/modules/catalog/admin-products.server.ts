import { and, asc, count, eq, exists, ilike, inArray, max, min, or, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import type { ProductStatus } from './core/product-status.ts';
import { likePattern } from '#app/lib/like-pattern.ts';

/**
 * Products for the admin list: search by title, vendor, type or SKU, filter by status; newest first.
 * Variant counts, stock and price range come from a join, not from raw subqueries: Drizzle renders a
 * column inside `sql` unqualified, so `${products.id}` within `from variants` silently meant the
 * variant's own id (every product showed the first variant's numbers).
 */
export async function adminProductList(
  db: Db,
  options: { query?: string; status?: ProductStatus[]; limit?: number; offset?: number },
) {
  const q = options.query?.trim().slice(0, 200);
  const pattern = q ? likePattern(q) : null;
  const matches = pattern
    ? or(
        ilike(products.title, pattern),
        ilike(products.vendor, pattern),
        ilike(products.productType, pattern),
        exists(
          db
            .select({ one: sql`1` })
            .from(variants)
            .where(and(eq(variants.productId, products.id), ilike(variants.sku, pattern))),
        ),
      )
    : undefined;
  const where = and(matches, options.status?.length ? inArray(products.status, options.status) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: products.id,
        title: products.title,
        handle: products.handle,
        vendor: products.vendor,
        productType: products.productType,
        status: products.status,
        variants: count(variants.id),
        inventory: sql<number>`coalesce(sum(greatest(${variants.inventoryQuantity}, 0)), 0)::int`,
        minPrice: min(variants.priceAmount),
        maxPrice: max(variants.priceAmount),
      })
      .from(products)
      .leftJoin(variants, eq(variants.productId, products.id))
      .where(where)
      .groupBy(products.id)
      .orderBy(sql`${products.publishedAt} desc nulls last`, asc(products.id))
      .limit(Math.min(options.limit ?? 50, 250))
      .offset(Math.max(0, options.offset ?? 0)),
    db.select({ n: count() }).from(products).where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      variants: Number(r.variants),
      inventory: Number(r.inventory),
      minPrice: Number(r.minPrice ?? 0),
      maxPrice: Number(r.maxPrice ?? 0),
    })),
    total: Number(total?.n ?? 0),
  };
}

export async function adminProduct(db: Db, id: number) {
  const [product] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  if (!product) return null;
  const variantRows = await db
    .select()
    .from(variants)
    .where(and(eq(variants.productId, id)))
    .orderBy(asc(variants.position));
  return { product, variants: variantRows };
}

/** Bulk status change from the admin list; activating publishes a product that never was. */
export async function setProductStatus(db: Db, ids: number[], status: ProductStatus): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(products)
    .set({
      status,
      publishedAt: status === 'active' ? sql`coalesce(${products.publishedAt}, now())` : undefined,
    })
    .where(inArray(products.id, ids))
    .returning({ id: products.id });
  emit('catalog-changed', { productIds: rows.map((r) => r.id) });
  return rows.length;
}
