import { divRoundHalfAwayFromZero, parseDecimal, pow10 } from '#app/modules/money/core/decimal.ts';
import { allocateByWeight } from '#app/modules/money/core/allocate.ts';
import { regionalRate } from './regional-tax-rates.ts';

/**
 * Destination-based tax. `TaxProvider` is the seam for a real service (Stripe Tax, Avalara);
 * `builtInTaxProvider` uses the markets' VAT/GST table and the regional table for the US
 * and Canada. Amounts are minor units; every percentage rounds half away from zero per line.
 */

export interface TaxInput {
  country: string;
  region?: string;
  /** The destination's postal code, for providers with rates finer than a region (US ZIP rates). */
  postalCode?: string;
  /** The market shows gross prices: amounts below already include the tax. */
  taxInclusive: boolean;
  /** The destination's standard VAT/GST rate from the markets' table, if it has one. */
  vatPercent: string | null;
  lines: { key: string; amount: number }[];
  shipping: number;
}

export type TaxKind = 'vat' | 'gst' | 'salesTax' | 'none';

export interface TaxResult {
  lines: Record<string, number>;
  shipping: number;
  total: number;
  /** The tax is part of the amounts (shown as "including"), not added to them. */
  included: boolean;
  ratePercent: string;
  kind: TaxKind;
  /** Computed from a simplified table (US state base rates). */
  approximate: boolean;
}

export interface TaxProvider {
  readonly name: string;
  calculate(input: TaxInput): Promise<TaxResult>;
}

/** amount × p / 100, or the tax inside a gross amount: amount × p / (100 + p). */
export function percentOf(amount: number, percent: string, inclusive: boolean): number {
  const p = parseDecimal(percent);
  const hundred = 100n * pow10(p.scale);
  const denominator = inclusive ? hundred + p.units : hundred;
  return Number(divRoundHalfAwayFromZero(BigInt(amount) * p.units, denominator));
}

const GST_COUNTRIES = new Set(['AU', 'CA', 'NZ', 'SG', 'IN']);

/**
 * Japan's qualified-invoice rules allow one rounding per invoice per rate, not per line
 * (National Tax Agency, invoice Q&A 46): the tax is taken once on the sum, then shared out by
 * largest remainder so the lines add up to it.
 */
const INVOICE_ROUNDING: ReadonlySet<string> = new Set(['JP']);

function perInvoice(
  lines: TaxInput['lines'],
  shipping: number,
  rate: string,
  inclusive: boolean,
): { lines: Record<string, number>; shipping: number } {
  const weights = [...lines.map((l) => l.amount), shipping];
  const total = percentOf(
    weights.reduce((a, b) => a + b, 0),
    rate,
    inclusive,
  );
  const shares = allocateByWeight(total, weights);
  return {
    lines: Object.fromEntries(lines.map((l, i) => [l.key, shares[i]!])),
    shipping: shares[lines.length]!,
  };
}

/** A tax result with nothing charged: the sale is not taxed (the border taxes the import). */
export function untaxed(result: TaxResult): TaxResult {
  return {
    ...result,
    lines: Object.fromEntries(Object.keys(result.lines).map((k) => [k, 0])),
    shipping: 0,
    total: 0,
    kind: 'none',
    approximate: false,
  };
}

export function calculateTax(input: TaxInput): TaxResult {
  const regional = input.taxInclusive ? null : regionalRate(input.country, input.region);
  const rate = regional ?? input.vatPercent;
  const kind: TaxKind =
    !rate || Number(rate) === 0
      ? 'none'
      : input.country === 'US'
        ? 'salesTax'
        : GST_COUNTRIES.has(input.country)
          ? 'gst'
          : 'vat';
  if (!rate)
    return {
      lines: Object.fromEntries(input.lines.map((l) => [l.key, 0])),
      shipping: 0,
      total: 0,
      included: input.taxInclusive,
      ratePercent: '0',
      kind,
      approximate: false,
    };
  // US sales tax on shipping varies by state; the approximation leaves shipping untaxed there.
  const taxedShipping = input.country === 'US' ? 0 : input.shipping;
  const { lines, shipping } = INVOICE_ROUNDING.has(input.country)
    ? perInvoice(input.lines, taxedShipping, rate, input.taxInclusive)
    : {
        lines: Object.fromEntries(
          input.lines.map((l) => [l.key, percentOf(l.amount, rate, input.taxInclusive)]),
        ),
        shipping: percentOf(taxedShipping, rate, input.taxInclusive),
      };
  const total = Object.values(lines).reduce((a, b) => a + b, 0) + shipping;
  return {
    lines,
    shipping,
    total,
    included: input.taxInclusive,
    ratePercent: rate,
    kind,
    approximate: input.country === 'US',
  };
}

export const builtInTaxProvider: TaxProvider = {
  name: 'built-in',
  calculate: async (input) => calculateTax(input),
};
