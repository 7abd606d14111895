import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';

/** What return rules and return analytics need of a sold variant: its product, tags, vendor and collections. */
export interface ReturnFacts {
  variantId: number;
  productId: number;
  vendor: string;
  tags: string[];
  /** Handles of every collection holding the product (published or not: rules name them by handle). */
  collections: string[];
}

/** One query, whatever the number of variants. */
export async function returnFacts(db: Db, variantIds: readonly number[]): Promise<Map<number, ReturnFacts>> {
  const out = new Map<number, ReturnFacts>();
  if (variantIds.length === 0) return out;
  const rows = await db
    .select({
      variantId: variants.id,
      productId: products.id,
      vendor: products.vendor,
      tags: products.tags,
      // Aliased: an interpolated column renders unqualified and would bind to the subquery's tables.
      collections: sql<
        string[]
      >`coalesce(array(select c.handle from collection_products cp join collections c on c.id = cp.collection_id where cp.product_id = "products"."id" order by c.handle), '{}')`,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(variants.id, [...new Set(variantIds)]));
  for (const r of rows) out.set(r.variantId, { ...r, tags: r.tags ?? [], collections: r.collections ?? [] });
  return out;
}

/** Every variant of each given variant's product (itself included), by position: what an exchange may swap to. */
export async function siblingVariants(db: Db, variantIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (variantIds.length === 0) return out;
  const rows = await db
    .select({ of: variants.id, productId: variants.productId })
    .from(variants)
    .where(inArray(variants.id, [...new Set(variantIds)]));
  const siblings = await db
    .select({ id: variants.id, productId: variants.productId })
    .from(variants)
    .where(
      inArray(
        variants.productId,
        rows.map((r) => r.productId),
      ),
    )
    .orderBy(variants.productId, variants.position, variants.id);
  for (const r of rows)
    out.set(
      r.of,
      siblings.filter((s) => s.productId === r.productId).map((s) => s.id),
    );
  return out;
}
