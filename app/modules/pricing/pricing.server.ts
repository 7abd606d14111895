import { and, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { priceAdjustments, priceListEntries } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { emit, on } from '#app/lib/events.server.ts';
import {
  countVariants,
  variantLabels,
  variantPriceInput,
  variantPriceInputs,
  type VariantPriceInput,
} from '#app/modules/catalog/pricing-source.server.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { scheduleProblems } from './core/schedule.ts';
import {
  createNextTable,
  NEXT_TABLE,
  replaceScope,
  stageRows,
  swapInNextTable,
  type PriceBatch,
  type PriceScope,
} from './price-store.server.ts';
import {
  adjustmentBoundaries,
  compilePricing,
  computeVariantPrice,
  fastVariantPrice,
  type MarketPricing,
  type ScheduledAdjustment,
} from './core/engine.ts';

/** Start of the first validity period: "always", so no read can fall before a recompute's clock. */
const EPOCH = new Date(0);
/** How far ahead scheduled changes are precomputed. */
const HORIZON_MS = 2 * 365 * 24 * 3600 * 1000;

export async function loadAdjustments(
  db: Db,
  marketIds?: number[],
): Promise<Map<number, ScheduledAdjustment[]>> {
  const rows = await db
    .select()
    .from(priceAdjustments)
    .where(marketIds ? inArray(priceAdjustments.marketId, marketIds) : undefined);
  const out = new Map<number, ScheduledAdjustment[]>();
  for (const r of rows)
    out.set(r.marketId, [
      ...(out.get(r.marketId) ?? []),
      { percent: r.percent, startsAt: r.startsAt, endsAt: r.endsAt },
    ]);
  return out;
}

/** The engine's view of a market for one destination country. */
export function marketPricing(
  config: MarketConfig,
  market: Market,
  country: string,
  scheduled: ScheduledAdjustment[],
): MarketPricing {
  const rate =
    market.currency === config.shopCurrency
      ? { value: '1', snapshotId: null }
      : config.rates[market.currency];
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

/**
 * Prices of variants in every enabled market country, one per validity period, as columns:
 * what varies per row (variant, price) in arrays, what a (market, country, period) group
 * shares (currency, rate snapshot, validity) once per group.
 */
export function priceRowsFor(
  config: MarketConfig,
  adjustments: Map<number, ScheduledAdjustment[]>,
  variantRows: VariantPriceInput[],
  fixed: Map<string, { price: number; compareAt: number | null }>,
  now: Date,
  marketIds?: Set<number>,
): PriceBatch {
  const out: PriceBatch = {
    groups: [],
    group: [],
    variantId: [],
    price: [],
    compareAt: [],
    floorClamped: [],
  };
  for (const market of config.markets) {
    if (!market.enabled || (marketIds && !marketIds.has(market.id))) continue;
    const scheduled = adjustments.get(market.id) ?? [];
    for (const country of market.countries) {
      const m = marketPricing(config, market, country, scheduled);
      const bounds = [EPOCH, ...adjustmentBoundaries(m, now, new Date(now.getTime() + HORIZON_MS))];
      for (const [i, from] of bounds.entries()) {
        const group =
          out.groups.push({
            marketId: market.id,
            countryCode: country,
            validFrom: from,
            validTo: bounds[i + 1] ?? null,
            currency: m.currency,
            rateSnapshotId: m.rate.snapshotId,
          }) - 1;
        // Rules compiled once per validity period, then applied to every variant.
        const compiled = compilePricing(m, i === 0 ? now : from);
        for (const v of variantRows) {
          const r = fastVariantPrice(
            {
              price: v.priceAmount,
              compareAt: v.compareAtAmount,
              unitCost: v.unitCostAmount,
              fixed: fixed.size ? (fixed.get(`${market.id}:${v.id}`) ?? null) : null,
            },
            compiled,
          );
          out.group.push(group);
          out.variantId.push(v.id);
          out.price.push(r.price);
          out.compareAt.push(r.compareAt);
          out.floorClamped.push(r.floorClamped);
        }
      }
    }
  }
  return out;
}

/** Variants per batch: bounds memory (rows = batch × countries × periods) and paces progress reports. */
const BATCH = 5000;

export interface RecomputeOptions {
  now?: Date;
  /** Called after each batch with variants done and in scope (the background job's progress bar). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * Recomputes the precomputed prices in a scope (default: every variant in every market).
 * A scoped recompute replaces its rows in one transaction; a full one builds a new table
 * generation batch by batch and swaps it in atomically, so readers never see a half-priced
 * catalog. Changed current prices go to the price history. Returns the rows written.
 */
export async function recomputePrices(
  db: Db,
  config: MarketConfig,
  scope: PriceScope = {},
  options: RecomputeOptions | Date = {},
): Promise<number> {
  const { now = new Date(), onProgress } = options instanceof Date ? { now: options } : options;
  const adjustments = await loadAdjustments(db);
  const marketIds = scope.marketIds ? new Set(scope.marketIds) : undefined;
  const total = await countVariants(db, scope.variantIds);
  if (total === 0) return 0;

  const produce = async (stage: (batch: PriceBatch) => Promise<void>, reader: Db) => {
    let written = 0;
    let done = 0;
    for (let after = 0; ;) {
      const batch = await variantPriceInputs(reader, after, BATCH, scope.variantIds);
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      const fixedRows = await reader
        .select()
        .from(priceListEntries)
        .where(and(gte(priceListEntries.variantId, batch[0]!.id), lte(priceListEntries.variantId, after)));
      const fixed = new Map(
        fixedRows.map((f) => [`${f.marketId}:${f.variantId}`, { price: f.price, compareAt: f.compareAt }]),
      );
      const rows = priceRowsFor(config, adjustments, batch, fixed, now, marketIds);
      await stage(rows);
      written += rows.variantId.length;
      done += batch.length;
      await onProgress?.(done, total);
    }
    return written;
  };

  let written = 0;
  if (scope.variantIds || scope.marketIds) {
    await replaceScope(db, scope, now, async (stage, tx) => {
      written = await produce(stage, tx);
    });
  } else {
    // A scoped write that lands while the new generation is built would be lost by the swap; rebuild then.
    for (let attempt = 0; ; attempt++) {
      const writesAtStart = await createNextTable(db);
      written = await produce((rows) => stageRows(db, NEXT_TABLE, rows, now), db);
      if (await swapInNextTable(db, attempt < 2 ? writesAtStart : null, now)) break;
    }
  }
  emit('prices-changed', { variantIds: scope.variantIds ?? null });
  return written;
}

/**
 * Re-prices a market whenever the markets module announces that its settings changed; answers
 * with the rows written. Wired once per serving process (app/jobs.server.ts); returns the unsubscribe.
 */
export function repriceOnMarketChanges(db: Db): () => void {
  // Local only: the process that saved the market re-prices it once; the others hear the
  // prices-changed that follows.
  return on(
    'markets-changed',
    async ({ marketIds }) => recomputePrices(db, await freshMarketConfig(db), { marketIds }),
    { localOnly: true },
  );
}

/** lowest30d: lowest price during the 30 days before the current price took effect (EU price indication). */
export interface CurrentPrice {
  price: number;
  compareAt: number | null;
  currency: string;
  lowest30d: number | null;
  validTo?: Date | null;
}

/**
 * Current presentment prices in a destination country as a relation (variant_id, price), for the
 * catalog's listing query to join, so price filters and sorting stay one indexed statement.
 */
export function currentPriceRelation(country: string, now = new Date()): SQL {
  const at = now.toISOString();
  return sql`(select variant_id, price from variant_prices
    where country_code = ${country} and valid_from <= ${at}::timestamptz and (valid_to is null or valid_to > ${at}::timestamptz))`;
}

/** Current prices of variants for a destination country: one indexed lookup per batch. */
export async function currentPrices(
  db: Db,
  variantIds: number[],
  country: string,
  now = new Date(),
): Promise<Map<number, CurrentPrice>> {
  if (variantIds.length === 0) return new Map();
  const rows = await queryRows<{
    variant_id: number;
    price: number;
    compare_at: number | null;
    currency: string;
    lowest: number | null;
    valid_to: string | Date | null;
  }>(
    db,
    sql`
    select vp.variant_id, vp.price, vp.compare_at, vp.currency, vp.valid_to,
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
    where vp.country_code = ${country} and vp.variant_id in (${sql.join(
      variantIds.map((id) => sql`${id}`),
      sql`, `,
    )})
      and vp.valid_from <= ${now.toISOString()}::timestamptz and (vp.valid_to is null or vp.valid_to > ${now.toISOString()}::timestamptz)`,
  );
  return new Map(
    rows.map((r) => [
      Number(r.variant_id),
      {
        price: Number(r.price),
        compareAt: r.compare_at == null ? null : Number(r.compare_at),
        currency: r.currency,
        lowest30d: r.lowest == null ? null : Number(r.lowest),
        validTo: r.valid_to == null ? null : new Date(r.valid_to),
      },
    ]),
  );
}

/** Sets or clears a market's fixed price for a variant (price list entry). */
export async function setFixedPrice(
  db: Db,
  marketId: number,
  variantId: number,
  price: number | null,
  compareAt: number | null = null,
): Promise<void> {
  if (price == null) {
    await db
      .delete(priceListEntries)
      .where(
        sql`${priceListEntries.marketId} = ${marketId} and ${priceListEntries.variantId} = ${variantId}`,
      );
    return;
  }
  await db
    .insert(priceListEntries)
    .values({ marketId, variantId, price, compareAt })
    .onConflictDoUpdate({
      target: [priceListEntries.marketId, priceListEntries.variantId],
      set: { price, compareAt },
    });
}

export async function addScheduledAdjustment(
  db: Db,
  marketId: number,
  percent: string,
  startsAt: Date,
  endsAt: Date | null,
): Promise<number> {
  const [row] = await db
    .insert(priceAdjustments)
    .values({ marketId, percent, startsAt, endsAt })
    .returning({ id: priceAdjustments.id });
  return row!.id;
}

/** The traced computation of one variant's price in one market country, for the admin preview. */
export async function explainPrice(
  db: Db,
  config: MarketConfig,
  variantId: number,
  marketId: number,
  country: string,
  at = new Date(),
) {
  const market = config.markets.find((m) => m.id === marketId);
  const variant = await variantPriceInput(db, variantId);
  if (!market || !variant || !market.countries.includes(country)) return null;
  const [fixed] = await db
    .select()
    .from(priceListEntries)
    .where(sql`${priceListEntries.marketId} = ${marketId} and ${priceListEntries.variantId} = ${variantId}`);
  const adjustments = await loadAdjustments(db, [marketId]);
  const pricing = marketPricing(config, market, country, adjustments.get(marketId) ?? []);
  const result = computeVariantPrice(
    {
      price: variant.priceAmount,
      compareAt: variant.compareAtAmount,
      unitCost: variant.unitCostAmount,
      fixed: fixed ? { price: fixed.price, compareAt: fixed.compareAt } : null,
    },
    pricing,
    at,
  );
  return { ...result, sku: variant.sku, shopCurrency: config.shopCurrency };
}

export async function listScheduledAdjustments(db: Db, marketId: number) {
  return db
    .select()
    .from(priceAdjustments)
    .where(sql`${priceAdjustments.marketId} = ${marketId}`)
    .orderBy(priceAdjustments.startsAt);
}

/** Validates (format, order, no overlap within the market) and adds a scheduled adjustment, then re-prices. */
export async function scheduleAdjustment(
  db: Db,
  marketId: number,
  input: { percent: string; startsAt: string; endsAt: string },
) {
  const existing = await listScheduledAdjustments(db, marketId);
  const { errors, window } = scheduleProblems(input, existing);
  if (!window) return { ok: false as const, errors };
  await addScheduledAdjustment(db, marketId, input.percent.trim(), window.startsAt, window.endsAt);
  await recomputePrices(db, await freshMarketConfig(db), { marketIds: [marketId] });
  return { ok: true as const };
}

export async function removeScheduledAdjustment(db: Db, marketId: number, id: number) {
  await db
    .delete(priceAdjustments)
    .where(sql`${priceAdjustments.id} = ${id} and ${priceAdjustments.marketId} = ${marketId}`);
  await recomputePrices(db, await freshMarketConfig(db), { marketIds: [marketId] });
}

/** Current prices of variants in every market country (admin product detail). */
export async function pricesByCountry(db: Db, variantIds: number[], now = new Date()) {
  if (variantIds.length === 0) return [];
  return queryRows<{
    variant_id: number;
    market_id: number;
    country_code: string;
    currency: string;
    price: number;
    compare_at: number | null;
    floor_clamped: boolean;
  }>(
    db,
    sql`
    select variant_id, market_id, country_code, currency, price, compare_at, floor_clamped from variant_prices
    where variant_id in (${sql.join(
      variantIds.map((id) => sql`${id}`),
      sql`, `,
    )})
      and valid_from <= ${now.toISOString()}::timestamptz and (valid_to is null or valid_to > ${now.toISOString()}::timestamptz)
    order by variant_id, market_id, country_code`,
  );
}

/** Current prices the margin floor raised, for the admin's flag list: how many, and the first few. */
export async function floorClampedPrices(db: Db, limit = 50, now = new Date()) {
  const at = now.toISOString();
  const current = sql`vp.floor_clamped and vp.valid_from <= ${at}::timestamptz and (vp.valid_to is null or vp.valid_to > ${at}::timestamptz)`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from variant_prices vp where ${current}`,
  );
  const rows = await queryRows<{
    variant_id: number;
    market_id: number;
    country_code: string;
    currency: string;
    price: number;
    sku: string | null;
    product: string;
    variant: string;
  }>(
    db,
    sql`
    select vp.variant_id, vp.market_id, vp.country_code, vp.currency, vp.price, v.sku, v.product, v.title as variant
    from variant_prices vp join ${variantLabels()} v on v.id = vp.variant_id
    where ${current} order by v.product, v.position, vp.country_code limit ${limit}`,
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      ...r,
      variant_id: Number(r.variant_id),
      market_id: Number(r.market_id),
      price: Number(r.price),
    })),
  };
}
