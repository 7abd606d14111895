import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { collectionProducts, collections, products, variants } from '#app/db/schema/index.ts';

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
      collections: sql<
        string[]
      >`coalesce(array(select ${collections.handle} from ${collectionProducts} join ${collections} on ${collections.id} = ${collectionProducts.collectionId} where ${collectionProducts.productId} = ${products.id} order by ${collections.handle}), '{}')`,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(variants.id, [...new Set(variantIds)]));
  for (const r of rows) out.set(r.variantId, { ...r, tags: r.tags ?? [], collections: r.collections ?? [] });
  return out;
}
