import { isCheckViolation } from '#app/db/pg-error.ts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';

/** Stock, for the cart (what may be bought) and the order (what was taken); the catalog owns variants. */

export interface Stock {
  quantity: number;
  policy: 'deny' | 'continue';
}

/** Variants a shopper may buy (active, published products), with their stock. Pass a transaction to read inside it. */
export async function sellableStock(db: Db, ids: number[]): Promise<Map<number, Stock>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: variants.id, quantity: variants.inventoryQuantity, policy: variants.inventoryPolicy })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(inArray(variants.id, ids), eq(products.status, 'active'), sql`${products.publishedAt} <= now()`),
    );
  return new Map(rows.map((r) => [r.id, { quantity: r.quantity, policy: r.policy }]));
}

/** Each product's first variant (by position) a shopper can buy now: what a free gift adds. */
export async function giftVariants(db: Db, productIds: number[]): Promise<Map<number, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([variants.productId], { productId: variants.productId, id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(
        inArray(variants.productId, productIds),
        eq(products.status, 'active'),
        sql`${products.publishedAt} <= now()`,
        sql`(${variants.inventoryQuantity} > 0 or ${variants.inventoryPolicy} = 'continue')`,
      ),
    )
    .orderBy(variants.productId, variants.position);
  return new Map(rows.map((r) => [r.productId, r.id]));
}

/**
 * Takes stock in the caller's transaction. The variants' check constraint refuses an oversell
 * (see isOversold), which aborts that transaction: the order is never written without its stock.
 */
export async function decrementStock(tx: Db, variantId: number, quantity: number): Promise<void> {
  await tx
    .update(variants)
    .set({ inventoryQuantity: sql`${variants.inventoryQuantity} - ${quantity}` })
    .where(eq(variants.id, variantId));
  stockChanged(variantId);
}

/** Puts units back (a cancelled order, a restocked return), in the caller's transaction. */
export async function restock(tx: Db, variantId: number, quantity: number): Promise<void> {
  await tx
    .update(variants)
    .set({ inventoryQuantity: sql`${variants.inventoryQuantity} + ${quantity}` })
    .where(eq(variants.id, variantId));
  stockChanged(variantId);
}

/**
 * Tells the Storefront API's stock memo (storefront-api/catalog-memo.server.ts). Said before the
 * transaction commits: a read in between keeps the old level, for at most the memo's few seconds;
 * a rollback only costs a re-read.
 */
function stockChanged(variantId: number): void {
  emit('stock-changed', { variantIds: [variantId] });
}

/** Postgres check_violation from decrementStock: the stock constraint refused a decrement (oversell). */
export function isOversold(error: unknown): boolean {
  return isCheckViolation(error, 'variants_inventory_not_oversold');
}
