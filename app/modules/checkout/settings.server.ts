import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { deMinimis, dutyRates, shippingRates, shippingZones } from '#app/db/schema/index.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { crossConvert, money } from '#app/modules/money/core/money.ts';
import type { DeMinimis } from './core/landed-cost.ts';
import type { ShippingRateRule } from './core/shipping.ts';

/** Checkout settings read from the database: shipping rates, duty rates, de minimis thresholds. */

/** Rates of the market's zones that serve the country (a zone without countries serves all of them). */
export async function shippingRulesFor(db: Db, marketId: number, country: string): Promise<ShippingRateRule[]> {
  const zones = await db.select({ id: shippingZones.id }).from(shippingZones)
    .where(and(eq(shippingZones.marketId, marketId), sql`(cardinality(${shippingZones.countries}) = 0 or ${country} = any(${shippingZones.countries}))`));
  if (zones.length === 0) return [];
  return db.select({
    id: shippingRates.id, service: shippingRates.service, kind: shippingRates.kind, amount: shippingRates.amount, minGrams: shippingRates.minGrams,
    maxGrams: shippingRates.maxGrams, freeOverAmount: shippingRates.freeOverAmount, minDays: shippingRates.minDays, maxDays: shippingRates.maxDays,
  }).from(shippingRates).where(inArray(shippingRates.zoneId, zones.map((z) => z.id))).orderBy(asc(shippingRates.position));
}

export async function dutyRatesFor(db: Db, destination: string): Promise<Record<string, string>> {
  const rows = await db.select({ chapter: dutyRates.hsChapter, rate: dutyRates.ratePercent }).from(dutyRates).where(eq(dutyRates.destination, destination));
  return Object.fromEntries(rows.map((r) => [r.chapter, String(r.rate)]));
}

/** The destination's thresholds in the order's currency, converted at the current rates. */
export async function deMinimisFor(db: Db, config: MarketConfig, destination: string, currency: string): Promise<DeMinimis | null> {
  const [row] = await db.select().from(deMinimis).where(eq(deMinimis.destination, destination));
  if (!row) return null;
  const rate = (c: string) => (c === config.shopCurrency ? '1' : config.rates[c]?.value);
  const from = rate(row.currency);
  const to = rate(currency);
  const convert = (amount: number | null) => {
    if (amount == null) return null;
    if (row.currency === currency) return amount;
    // Without a rate the threshold cannot be compared: treat the order as over it (duty assessed).
    if (!from || !to) return -1;
    return crossConvert(money(amount, row.currency), currency, from, to).amount;
  };
  return { dutyThreshold: convert(row.dutyThreshold), vatThreshold: convert(row.vatThreshold), vatAtSale: row.vatAtSale };
}
