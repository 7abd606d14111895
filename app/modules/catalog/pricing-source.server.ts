import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { variants } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';

/**
 * What the pricing module reads of the catalog (base prices, costs, SKUs, labels), which owns
 * no catalog table (DESIGN.md). Every function takes a Db, so a caller's transaction works too.
 */

/** A variant's shop-currency inputs to the pricing engine. */
export interface VariantPriceInput {
  id: number;
  priceAmount: number;
  compareAtAmount: number | null;
  unitCostAmount: number | null;
}

const priceInputColumns = {
  id: variants.id,
  priceAmount: variants.priceAmount,
  compareAtAmount: variants.compareAtAmount,
  unitCostAmount: variants.unitCostAmount,
};

/** Number of variants (all, or those among ids that exist). */
export async function countVariants(db: Db, ids?: number[]): Promise<number> {
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from variants
    ${ids ? sql`where id = any(${`{${ids.join(',')}}`}::int[])` : sql``}`,
  );
  return Number(n);
}

/** The next batch of price inputs after a variant id, in id order (keyset pagination), optionally among ids. */
export function variantPriceInputs(
  db: Db,
  after: number,
  limit: number,
  ids?: number[],
): Promise<VariantPriceInput[]> {
  return db
    .select(priceInputColumns)
    .from(variants)
    .where(and(gt(variants.id, after), ids ? inArray(variants.id, ids) : undefined))
    .orderBy(asc(variants.id))
    .limit(limit);
}

/** One variant's price inputs and SKU (the admin's price explanation), or null. */
export async function variantPriceInput(
  db: Db,
  id: number,
): Promise<(VariantPriceInput & { sku: string | null }) | null> {
  const [row] = await db
    .select({ ...priceInputColumns, sku: variants.sku })
    .from(variants)
    .where(eq(variants.id, id));
  return row ?? null;
}

/** Every variant's SKU (null when it has none), ordered by SKU as the database collates them. */
export function variantSkus(db: Db): Promise<{ id: number; sku: string | null }[]> {
  return db
    .select({ id: variants.id, sku: variants.sku })
    .from(variants)
    .orderBy(asc(variants.sku), asc(variants.id));
}

/**
 * Variant labels as a relation (id, sku, title, position, product) for another module's raw
 * SQL to join, so a filtered, sorted, limited admin list stays one statement.
 */
export function variantLabels(): SQL {
  return sql`(select v.id, v.sku, v.title, v.position, p.title as product from variants v join products p on p.id = v.product_id)`;
}
