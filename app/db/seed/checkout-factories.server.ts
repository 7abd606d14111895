import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { dutyRates, markets, shippingRates, shippingZones } from '#app/db/schema/index.ts';
import { installRuleLibrary } from '#app/modules/checkout/import-rules.server.ts';
import {
  DUTY_SOURCE,
  seedDutyRates,
  seedIncoterms,
  seedShipping,
  type SeedShippingRate,
} from './checkout-data.ts';

/** Shipping zone with rates for a market (tests and seed). */
export async function createShippingZone(
  db: Db,
  marketId: number,
  name: string,
  rates: SeedShippingRate[],
  countries: string[] = [],
) {
  const [zone] = await db.insert(shippingZones).values({ marketId, name, countries }).returning();
  if (rates.length) {
    await db.insert(shippingRates).values(
      rates.map((r, position) => ({
        zoneId: zone!.id,
        service: r.service,
        kind: r.kind,
        amount: r.amount,
        minGrams: r.minGrams ?? null,
        maxGrams: r.maxGrams ?? null,
        freeOverAmount: r.freeOverAmount ?? null,
        minDays: r.minDays,
        maxDays: r.maxDays,
        position,
      })),
    );
  }
  return zone!;
}

/** Duty rates, the import rule library, incoterms and shipping for the seeded markets. */
export async function seedCheckoutSettings(db: Db): Promise<void> {
  await db
    .insert(dutyRates)
    .values(seedDutyRates.map((r) => ({ ...r, source: DUTY_SOURCE, effectiveFrom: '2025-01-01' })));
  await installRuleLibrary(db);
  for (const m of await db.select({ id: markets.id, handle: markets.handle }).from(markets)) {
    const incoterm = seedIncoterms[m.handle];
    if (incoterm) await db.update(markets).set({ incoterm }).where(eq(markets.id, m.id));
    const rates = seedShipping[m.handle];
    if (rates) await createShippingZone(db, m.id, m.handle === 'us' ? 'Domestic' : 'International', rates);
  }
}
