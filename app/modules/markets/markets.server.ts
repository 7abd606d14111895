import { asc } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { marketCountries, markets } from '#app/db/schema/index.ts';
import { on } from '#app/lib/events.server.ts';
import { shopDefaults } from '#app/modules/shop/shop.server.ts';
import { currentExchangeRates, taxRateMap } from './rates.server.ts';
import type { Market, MarketConfig } from './core/market.ts';

/**
 * Markets change rarely and are read on every request, so the assembled config is
 * kept in memory for a few seconds; writes call invalidateMarketConfig().
 */
const TTL_MS = 5_000;
let cache: { at: number; db: Db; value: Promise<MarketConfig> } | null = null;

export function invalidateMarketConfig(): void {
  cache = null;
}

/** The market config re-read after a write (drops the cached copy first). */
export function freshMarketConfig(db: Db): Promise<MarketConfig> {
  invalidateMarketConfig();
  return getMarketConfig(db);
}

/** Every market's id, handle and currency, by handle as the database collates them; read fresh, not cached. */
export function marketRefs(db: Db): Promise<{ id: number; handle: string; currency: string }[]> {
  return db
    .select({ id: markets.id, handle: markets.handle, currency: markets.currency })
    .from(markets)
    .orderBy(asc(markets.handle));
}

let subscribed = false;

export function getMarketConfig(db: Db, now = Date.now()): Promise<MarketConfig> {
  // Another process's market or rate change arrives as an event (ADR 0027): drop the copy then.
  if (!subscribed) {
    subscribed = true;
    on('markets-changed', invalidateMarketConfig);
    on('prices-changed', invalidateMarketConfig);
  }
  if (cache && cache.db === db && now - cache.at < TTL_MS) return cache.value;
  const value = loadMarketConfig(db);
  cache = { at: now, db, value };
  value.catch(() => {
    if (cache?.value === value) cache = null;
  });
  return value;
}

async function loadMarketConfig(db: Db): Promise<MarketConfig> {
  const [marketRows, countryRows, rates, taxes, shopRow] = await Promise.all([
    db.select().from(markets).orderBy(asc(markets.position), asc(markets.id)),
    db
      .select()
      .from(marketCountries)
      .orderBy(asc(marketCountries.position), asc(marketCountries.countryCode)),
    currentExchangeRates(db),
    taxRateMap(db),
    shopDefaults(db),
  ]);
  const list: Market[] = marketRows.map((m) => ({
    id: m.id,
    handle: m.handle,
    name: m.name,
    currency: m.currency,
    countries: countryRows.filter((c) => c.marketId === m.id).map((c) => c.countryCode),
    languages: m.languages,
    defaultLanguage: m.defaultLanguage,
    taxInclusive: m.taxInclusive,
    enabled: m.enabled,
    primary: m.primary,
    adjustmentPercent: m.adjustmentPercent,
    rounding: m.rounding,
    marginFloorPercent: m.marginFloorPercent,
    compareAtMode: m.compareAtMode,
    incoterm: m.incoterm,
    returnWindowDays: m.returnWindowDays,
    returnShippingFee: m.returnShippingFee,
  }));
  return {
    markets: list,
    shopCurrency: shopRow?.currency ?? 'USD',
    shopLanguage: shopRow?.language ?? 'en',
    rates: Object.fromEntries(
      [...rates.values()].map((r) => [r.currency, { value: r.rate, snapshotId: r.id }]),
    ),
    taxRates: Object.fromEntries(taxes),
  };
}
