import type { Db } from '#app/db/client.server.ts';
import { parseEcbXml, rebaseOnShopCurrency, type EcbError } from './core/ecb.ts';
import { getMarketConfig, invalidateMarketConfig } from './markets.server.ts';
import { recordExchangeRate } from './rates.server.ts';

export type FxImportResult =
  | { ok: true; date: string; recorded: { currency: string; rate: string }[] }
  | { ok: false; errors: (EcbError | { code: 'shopCurrencyMissing' | 'fetchFailed'; detail?: string })[] };

/**
 * Imports an ECB eurofxref file: one rate snapshot per market currency, rebased onto the
 * shop currency. Validates everything first and records nothing on any error.
 */
export async function importEcbRates(db: Db, xml: string, source: string): Promise<FxImportResult> {
  const parsed = parseEcbXml(xml);
  if (!parsed.ok) return parsed;
  const config = await getMarketConfig(db);
  const rebased = rebaseOnShopCurrency(parsed.rates, config.shopCurrency);
  if (!rebased) return { ok: false, errors: [{ code: 'shopCurrencyMissing', detail: config.shopCurrency }] };
  const needed = [...new Set(config.markets.map((m) => m.currency))].filter((c) => c !== config.shopCurrency);
  const missing = needed.filter((c) => !rebased[c]);
  if (missing.length)
    return { ok: false, errors: missing.map((c) => ({ code: 'noRates' as const, detail: c })) };
  // Snapshots are dated when imported (the newest is current); the ECB's date goes in the source.
  const at = new Date();
  const recorded: { currency: string; rate: string }[] = [];
  await db.transaction(async (tx) => {
    for (const currency of needed) {
      await recordExchangeRate(
        tx as unknown as Db,
        currency,
        rebased[currency]!,
        `${source} (${parsed.rates.date})`,
        at,
      );
      recorded.push({ currency, rate: rebased[currency]! });
    }
  });
  invalidateMarketConfig();
  return { ok: true, date: parsed.rates.date, recorded };
}

/** Fetches and imports from a URL (the production schedule calls this). */
export async function importEcbRatesFromUrl(
  db: Db,
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FxImportResult> {
  let xml: string;
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok)
      return { ok: false, errors: [{ code: 'fetchFailed', detail: `HTTP ${response.status}` }] };
    xml = await response.text();
  } catch (error) {
    return { ok: false, errors: [{ code: 'fetchFailed', detail: (error as Error).message }] };
  }
  return importEcbRates(db, xml, url);
}
