import { z } from 'zod';
import { parseCsvRecords } from '#app/lib/csv.ts';
import { calculateTax, percentOf, type TaxInput, type TaxProvider, type TaxResult } from './tax.ts';

/**
 * US sales tax from a published ZIP-level rate table: Avalara's free "Tax rates by ZIP code" CSV
 * (one file per state, https://www.avalara.com/taxrates/en/download-tax-tables.html). A ZIP's
 * combined rate is an estimate (a ZIP can span jurisdictions), but it is far closer than the state
 * base rate `calculateTax` falls back to. Product taxability (food, clothing) is not modelled.
 */

export const RATE_TABLE_HEADER = [
  'State',
  'ZipCode',
  'TaxRegionName',
  'EstimatedCombinedRate',
  'StateRate',
  'EstimatedCountyRate',
  'EstimatedCityRate',
  'EstimatedSpecialRate',
  'RiskLevel',
] as const;

export interface ZipRate {
  state: string;
  region: string;
  /** The combined rate as an exact percent string ("9.25"), ready for `percentOf`. */
  percent: string;
}

export interface RateTable {
  byZip: Map<string, ZipRate>;
}

// A fraction 0 ≤ r < 1 with at most six decimals: the file's own precision ("0.092500").
const fraction = z.string().regex(/^0(\.\d{1,6})?$/, 'a rate fraction 0 ≤ r < 1 with at most 6 decimals');

const RateRow = z.object({
  State: z.string().regex(/^[A-Z]{2}$/, 'a 2-letter state code'),
  ZipCode: z.string().regex(/^\d{5}$/, 'a 5-digit ZIP code'),
  TaxRegionName: z.string(),
  EstimatedCombinedRate: fraction,
  StateRate: fraction,
  EstimatedCountyRate: fraction,
  EstimatedCityRate: fraction,
  EstimatedSpecialRate: fraction,
  RiskLevel: z.string(),
});

/** "0.092500" → "9.25", "0.06" → "6", "0" → "0": moves the point two places as text, no floats. */
export function fractionToPercent(text: string): string {
  const digits = (text.split('.')[1] ?? '').padEnd(6, '0');
  const whole = String(Number(digits.slice(0, 2)));
  const decimals = digits.slice(2).replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

/** Parses the CSV; a wrong header or any bad row throws a RangeError naming its line (the header is line 1). */
export function parseRateTable(csvText: string): RateTable {
  const [header, ...rows] = parseCsvRecords(csvText).records;
  if (header?.cells.join(',') !== RATE_TABLE_HEADER.join(','))
    throw new RangeError(`Rate table header must be "${RATE_TABLE_HEADER.join(',')}"`);
  const byZip = new Map<string, ZipRate>();
  const lineOf = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.length !== RATE_TABLE_HEADER.length)
      throw new RangeError(
        `Rate table line ${line}: expected ${RATE_TABLE_HEADER.length} columns, got ${cells.length}`,
      );
    const parsed = RateRow.safeParse(
      Object.fromEntries(RATE_TABLE_HEADER.map((name, i) => [name, cells[i]])),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new RangeError(`Rate table line ${line}: ${String(issue.path[0])} must be ${issue.message}`);
    }
    const row = parsed.data;
    // Two rows for one ZIP would make the lookup depend on row order: refuse rather than guess.
    const earlier = lineOf.get(row.ZipCode);
    if (earlier !== undefined)
      throw new RangeError(`Rate table line ${line}: ZIP ${row.ZipCode} is already on line ${earlier}`);
    lineOf.set(row.ZipCode, line);
    byZip.set(row.ZipCode, {
      state: row.State,
      region: row.TaxRegionName,
      percent: fractionToPercent(row.EstimatedCombinedRate),
    });
  }
  return { byZip };
}

export type ShippingTaxability = 'taxable' | 'exempt' | 'exempt-if-separately-stated';

/**
 * Whether a separately stated charge for delivery by common carrier is taxed, per state.
 * Source: TaxJar, "Is shipping taxable?" (https://www.taxjar.com/sales-tax/sales-tax-and-shipping,
 * last updated October 2023), which already reflects Kansas (separately stated delivery excluded
 * from 1 July 2023, K.S.A. 79-3602(ll), KDOR Notice 23-02) and Michigan (exempt from 26 April 2023,
 * Public Acts 20 and 21 of 2023). Two states differ from TaxJar's list for this checkout: Illinois
 * (86 Ill. Adm. Code 130.415; Kean v. Wal-Mart, 2009) and Florida (Fla. Admin. Code 12A-1.045(3))
 * tax separately stated shipping unless the buyer can avoid it by picking up, and Meridian offers no
 * pickup. States with no statewide sales tax are 'exempt'. Handling fees are taxable in several of
 * the exempt states; the checkout charges none.
 */
export const SHIPPING_TAXABILITY: Readonly<Record<string, ShippingTaxability>> = {
  AL: 'exempt-if-separately-stated',
  AK: 'exempt',
  AZ: 'exempt-if-separately-stated',
  AR: 'taxable',
  CA: 'exempt-if-separately-stated',
  CO: 'exempt-if-separately-stated',
  CT: 'taxable',
  DE: 'exempt',
  DC: 'taxable',
  FL: 'taxable',
  GA: 'taxable',
  HI: 'taxable',
  ID: 'exempt-if-separately-stated',
  IL: 'taxable',
  IN: 'taxable',
  IA: 'exempt-if-separately-stated',
  KS: 'exempt-if-separately-stated',
  KY: 'taxable',
  LA: 'exempt-if-separately-stated',
  ME: 'exempt-if-separately-stated',
  MD: 'exempt-if-separately-stated',
  MA: 'exempt-if-separately-stated',
  MI: 'exempt-if-separately-stated',
  MN: 'taxable',
  MS: 'taxable',
  MO: 'exempt-if-separately-stated',
  MT: 'exempt',
  NE: 'taxable',
  NV: 'exempt-if-separately-stated',
  NH: 'exempt',
  NJ: 'taxable',
  NM: 'taxable',
  NY: 'taxable',
  NC: 'taxable',
  ND: 'taxable',
  OH: 'taxable',
  OK: 'exempt-if-separately-stated',
  OR: 'exempt',
  PA: 'taxable',
  RI: 'taxable',
  SC: 'taxable',
  SD: 'taxable',
  TN: 'taxable',
  TX: 'taxable',
  UT: 'exempt-if-separately-stated',
  VT: 'taxable',
  VA: 'exempt-if-separately-stated',
  WA: 'taxable',
  WV: 'taxable',
  WI: 'taxable',
  WY: 'exempt-if-separately-stated',
};

/** "98101" and "98101-1234" (or "981011234") → "98101"; anything else → null. */
function zip5(postalCode: string | undefined): string | null {
  return /^(\d{5})(?:-?\d{4})?$/.exec(postalCode?.trim() ?? '')?.[1] ?? null;
}

/**
 * A `TaxProvider` for US destinations found in the table; everything else (other countries,
 * tax-inclusive prices, an unknown ZIP, a ZIP in another state than the address's) gets the
 * built-in `calculateTax`, which never throws. `shippingTaxability` overrides states of the default.
 */
export function rateTableTaxProvider(
  table: RateTable,
  options: { shippingTaxability?: Readonly<Record<string, ShippingTaxability>> } = {},
): TaxProvider {
  const shippingRules = { ...SHIPPING_TAXABILITY, ...options.shippingTaxability };
  const calculate = (input: TaxInput): TaxResult => {
    if (input.country !== 'US' || input.taxInclusive) return calculateTax(input);
    const zip = zip5(input.postalCode);
    const rate = zip === null ? undefined : table.byZip.get(zip);
    // A state that disagrees with the ZIP means a mistyped address; the state's base rate is the safer guess.
    if (!rate || (input.region && input.region.toUpperCase() !== rate.state)) return calculateTax(input);
    const lines = Object.fromEntries(
      input.lines.map((l) => [l.key, percentOf(l.amount, rate.percent, false)]),
    );
    // The checkout always states shipping on its own line, so only 'taxable' states tax it; a state
    // missing from the rules (a territory) is taxed rather than silently under-collected.
    const shippingTaxed = (shippingRules[rate.state] ?? 'taxable') === 'taxable';
    const shipping = shippingTaxed ? percentOf(input.shipping, rate.percent, false) : 0;
    return {
      lines,
      shipping,
      total: Object.values(lines).reduce((a, b) => a + b, 0) + shipping,
      included: false,
      ratePercent: rate.percent,
      kind: rate.percent === '0' ? 'none' : 'salesTax',
      approximate: false,
    };
  };
  return { name: 'rate-table', calculate: async (input) => calculate(input) };
}
