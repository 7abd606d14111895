/** Demo markets (issue 2): countries, currency, languages (first is default), gross-price display. */
export interface SeedMarket {
  handle: string;
  name: string;
  countries: string[];
  currency: string;
  languages: string[];
  taxInclusive: boolean;
  primary?: boolean;
}

export const seedMarkets: SeedMarket[] = [
  { handle: 'us', name: 'United States', countries: ['US'], currency: 'USD', languages: ['en'], taxInclusive: false, primary: true },
  { handle: 'gb', name: 'United Kingdom', countries: ['GB'], currency: 'GBP', languages: ['en'], taxInclusive: true },
  { handle: 'de-at', name: 'Germany & Austria', countries: ['DE', 'AT'], currency: 'EUR', languages: ['de'], taxInclusive: true },
  { handle: 'fr', name: 'France', countries: ['FR'], currency: 'EUR', languages: ['fr'], taxInclusive: true },
  { handle: 'es', name: 'Spain', countries: ['ES'], currency: 'EUR', languages: ['es'], taxInclusive: true },
  { handle: 'it', name: 'Italy', countries: ['IT'], currency: 'EUR', languages: ['it'], taxInclusive: true },
  { handle: 'nl', name: 'Netherlands', countries: ['NL'], currency: 'EUR', languages: ['nl'], taxInclusive: true },
  { handle: 'ca', name: 'Canada', countries: ['CA'], currency: 'CAD', languages: ['en', 'fr'], taxInclusive: false },
  { handle: 'au', name: 'Australia', countries: ['AU'], currency: 'AUD', languages: ['en'], taxInclusive: true },
  { handle: 'jp', name: 'Japan', countries: ['JP'], currency: 'JPY', languages: ['ja'], taxInclusive: true },
  { handle: 'ae', name: 'United Arab Emirates', countries: ['AE'], currency: 'AED', languages: ['ar', 'en'], taxInclusive: true },
  { handle: 'sg', name: 'Singapore', countries: ['SG'], currency: 'SGD', languages: ['en', 'zh-CN'], taxInclusive: true },
];

/**
 * Fixed demo FX rates from USD (units per 1 USD), indicative mid-market rates of
 * November 2026. The pricing issue adds dated rate history and ECB import.
 */
export const seedRates: Record<string, string> = {
  GBP: '0.7850', EUR: '0.9210', CAD: '1.3950', AUD: '1.5280', JPY: '151.20', AED: '3.6725', SGD: '1.3380',
};
