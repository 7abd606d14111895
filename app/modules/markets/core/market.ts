import type { RoundingRule } from '#app/modules/pricing/core/rounding.ts';
import { localePrefix, type Locale } from './locale.ts';

export interface Market {
  id: number;
  handle: string;
  name: string;
  currency: string;
  countries: string[];
  languages: string[];
  defaultLanguage: string;
  taxInclusive: boolean;
  enabled: boolean;
  primary: boolean;
  adjustmentPercent: string;
  rounding: RoundingRule;
  marginFloorPercent: string | null;
  compareAtMode: 'adjust' | 'drop';
  /** Duties: collected at checkout (DDP) or possibly due on delivery (DAP). */
  incoterm: 'DDP' | 'DAP';
  /** Return policy (shown to shoppers and in structured data): days to return, 0 = no returns; who pays return shipping. */
  returnWindowDays: number;
  returnShippingFee: 'free' | 'customer';
}

export interface MarketConfig {
  markets: Market[];
  shopCurrency: string;
  shopLanguage: string;
  /** Current FX rate per currency (units per one shop-currency unit) and its snapshot. */
  rates: Record<string, { value: string; snapshotId: number | null }>;
  /** Standard VAT/GST percent per country (editable table). */
  taxRates: Record<string, string>;
}

/** The default locale has no URL prefix: the primary market's first country and default language. */
export function defaultLocale(config: MarketConfig): Locale {
  const primary = config.markets.find((m) => m.primary && m.enabled) ?? config.markets[0];
  if (!primary) return { language: config.shopLanguage, country: 'US', pathPrefix: '' };
  return { language: primary.defaultLanguage, country: primary.countries[0] ?? 'US', pathPrefix: '' };
}

/** Every storefront locale: each enabled market's countries × its languages. */
export function allLocales(config: MarketConfig): Locale[] {
  const def = defaultLocale(config);
  const out: Locale[] = [];
  for (const market of config.markets) {
    if (!market.enabled) continue;
    for (const country of market.countries) {
      for (const language of market.languages) {
        const isDefault = language === def.language && country === def.country;
        out.push({ language, country, pathPrefix: isDefault ? '' : localePrefix(language, country) });
      }
    }
  }
  return out;
}

export function marketForCountry(config: MarketConfig, country: string): Market | null {
  return config.markets.find((m) => m.enabled && m.countries.includes(country)) ?? null;
}

/**
 * Resolves the locale a request asked for. Like Shopify's @inContext, an unknown
 * country falls back to the primary market, and a language the market does not
 * offer falls back to the market's default language.
 */
export function resolveContext(config: MarketConfig, country?: string | null, language?: string | null) {
  const def = defaultLocale(config);
  const market = (country && marketForCountry(config, country)) || marketForCountry(config, def.country)!;
  const effectiveCountry = country && marketForCountry(config, country) ? country : def.country;
  const effectiveLanguage =
    language && market.languages.includes(language) ? language : market.defaultLanguage;
  return { market, country: effectiveCountry, language: effectiveLanguage };
}
