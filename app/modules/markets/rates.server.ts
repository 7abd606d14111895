import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { exchangeRateSnapshots, taxRates } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';

export interface RateSnapshot {
  id: number;
  currency: string;
  rate: string;
  source: string;
  fetchedAt: Date;
}

/** Records a rate snapshot (manual entry or import); the newest snapshot per currency is current. */
export async function recordExchangeRate(
  db: Db,
  currency: string,
  rate: string,
  source: string,
  at = new Date(),
): Promise<number> {
  const [row] = await db
    .insert(exchangeRateSnapshots)
    .values({ currency, rate, source, fetchedAt: at })
    .returning({ id: exchangeRateSnapshots.id });
  return row!.id;
}

export async function currentExchangeRates(db: Db): Promise<Map<string, RateSnapshot>> {
  const rows = await queryRows<{
    id: number;
    currency: string;
    rate: string;
    source: string;
    fetched_at: string | Date;
  }>(
    db,
    sql`
    select distinct on (currency) id, currency, rate::text as rate, source, fetched_at
    from exchange_rate_snapshots order by currency, fetched_at desc, id desc`,
  );
  return new Map(
    rows.map((r) => [
      r.currency,
      {
        id: Number(r.id),
        currency: r.currency,
        rate: r.rate,
        source: r.source,
        fetchedAt: new Date(r.fetched_at),
      },
    ]),
  );
}

export async function setTaxRate(
  db: Db,
  countryCode: string,
  ratePercent: string,
  source: string,
  effectiveFrom: string,
): Promise<void> {
  await db
    .insert(taxRates)
    .values({ countryCode, ratePercent, source, effectiveFrom })
    .onConflictDoUpdate({
      target: taxRates.countryCode,
      set: { ratePercent, source, effectiveFrom, updatedAt: new Date() },
    });
}

export async function taxRateMap(db: Db): Promise<Map<string, string>> {
  const rows = await queryRows<{ country_code: string; rate: string }>(
    db,
    sql`select country_code, rate_percent::text as rate from tax_rates`,
  );
  return new Map(rows.map((r) => [r.country_code, r.rate]));
}

export async function listTaxRates(db: Db) {
  return db.select().from(taxRates).orderBy(taxRates.countryCode);
}

/** The newest snapshots first, for the admin's rate history. */
export async function rateHistory(db: Db, limit = 50): Promise<RateSnapshot[]> {
  const rows = await db
    .select()
    .from(exchangeRateSnapshots)
    .orderBy(sql`${exchangeRateSnapshots.fetchedAt} desc, ${exchangeRateSnapshots.id} desc`)
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    currency: r.currency,
    rate: r.rate,
    source: r.source,
    fetchedAt: r.fetchedAt,
  }));
}
