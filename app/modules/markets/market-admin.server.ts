import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { marketCountries, markets } from '#app/db/schema/index.ts';
import { UI_LANGUAGES } from '#app/i18n/config.ts';
import { emitAndWait } from '#app/lib/events.server.ts';
import type { MarketConfig } from './core/market.ts';
import {
  choiceErrors,
  currencyChoices,
  fieldErrors,
  MarketInput,
  roundingFromChoice,
  type MarketChoices,
} from './core/market-input.ts';
import { getMarketConfig, invalidateMarketConfig } from './markets.server.ts';

/** The currencies (with a rate) and the storefront languages a market may use; the form offers exactly these. */
export function marketChoices(config: MarketConfig): MarketChoices {
  return {
    currencies: currencyChoices(config.shopCurrency, Object.keys(config.rates)),
    languages: [...UI_LANGUAGES],
  };
}

export type SaveMarketResult = { ok: true; repriced: number } | { ok: false; errors: Record<string, string> };

/**
 * Validates and saves a market's settings and countries in one transaction, then announces the
 * change (pricing re-prices the market and answers with the rows written). Nothing is written
 * when any field is invalid.
 */
export async function saveMarket(
  db: Db,
  marketId: number,
  form: Record<string, unknown>,
): Promise<SaveMarketResult> {
  const parsed = MarketInput.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const v = parsed.data;
  const config = await getMarketConfig(db);
  const errors: Record<string, string> = choiceErrors(v, marketChoices(config));
  const taken = await db
    .select({ country: marketCountries.countryCode })
    .from(marketCountries)
    .where(and(inArray(marketCountries.countryCode, v.countries), ne(marketCountries.marketId, marketId)));
  if (taken.length) errors.countries = `countryTaken:${taken.map((t) => t.country).join(', ')}`;
  if (Object.keys(errors).length) return { ok: false, errors };
  await db.transaction(async (tx) => {
    await tx
      .update(markets)
      .set({
        name: v.name,
        currency: v.currency,
        languages: v.languages,
        defaultLanguage: v.defaultLanguage,
        taxInclusive: v.taxInclusive,
        enabled: v.enabled,
        adjustmentPercent: v.adjustmentPercent,
        rounding: roundingFromChoice(v.rounding)!,
        marginFloorPercent: v.marginFloorPercent === '' ? null : v.marginFloorPercent,
        compareAtMode: v.compareAtMode,
        incoterm: v.incoterm,
        returnWindowDays: v.returnWindowDays,
        returnShippingFee: v.returnShippingFee,
      })
      .where(eq(markets.id, marketId));
    await tx.delete(marketCountries).where(eq(marketCountries.marketId, marketId));
    await tx
      .insert(marketCountries)
      .values(v.countries.map((countryCode, position) => ({ countryCode, marketId, position })));
  });
  invalidateMarketConfig();
  // Only this market's rows change: its countries and rules are all that was edited.
  const replies = await emitAndWait('markets-changed', { marketIds: [marketId] });
  const repriced = replies.reduce<number>((sum, rows) => sum + (typeof rows === 'number' ? rows : 0), 0);
  return { ok: true, repriced };
}
