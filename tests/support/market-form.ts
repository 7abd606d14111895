import type { Market } from '#app/modules/markets/core/market.ts';

/** The admin market form's fields for a market as it is, with some changed (rounding defaults to none). */
export const marketForm = (m: Market, patch: Record<string, string>) => ({
  name: m.name,
  countries: m.countries.join(','),
  currency: m.currency,
  languages: m.languages.join(','),
  defaultLanguage: m.defaultLanguage,
  taxInclusive: String(m.taxInclusive),
  enabled: String(m.enabled),
  adjustmentPercent: String(Number(m.adjustmentPercent)),
  rounding: 'none',
  marginFloorPercent: '',
  compareAtMode: m.compareAtMode,
  incoterm: m.incoterm,
  returnWindowDays: String(m.returnWindowDays),
  returnShippingFee: m.returnShippingFee,
  ...patch,
});
