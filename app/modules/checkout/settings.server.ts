import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { dutyRates, shippingRates, shippingZones } from '#app/db/schema/index.ts';
import type { ShippingRateRule } from './core/shipping.ts';

/** Checkout settings read from the database: shipping rates and duty rates (import rules: import-rules.server.ts). */

/** Rates of the market's zones that serve the country (a zone without countries serves all of them). */
export async function shippingRulesFor(
  db: Db,
  marketId: number,
  country: string,
): Promise<ShippingRateRule[]> {
  const zones = await db
    .select({ id: shippingZones.id })
    .from(shippingZones)
    .where(
      and(
        eq(shippingZones.marketId, marketId),
        sql`(cardinality(${shippingZones.countries}) = 0 or ${country} = any(${shippingZones.countries}))`,
      ),
    );
  if (zones.length === 0) return [];
  return db
    .select({
      id: shippingRates.id,
      service: shippingRates.service,
      kind: shippingRates.kind,
      amount: shippingRates.amount,
      minGrams: shippingRates.minGrams,
      maxGrams: shippingRates.maxGrams,
      freeOverAmount: shippingRates.freeOverAmount,
      minDays: shippingRates.minDays,
      maxDays: shippingRates.maxDays,
    })
    .from(shippingRates)
    .where(
      inArray(
        shippingRates.zoneId,
        zones.map((z) => z.id),
      ),
    )
    .orderBy(asc(shippingRates.position));
}

export async function dutyRatesFor(db: Db, destination: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ chapter: dutyRates.hsChapter, rate: dutyRates.ratePercent })
    .from(dutyRates)
    .where(eq(dutyRates.destination, destination));
  return Object.fromEntries(rows.map((r) => [r.chapter, String(r.rate)]));
}

/** Every market's zones and rates, for the admin. */
export async function listShippingSettings(db: Db) {
  const zones = await db
    .select()
    .from(shippingZones)
    .orderBy(asc(shippingZones.marketId), asc(shippingZones.id));
  const rates = zones.length
    ? await db
        .select()
        .from(shippingRates)
        .where(
          inArray(
            shippingRates.zoneId,
            zones.map((z) => z.id),
          ),
        )
        .orderBy(asc(shippingRates.position), asc(shippingRates.id))
    : [];
  return zones.map((z) => ({ ...z, rates: rates.filter((r) => r.zoneId === z.id) }));
}

/** Adds a rate to the market's first zone (creating one that serves all its countries if it has none). */
export async function addShippingRate(
  db: Db,
  marketId: number,
  rate: Omit<typeof shippingRates.$inferInsert, 'zoneId' | 'id'>,
) {
  let [zone] = await db.select().from(shippingZones).where(eq(shippingZones.marketId, marketId)).limit(1);
  zone ??= (
    await db.insert(shippingZones).values({ marketId, name: 'Default', countries: [] }).returning()
  )[0]!;
  await db.insert(shippingRates).values({ ...rate, zoneId: zone.id });
}

export async function removeShippingRate(db: Db, rateId: number) {
  await db.delete(shippingRates).where(eq(shippingRates.id, rateId));
}

export async function listDutyRates(db: Db) {
  return db.select().from(dutyRates).orderBy(asc(dutyRates.destination), asc(dutyRates.hsChapter));
}

export async function setDutyRate(db: Db, row: typeof dutyRates.$inferInsert) {
  await db
    .insert(dutyRates)
    .values(row)
    .onConflictDoUpdate({
      target: [dutyRates.destination, dutyRates.hsChapter],
      set: { ratePercent: row.ratePercent, source: row.source, effectiveFrom: row.effectiveFrom },
    });
}
