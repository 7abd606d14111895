import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { priceAdjustments, priceListEntries, variantPrices, variants } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { emit } from '#app/lib/events.server.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { scheduleProblems } from './core/schedule.ts';
import { adjustmentBoundaries, compilePricing, computeVariantPrice, fastVariantPrice, type MarketPricing, type ScheduledAdjustment } from './core/engine.ts';

/** Start of the first validity period: "always", so no read can fall before a recompute's clock. */
const EPOCH = new Date(0);
/** How far ahead scheduled changes are precomputed. */
const HORIZON_MS = 2 * 365 * 24 * 3600 * 1000;

export async function loadAdjustments(db: Db, marketIds?: number[]): Promise<Map<number, ScheduledAdjustment[]>> {
  const rows = await db.select().from(priceAdjustments).where(marketIds ? inArray(priceAdjustments.marketId, marketIds) : undefined);
  const out = new Map<number, ScheduledAdjustment[]>();
  for (const r of rows) out.set(r.marketId, [...(out.get(r.marketId) ?? []), { percent: r.percent, startsAt: r.startsAt, endsAt: r.endsAt }]);
  return out;
}

/** The engine's view of a market for one destination country. */
export function marketPricing(config: MarketConfig, market: Market, country: string, scheduled: ScheduledAdjustment[]): MarketPricing {
  const rate = market.currency === config.shopCurrency ? { value: '1', snapshotId: null } : config.rates[market.currency];
  if (!rate) throw new Error(`No exchange rate for ${market.currency}`);
  return {
    currency: market.currency,
    shopCurrency: config.shopCurrency,
    rate,
    adjustmentPercent: market.adjustmentPercent,
    scheduled,
    taxInclusivePercent: market.taxInclusive ? (config.taxRates[country] ?? null) : null,
    rounding: market.rounding,
    marginFloorPercent: market.marginFloorPercent,
    compareAtMode: market.compareAtMode,
  };
}

interface PriceRow {
  variantId: number; marketId: number; countryCode: string; validFrom: Date; validTo: Date | null;
  currency: string; price: number; compareAt: number | null; rateSnapshotId: number | null; floorClamped: boolean;
}

/** Price rows for variants in every enabled market country, one per validity period. */
export function priceRowsFor(
  config: MarketConfig,
  adjustments: Map<number, ScheduledAdjustment[]>,
  variantRows: { id: number; priceAmount: number; compareAtAmount: number | null; unitCostAmount: number | null }[],
  fixed: Map<string, { price: number; compareAt: number | null }>,
  now: Date,
  marketIds?: Set<number>,
): PriceRow[] {
  const out: PriceRow[] = [];
  for (const market of config.markets) {
    if (!market.enabled || (marketIds && !marketIds.has(market.id))) continue;
    const scheduled = adjustments.get(market.id) ?? [];
    for (const country of market.countries) {
      const m = marketPricing(config, market, country, scheduled);
      const bounds = [EPOCH, ...adjustmentBoundaries(m, now, new Date(now.getTime() + HORIZON_MS))];
      // Rules compiled once per validity period, then applied to every variant.
      const compiled = bounds.map((from, i) => compilePricing(m, i === 0 ? now : from));
      for (const v of variantRows) {
        const input = { price: v.priceAmount, compareAt: v.compareAtAmount, unitCost: v.unitCostAmount, fixed: fixed.size ? fixed.get(`${market.id}:${v.id}`) ?? null : null };
        for (const [i, from] of bounds.entries()) {
          const r = fastVariantPrice(input, compiled[i]!);
          out.push({
            variantId: v.id, marketId: market.id, countryCode: country, validFrom: from, validTo: bounds[i + 1] ?? null,
            currency: m.currency, price: r.price, compareAt: r.compareAt, rateSnapshotId: m.rate.snapshotId, floorClamped: r.floorClamped,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Bulk insert through json_to_recordset: one statement and one text parameter per chunk,
 * identical on PGlite and postgres.js, and far faster than multi-row VALUES lists.
 */
async function insertPriceRows(db: Db, rows: PriceRow[]): Promise<void> {
  const CHUNK = 20_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK).map((r) => ({
      variant_id: r.variantId, market_id: r.marketId, country_code: r.countryCode, valid_from: r.validFrom.toISOString(),
      valid_to: r.validTo?.toISOString() ?? null, currency: r.currency, price: r.price, compare_at: r.compareAt,
      rate_snapshot_id: r.rateSnapshotId, floor_clamped: r.floorClamped,
    })));
    await db.execute(sql`
      insert into variant_prices (variant_id, market_id, country_code, valid_from, valid_to, currency, price, compare_at, rate_snapshot_id, floor_clamped)
      select * from json_to_recordset(${json}::json) as x(variant_id int, market_id int, country_code text, valid_from timestamptz,
        valid_to timestamptz, currency text, price int, compare_at int, rate_snapshot_id int, floor_clamped bool)`);
  }
}

/**
 * Appends the new current price of each (variant, country) to the price history when it
 * differs from the last one recorded: one scan for the last prices, a diff here, one bulk insert.
 */
async function recordHistory(db: Db, rows: PriceRow[], now: Date, variantIds?: number[]): Promise<void> {
  const last = await queryRows<{ variant_id: number; country_code: string; price: number }>(db, sql`
    select distinct on (variant_id, country_code) variant_id, country_code, price from price_history
    ${variantIds ? sql`where variant_id in (${sql.join(variantIds.map((id) => sql`${id}`), sql`, `)})` : sql``}
    order by variant_id, country_code, effective_at desc, id desc`);
  const previous = new Map(last.map((r) => [`${r.variant_id}:${r.country_code}`, Number(r.price)]));
  const changed = rows.filter((r) => r.validFrom <= now && (!r.validTo || r.validTo > now) && previous.get(`${r.variantId}:${r.countryCode}`) !== r.price);
  const at = now.toISOString();
  for (let i = 0; i < changed.length; i += 20_000) {
    const json = JSON.stringify(changed.slice(i, i + 20_000).map((r) => ({ variant_id: r.variantId, market_id: r.marketId, country_code: r.countryCode, price: r.price })));
    await db.execute(sql`
      insert into price_history (variant_id, market_id, country_code, price, effective_at)
      select variant_id, market_id, country_code, price, ${at}::timestamptz
      from json_to_recordset(${json}::json) as x(variant_id int, market_id int, country_code text, price int)`);
  }
}

/**
 * Recomputes the precomputed prices of some variants (default: all) in one transaction,
 * and appends changed current prices to the price history.
 */
export async function recomputePrices(db: Db, config: MarketConfig, scope: { variantIds?: number[]; marketIds?: number[] } = {}, now = new Date()): Promise<number> {
  const adjustments = await loadAdjustments(db);
  const variantRows = await db.select({ id: variants.id, priceAmount: variants.priceAmount, compareAtAmount: variants.compareAtAmount, unitCostAmount: variants.unitCostAmount })
    .from(variants).where(scope.variantIds ? inArray(variants.id, scope.variantIds) : undefined);
  if (variantRows.length === 0) return 0;
  const fixedRows = await db.select().from(priceListEntries).where(scope.variantIds ? inArray(priceListEntries.variantId, scope.variantIds) : undefined);
  const fixed = new Map(fixedRows.map((f) => [`${f.marketId}:${f.variantId}`, { price: f.price, compareAt: f.compareAt }]));
  const rows = priceRowsFor(config, adjustments, variantRows, fixed, now, scope.marketIds ? new Set(scope.marketIds) : undefined);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(variantPrices).where(and(
      scope.variantIds ? inArray(variantPrices.variantId, scope.variantIds) : undefined,
      scope.marketIds ? inArray(variantPrices.marketId, scope.marketIds) : undefined,
    ));
    await insertPriceRows(t, rows);
    await recordHistory(t, rows, now, scope.variantIds);
  });
  emit('prices-changed', { variantIds: scope.variantIds ?? null });
  return rows.length;
}

/** lowest30d: lowest price during the 30 days before the current price took effect (EU price indication). */
export interface CurrentPrice { price: number; compareAt: number | null; currency: string; lowest30d: number | null }

/** Current prices of variants for a destination country: one indexed lookup per batch. */
export async function currentPrices(db: Db, variantIds: number[], country: string, now = new Date()): Promise<Map<number, CurrentPrice>> {
  if (variantIds.length === 0) return new Map();
  const rows = await queryRows<{ variant_id: number; price: number; compare_at: number | null; currency: string; lowest: number | null }>(db, sql`
    select vp.variant_id, vp.price, vp.compare_at, vp.currency,
      -- EU Omnibus: the lowest price in effect during the 30 days before the current price took effect.
      (select min(h.price) from price_history h
        where h.variant_id = vp.variant_id and h.country_code = vp.country_code
          and h.effective_at < cur.started
          and h.effective_at >= coalesce((
            select max(b.effective_at) from price_history b
            where b.variant_id = vp.variant_id and b.country_code = vp.country_code and b.effective_at <= cur.started - interval '30 days'
          ), cur.started - interval '30 days')) as lowest
    from variant_prices vp
    left join lateral (
      select max(c.effective_at) as started from price_history c
      where c.variant_id = vp.variant_id and c.country_code = vp.country_code and c.effective_at <= ${now.toISOString()}::timestamptz
    ) cur on true
    where vp.country_code = ${country} and vp.variant_id in (${sql.join(variantIds.map((id) => sql`${id}`), sql`, `)})
      and vp.valid_from <= ${now.toISOString()}::timestamptz and (vp.valid_to is null or vp.valid_to > ${now.toISOString()}::timestamptz)`);
  return new Map(rows.map((r) => [Number(r.variant_id), { price: Number(r.price), compareAt: r.compare_at == null ? null : Number(r.compare_at), currency: r.currency, lowest30d: r.lowest == null ? null : Number(r.lowest) }]));
}


/** Sets or clears a market's fixed price for a variant (price list entry). */
export async function setFixedPrice(db: Db, marketId: number, variantId: number, price: number | null, compareAt: number | null = null): Promise<void> {
  if (price == null) {
    await db.delete(priceListEntries).where(sql`${priceListEntries.marketId} = ${marketId} and ${priceListEntries.variantId} = ${variantId}`);
    return;
  }
  await db.insert(priceListEntries).values({ marketId, variantId, price, compareAt })
    .onConflictDoUpdate({ target: [priceListEntries.marketId, priceListEntries.variantId], set: { price, compareAt } });
}

export async function addScheduledAdjustment(db: Db, marketId: number, percent: string, startsAt: Date, endsAt: Date | null): Promise<number> {
  const [row] = await db.insert(priceAdjustments).values({ marketId, percent, startsAt, endsAt }).returning({ id: priceAdjustments.id });
  return row!.id;
}

/** The traced computation of one variant's price in one market country, for the admin preview. */
export async function explainPrice(db: Db, config: MarketConfig, variantId: number, marketId: number, country: string, at = new Date()) {
  const market = config.markets.find((m) => m.id === marketId);
  const [variant] = await db.select().from(variants).where(sql`${variants.id} = ${variantId}`);
  if (!market || !variant || !market.countries.includes(country)) return null;
  const [fixed] = await db.select().from(priceListEntries).where(sql`${priceListEntries.marketId} = ${marketId} and ${priceListEntries.variantId} = ${variantId}`);
  const adjustments = await loadAdjustments(db, [marketId]);
  const pricing = marketPricing(config, market, country, adjustments.get(marketId) ?? []);
  const result = computeVariantPrice(
    { price: variant.priceAmount, compareAt: variant.compareAtAmount, unitCost: variant.unitCostAmount, fixed: fixed ? { price: fixed.price, compareAt: fixed.compareAt } : null },
    pricing, at,
  );
  return { ...result, sku: variant.sku, shopCurrency: config.shopCurrency };
}

export async function listScheduledAdjustments(db: Db, marketId: number) {
  return db.select().from(priceAdjustments).where(sql`${priceAdjustments.marketId} = ${marketId}`).orderBy(priceAdjustments.startsAt);
}

/** Validates (format, order, no overlap within the market) and adds a scheduled adjustment, then re-prices. */
export async function scheduleAdjustment(db: Db, marketId: number, input: { percent: string; startsAt: string; endsAt: string }) {
  const existing = await listScheduledAdjustments(db, marketId);
  const { errors, window } = scheduleProblems(input, existing);
  if (!window) return { ok: false as const, errors };
  await addScheduledAdjustment(db, marketId, input.percent.trim(), window.startsAt, window.endsAt);
  await recomputePrices(db, await freshMarketConfig(db), { marketIds: [marketId] });
  return { ok: true as const };
}

export async function removeScheduledAdjustment(db: Db, marketId: number, id: number) {
  await db.delete(priceAdjustments).where(sql`${priceAdjustments.id} = ${id} and ${priceAdjustments.marketId} = ${marketId}`);
  await recomputePrices(db, await freshMarketConfig(db), { marketIds: [marketId] });
}

/** Current prices of variants in every market country (admin product detail). */
export async function pricesByCountry(db: Db, variantIds: number[], now = new Date()) {
  if (variantIds.length === 0) return [];
  return queryRows<{ variant_id: number; market_id: number; country_code: string; currency: string; price: number; compare_at: number | null; floor_clamped: boolean }>(db, sql`
    select variant_id, market_id, country_code, currency, price, compare_at, floor_clamped from variant_prices
    where variant_id in (${sql.join(variantIds.map((id) => sql`${id}`), sql`, `)})
      and valid_from <= ${now.toISOString()}::timestamptz and (valid_to is null or valid_to > ${now.toISOString()}::timestamptz)
    order by variant_id, market_id, country_code`);
}
