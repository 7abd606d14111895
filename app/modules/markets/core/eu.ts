/** EU member states (2026): the EU price-indication rules (Omnibus directive) apply to them. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
]);

/**
 * The EU's 14-day right of withdrawal for distance sales (Directive 2011/83/EU, art. 9): a return
 * window for a market selling into the EU may be longer, never shorter, and within those days
 * only goods the directive exempts (unsealed hygiene goods, personalised goods) may be refused.
 */
export const EU_WITHDRAWAL_DAYS = 14;

/** The shortest return window a market may set: the EU's floor where it sells to a member state. */
export function minimumReturnWindow(countries: readonly string[]): number {
  return countries.some((c) => EU_COUNTRIES.has(c)) ? EU_WITHDRAWAL_DAYS : 0;
}
