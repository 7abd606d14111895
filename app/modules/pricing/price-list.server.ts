import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { priceListEntries } from '#app/db/schema/index.ts';
import { variantSkus } from '#app/modules/catalog/pricing-source.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { freshMarketConfig, marketRefs } from '#app/modules/markets/markets.server.ts';
import { toCsv } from '#app/lib/csv.ts';
import { PRICE_LIST_HEADER, validatePriceList, type PriceListError } from './core/price-list.ts';
import { recomputePrices } from './pricing.server.ts';

/**
 * Imports a price-list CSV all-or-nothing: every row is validated first; on success the
 * listed (market, variant) fixed prices are replaced in one transaction and re-priced.
 */
export async function importPriceList(
  db: Db,
  csv: string,
): Promise<{ ok: true; applied: number } | { ok: false; errors: PriceListError[] }> {
  if (csv.length > 20_000_000) return { ok: false, errors: [{ line: 0, code: 'columns' }] };
  const [marketRows, skuRows] = await Promise.all([marketRefs(db), variantSkus(db)]);
  const result = validatePriceList(
    csv,
    new Map(marketRows.map((m) => [m.handle, { id: m.id, currency: m.currency }])),
    new Map(skuRows.filter((v) => v.sku).map((v) => [v.sku!, v.id])),
  );
  if (!result.ok) return result;
  await db.transaction(async (tx) => {
    for (const r of result.rows) {
      await tx
        .insert(priceListEntries)
        .values({ marketId: r.marketId, variantId: r.variantId, price: r.price, compareAt: r.compareAt })
        .onConflictDoUpdate({
          target: [priceListEntries.marketId, priceListEntries.variantId],
          set: { price: r.price, compareAt: r.compareAt },
        });
    }
  });
  const variantIds = [...new Set(result.rows.map((r) => r.variantId))];
  if (variantIds.length) await recomputePrices(db, await freshMarketConfig(db), { variantIds });
  return { ok: true, applied: result.rows.length };
}

/** The fixed prices as CSV (one market, or all), in the same format the import reads. */
export async function exportPriceList(db: Db, marketId?: number): Promise<string> {
  const [entries, marketRows, skuRows] = await Promise.all([
    db
      .select()
      .from(priceListEntries)
      .where(marketId ? eq(priceListEntries.marketId, marketId) : undefined),
    marketRefs(db),
    variantSkus(db),
  ]);
  // Both lists come sorted by the database's collation: their positions order the rows (market handle, then SKU).
  const market = new Map(marketRows.map((m, rank) => [m.id, { ...m, rank }]));
  const variant = new Map(skuRows.map((v, rank) => [v.id, { ...v, rank }]));
  const rows = entries
    .flatMap((e) => {
      const m = market.get(e.marketId);
      const v = variant.get(e.variantId);
      if (!m || !v) return [];
      const amount = (n: number) => toDecimalString({ amount: n, currencyCode: m.currency });
      return [
        {
          order: [m.rank, v.rank] as const,
          cells: [m.handle, v.sku, amount(e.price), e.compareAt == null ? null : amount(e.compareAt)],
        },
      ];
    })
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return toCsv([[...PRICE_LIST_HEADER], ...rows.map((r) => r.cells)]);
}
