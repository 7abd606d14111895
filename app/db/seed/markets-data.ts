import type { RoundingRule } from '#app/modules/pricing/core/rounding.ts';

/**
 * Demo markets: countries, currency, languages (first is default), gross-price display, and the
 * price rounding a merchant would set, so converted prices read as prices (€54.95, ¥5,780, AED 139)
 * rather than as conversions (€54.37, ¥5,771, AED 138.64).
 */
export interface SeedMarket {
  handle: string;
  name: string;
  countries: string[];
  currency: string;
  languages: string[];
  taxInclusive: boolean;
  primary?: boolean;
  rounding?: RoundingRule;
}

const charm99: RoundingRule = { kind: 'charm', ending: '0.99' };
const charm95: RoundingRule = { kind: 'charm', ending: '0.95' };

export const seedMarkets: SeedMarket[] = [
  {
    handle: 'us',
    name: 'United States',
    countries: ['US'],
    currency: 'USD',
    languages: ['en'],
    taxInclusive: false,
    primary: true,
  },
  {
    handle: 'gb',
    name: 'United Kingdom',
    countries: ['GB'],
    currency: 'GBP',
    languages: ['en'],
    taxInclusive: true,
    rounding: charm99,
  },
  {
    handle: 'de-at',
    name: 'Germany & Austria',
    countries: ['DE', 'AT'],
    currency: 'EUR',
    languages: ['de'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'fr',
    name: 'France',
    countries: ['FR'],
    currency: 'EUR',
    languages: ['fr'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'es',
    name: 'Spain',
    countries: ['ES'],
    currency: 'EUR',
    languages: ['es'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'it',
    name: 'Italy',
    countries: ['IT'],
    currency: 'EUR',
    languages: ['it'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'nl',
    name: 'Netherlands',
    countries: ['NL'],
    currency: 'EUR',
    languages: ['nl'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'ca',
    name: 'Canada',
    countries: ['CA'],
    currency: 'CAD',
    languages: ['en', 'fr'],
    taxInclusive: false,
    rounding: charm99,
  },
  {
    handle: 'au',
    name: 'Australia',
    countries: ['AU'],
    currency: 'AUD',
    languages: ['en'],
    taxInclusive: true,
    rounding: charm95,
  },
  {
    handle: 'jp',
    name: 'Japan',
    countries: ['JP'],
    currency: 'JPY',
    languages: ['ja'],
    taxInclusive: true,
    rounding: { kind: 'step', mode: 'up', step: '10' },
  },
  {
    handle: 'ae',
    name: 'United Arab Emirates',
    countries: ['AE'],
    currency: 'AED',
    languages: ['ar', 'en'],
    taxInclusive: true,
    rounding: { kind: 'step', mode: 'up', step: '1' },
  },
  {
    handle: 'sg',
    name: 'Singapore',
    countries: ['SG'],
    currency: 'SGD',
    languages: ['en', 'zh-CN'],
    taxInclusive: true,
    rounding: charm95,
  },
];

/**
 * Fixed demo FX rates from USD (units per 1 USD), indicative mid-market rates of
 * November 2026. The pricing issue adds dated rate history and ECB import.
 */
export const seedRates: Record<string, string> = {
  GBP: '0.7850',
  EUR: '0.9210',
  CAD: '1.3950',
  AUD: '1.5280',
  JPY: '151.20',
  AED: '3.6725',
  SGD: '1.3380',
};
