import { asc, eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { markets, priceListEntries, variants } from '#app/db/schema/index.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toCsv } from '#app/lib/csv.ts';
import { PRICE_LIST_HEADER, validatePriceList, type PriceListError } from './core/price-list.ts';
import { recomputePrices } from './pricing.server.ts';

/**
 * Imports a price-list CSV all-or-nothing: every row is validated first; on success the
 * listed (market, variant) fixed prices are replaced in one transaction and re-priced.
 */
export async function importPriceList(db: Db, csv: string): Promise<{ ok: true; applied: number } | { ok: false; errors: PriceListError[] }> {
  if (csv.length > 20_000_000) return { ok: false, errors: [{ line: 0, code: 'columns' }] };
  const [marketRows, skuRows] = await Promise.all([
    db.select({ id: markets.id, handle: markets.handle, currency: markets.currency }).from(markets),
    db.select({ id: variants.id, sku: variants.sku }).from(variants),
  ]);
  const result = validatePriceList(
    csv,
    new Map(marketRows.map((m) => [m.handle, { id: m.id, currency: m.currency }])),
    new Map(skuRows.filter((v) => v.sku).map((v) => [v.sku!, v.id])),
  );
  if (!result.ok) return result;
  await db.transaction(async (tx) => {
    for (const r of result.rows) {
      await tx.insert(priceListEntries).values({ marketId: r.marketId, variantId: r.variantId, price: r.price, compareAt: r.compareAt })
        .onConflictDoUpdate({ target: [priceListEntries.marketId, priceListEntries.variantId], set: { price: r.price, compareAt: r.compareAt } });
    }
  });
  const variantIds = [...new Set(result.rows.map((r) => r.variantId))];
  if (variantIds.length) await recomputePrices(db, await freshMarketConfig(db), { variantIds });
  return { ok: true, applied: result.rows.length };
}

/** The fixed prices as CSV (one market, or all), in the same format the import reads. */
export async function exportPriceList(db: Db, marketId?: number): Promise<string> {
  const rows = await db.select({ market: markets.handle, currency: markets.currency, sku: variants.sku, price: priceListEntries.price, compareAt: priceListEntries.compareAt })
    .from(priceListEntries)
    .innerJoin(markets, eq(markets.id, priceListEntries.marketId))
    .innerJoin(variants, eq(variants.id, priceListEntries.variantId))
    .where(marketId ? eq(priceListEntries.marketId, marketId) : undefined)
    .orderBy(asc(markets.handle), asc(variants.sku));
  return toCsv([
    [...PRICE_LIST_HEADER],
    ...rows.map((r) => [r.market, r.sku, toDecimalString({ amount: r.price, currencyCode: r.currency }), r.compareAt == null ? null : toDecimalString({ amount: r.compareAt, currencyCode: r.currency })]),
  ]);
}

