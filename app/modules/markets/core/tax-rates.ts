/**
 * Standard VAT/GST rates (percent, as decimal strings) used to show gross prices in
 * tax-inclusive markets. Source: national tax authorities' published standard rates,
 * effective 2026-01-01. The editable, dated rate table arrives with the pricing issue.
 */
export const STANDARD_TAX_RATES: Readonly<Record<string, string>> = {
  AE: '5', AT: '20', AU: '10', BE: '21', CA: '5', CH: '8.1', DE: '19', DK: '25', ES: '21',
  FI: '25.5', FR: '20', GB: '20', IE: '23', IT: '22', JP: '10', NL: '21', NO: '25', NZ: '15',
  PL: '23', PT: '23', SE: '25', SG: '9',
};

export function standardTaxRate(country: string): string | null {
  return STANDARD_TAX_RATES[country] ?? null;
}
