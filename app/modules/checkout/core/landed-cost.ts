import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';
import { percentOf, type TaxResult } from './tax.ts';

/**
 * Import duties and the low-value VAT schemes for a cross-border order (landed cost).
 * Pure: thresholds arrive already converted into the order's currency.
 *
 * Simplifications, stated: one duty rate per destination and HS chapter (no preferential
 * origin rates); customs value is the goods' net price, plus shipping where the destination
 * values imports CIF (EU, UK, Japan, Singapore, UAE) rather than FOB (US, Canada, Australia).
 */

export interface DutyLine {
  key: string;
  customsValue: number;
  hsCode: string | null;
}

export interface DeMinimis {
  /** No duty when the goods' value is at or below this; null: duty is always due (US since 2025). */
  dutyThreshold: number | null;
  /** Low-value goods whose VAT is charged at sale (EU IOSS, UK), at or below this value. */
  vatThreshold: number | null;
  vatAtSale: boolean;
}

export interface LandedCostInput {
  destination: string;
  shipsFrom: string;
  incoterm: 'DDP' | 'DAP';
  lines: DutyLine[];
  /** Shipping net of tax, for CIF valuation. */
  shipping: number;
  /** Percent per HS chapter ("61"). */
  dutyRates: Readonly<Record<string, string>>;
  deMinimis: DeMinimis | null;
  /** Import VAT/GST is also due on the duty itself (DDP collects it). */
  vatPercent: string | null;
}

export type LowValueScheme = 'IOSS' | 'UK_VAT';

export interface LandedCost {
  /** The shipment crosses a customs border and is over the duty threshold. */
  dutiable: boolean;
  /** Duty per line as assessed (collected only under DDP). */
  dutyLines: Record<string, number>;
  /** Duties plus import VAT on them, collected at checkout (DDP), else 0. */
  collected: number;
  assessed: number;
  lowValueScheme: LowValueScheme | null;
  /** What the shopper is told: duties included (DDP), or charges may be due on delivery (DAP). */
  notice: 'ddp-included' | 'dap-may-be-due' | null;
}

const FOB_DESTINATIONS = new Set(['US', 'CA', 'AU']);

export function sameCustomsTerritory(a: string, b: string): boolean {
  return a === b || (EU_COUNTRIES.has(a) && EU_COUNTRIES.has(b));
}

/** Customs value of the goods; EU/UK thresholds are on the intrinsic value (goods only). */
export function goodsValue(lines: readonly DutyLine[]): number {
  return lines.reduce((sum, l) => sum + l.customsValue, 0);
}

export function landedCost(input: LandedCostInput): LandedCost {
  const goods = goodsValue(input.lines);
  const rule = input.deMinimis;
  const domestic = sameCustomsTerritory(input.shipsFrom, input.destination);
  const lowValue = !domestic && rule?.vatAtSale && rule.vatThreshold != null && goods <= rule.vatThreshold;
  const lowValueScheme: LowValueScheme | null = !lowValue
    ? null
    : EU_COUNTRIES.has(input.destination)
      ? 'IOSS'
      : input.destination === 'GB'
        ? 'UK_VAT'
        : null;
  const overThreshold = rule == null || rule.dutyThreshold == null || goods > rule.dutyThreshold;
  const dutiable = !domestic && overThreshold;
  const dutyLines: Record<string, number> = {};
  let assessed = 0;
  if (dutiable) {
    // CIF: shipping is spread over the lines by value; the last line takes the remainder.
    const cif = !FOB_DESTINATIONS.has(input.destination);
    let shippingLeft = cif ? input.shipping : 0;
    input.lines.forEach((l, i) => {
      const share = !cif
        ? 0
        : i === input.lines.length - 1
          ? shippingLeft
          : goods > 0
            ? Math.floor((input.shipping * l.customsValue) / goods)
            : 0;
      shippingLeft -= share;
      const rate = l.hsCode ? input.dutyRates[l.hsCode.slice(0, 2)] : undefined;
      dutyLines[l.key] = rate ? percentOf(l.customsValue + share, rate, false) : 0;
      assessed += dutyLines[l.key]!;
    });
  } else {
    for (const l of input.lines) dutyLines[l.key] = 0;
  }
  const importVatOnDuty =
    input.vatPercent && input.destination !== 'US' ? percentOf(assessed, input.vatPercent, false) : 0;
  const collected = input.incoterm === 'DDP' ? assessed + importVatOnDuty : 0;
  const notice =
    !dutiable || assessed === 0 ? null : input.incoterm === 'DDP' ? 'ddp-included' : 'dap-may-be-due';
  return { dutiable, dutyLines, collected, assessed, lowValueScheme, notice };
}

export interface CheckoutTotals {
  subtotal: number;
  shipping: number;
  /** Included in subtotal and shipping (tax-inclusive markets), or added on top. */
  tax: number;
  taxIncluded: boolean;
  duties: number;
  total: number;
}

/** What the review step shows and the payment charges: items, shipping, tax, duties, total. */
export function checkoutTotals(
  subtotal: number,
  shipping: number,
  tax: TaxResult,
  landed: LandedCost,
): CheckoutTotals {
  const total = subtotal + shipping + (tax.included ? 0 : tax.total) + landed.collected;
  return { subtotal, shipping, tax: tax.total, taxIncluded: tax.included, duties: landed.collected, total };
}
