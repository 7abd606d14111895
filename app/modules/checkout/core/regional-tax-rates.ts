/**
 * Regional sales-tax rates for markets that show prices before tax.
 *
 * US: each state's base (state-level) sales tax rate as published by the state revenue
 * departments, summarised by the Tax Foundation, "State and Local Sales Tax Rates, 2025".
 * This is an APPROXIMATION: local (county, city, district) rates, product taxability rules,
 * economic-nexus thresholds and shipping taxability are ignored. A real service plugs in
 * through the TaxProvider interface.
 *
 * CA: GST plus the provincial sales tax, or the harmonised HST, per the Canada Revenue
 * Agency's GST/HST rate table (2025; Nova Scotia HST 14 % from 1 April 2025).
 */
export const REGIONAL_SOURCE = {
  US: 'Tax Foundation, State and Local Sales Tax Rates 2025 (state base rates only; approximation)',
  CA: 'Canada Revenue Agency, GST/HST and provincial rates 2025',
} as const;

export const US_STATE_RATES: Readonly<Record<string, string>> = {
  AL: '4',
  AK: '0',
  AZ: '5.6',
  AR: '6.5',
  CA: '7.25',
  CO: '2.9',
  CT: '6.35',
  DE: '0',
  DC: '6',
  FL: '6',
  GA: '4',
  HI: '4',
  ID: '6',
  IL: '6.25',
  IN: '7',
  IA: '6',
  KS: '6.5',
  KY: '6',
  LA: '5',
  ME: '5.5',
  MD: '6',
  MA: '6.25',
  MI: '6',
  MN: '6.875',
  MS: '7',
  MO: '4.225',
  MT: '0',
  NE: '5.5',
  NV: '6.85',
  NH: '0',
  NJ: '6.625',
  NM: '4.875',
  NY: '4',
  NC: '4.75',
  ND: '5',
  OH: '5.75',
  OK: '4.5',
  OR: '0',
  PA: '6',
  RI: '7',
  SC: '6',
  SD: '4.2',
  TN: '7',
  TX: '6.25',
  UT: '6.1',
  VT: '6',
  VA: '5.3',
  WA: '6.5',
  WV: '6',
  WI: '5',
  WY: '4',
  PR: '10.5',
};

export const CA_PROVINCE_RATES: Readonly<Record<string, string>> = {
  AB: '5',
  BC: '12',
  MB: '12',
  NB: '15',
  NL: '15',
  NS: '14',
  NT: '5',
  NU: '5',
  ON: '13',
  PE: '15',
  QC: '14.975',
  SK: '11',
  YT: '5',
};

export function regionalRate(country: string, region: string | undefined): string | null {
  if (!region) return null;
  if (country === 'US') return US_STATE_RATES[region] ?? null;
  if (country === 'CA') return CA_PROVINCE_RATES[region] ?? null;
  return null;
}

/**
 * The import VAT/GST rate at the destination's border, where the rule names none. Canada's
 * border collects the HST, and the PST or QST under the provinces' agreements, at the
 * province's combined rate (CBSA D17-1-22; Revenu Québec), else the 5 % GST.
 */
export function importTaxPercent(country: string, region: string | undefined, vatPercent: string | null) {
  if (country === 'CA') return (region && CA_PROVINCE_RATES[region]) || '5';
  return vatPercent;
}
