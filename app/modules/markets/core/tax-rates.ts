/**
 * Standard VAT/GST rates (percent) effective 2026-01-01, from the national tax
 * authorities. Seed data for the editable tax_rates table (also inserted by migration 0004).
 */
export const STANDARD_TAX_RATES: Readonly<Record<string, string>> = {
  AE: '5',
  AT: '20',
  AU: '10',
  BE: '21',
  CA: '5',
  CH: '8.1',
  DE: '19',
  DK: '25',
  ES: '21',
  FI: '25.5',
  FR: '20',
  GB: '20',
  IE: '23',
  IT: '22',
  JP: '10',
  NL: '21',
  NO: '25',
  NZ: '15',
  PL: '23',
  PT: '23',
  SE: '25',
  SG: '9',
};
