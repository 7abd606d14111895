import { money, type Money } from '#app/modules/money/core/money.ts';
import { allocateAdjustments, type Allocation, type CartAdjustment } from './cart-adjustments.ts';
import type { ImportRule } from './import-rules.ts';
import { checkoutTotals, landedCost, type LandedCost } from './landed-cost.ts';
import type { SpecialTerritory } from './special-territories.ts';
import { calculateTax, untaxed, type TaxInput, type TaxResult } from './tax.ts';

/**
 * The one cart price: lines, unit prices, the market's tax rules, adjustments and (once chosen)
 * the delivery → line totals, allocations, subtotal, tax, duties, shipping and total. The
 * Storefront API cart, the checkout (every step, the review) and the quote the order is written
 * from all come from here; nothing else adds up a cart.
 *
 * Rounding, stated once: every amount is an integer of the currency's minor units.
 * - line subtotal = unit price × quantity, exact; line total = subtotal − its allocations;
 *   order adjustments spread by largest remainder, so allocations add up to the adjustment.
 * - tax rounds half away from zero per line and on shipping (tax.ts; once per invoice in Japan);
 *   duty likewise per line, on customs values that are net of tax, with CIF shipping spread by
 *   value; import tax once on the consignment (landed-cost.ts).
 * - where the sale is not taxed (the border taxes the import), the tax inside gross prices comes
 *   out of the lines and the shipping: the shopper is not charged a tax nobody collects.
 * - subtotal, tax, duties and total are exact sums of those parts: nothing rounds twice.
 */

export interface CartLineInput {
  key: string;
  unitPrice: Money;
  quantity: number;
  hsCode: string | null;
}

/** Where the goods go and its standard VAT/GST rate from the markets' table. */
export interface Destination {
  country: string;
  region?: string;
  postalCode?: string;
  /** A part of the country outside its VAT area (the Canary Islands), from the postal code. */
  territory?: SpecialTerritory | null;
  vatPercent: string | null;
}

/** The chosen shipping (as shown: gross where prices include tax) and the customs rules. */
export interface Delivery {
  shipping: Money;
  shipsFrom: string;
  incoterm: 'DDP' | 'DAP';
  dutyRates: Readonly<Record<string, string>>;
  /** The import rule in force, amounts in the cart's currency (import-rules.ts `termsIn`). */
  rule: ImportRule | null;
  /** The import VAT/GST rate when the rule names none. */
  importTaxPercent: string | null;
}

export interface PriceCartInput {
  currency: string;
  /** The market shows gross prices (VAT/GST inside them). */
  taxInclusive: boolean;
  lines: readonly CartLineInput[];
  adjustments: readonly CartAdjustment[];
  /** Unknown before checkout has an address (the Storefront API cart uses the cart's country). */
  destination: Destination | null;
  /** Known once checkout has an address and a shipping choice; needs a destination. */
  delivery: Delivery | null;
  /** Tax from an external TaxProvider for `cartTaxInput(input)`; the built-in table otherwise. */
  tax?: TaxResult;
}

export interface PricedLine {
  key: string;
  quantity: number;
  unitPrice: Money;
  /** unit price × quantity, before adjustments. */
  subtotal: Money;
  allocations: { code: string; amount: Money }[];
  /**
   * What the shopper pays for the line: subtotal − allocations, never negative; less the tax
   * inside a gross price where the sale is not taxed (`CartPrice.taxRemoved`).
   */
  total: Money;
  /** Tax on the line (inside `total` where prices include tax); 0 until the delivery is known. */
  tax: Money;
  /** Duty assessed on the line when collected at checkout (DDP); import VAT on duty is only in `duties`. */
  duty: Money;
}

export interface CartPrice {
  currency: string;
  lines: PricedLine[];
  /** Σ line totals. */
  subtotal: Money;
  /** The chosen shipping; 0 until one is chosen. */
  shipping: Money;
  /** Null while unknown: before the delivery, only the tax inside gross prices is known. */
  tax: Money | null;
  /** The tax is part of subtotal and shipping, not added to them. */
  taxIncluded: boolean;
  /** Duty and import tax collected at checkout (DDP); 0 otherwise. */
  duties: Money;
  /** Duty and import tax the carrier is estimated to collect on delivery (DAP); 0 otherwise. */
  atBorder: Money;
  /** Tax inside gross prices taken out because the sale is not taxed; 0 otherwise. */
  taxRemoved: Money;
  /** subtotal + shipping + tax unless included + duties. */
  total: Money;
  /** The tax and landed-cost detail behind the totals, once the delivery is known. */
  taxDetail: TaxResult | null;
  landed: LandedCost | null;
}

interface LineAmounts {
  key: string;
  quantity: number;
  unitPrice: number;
  subtotal: number;
  allocations: Allocation[];
  total: number;
  hsCode: string | null;
}

function priceLines(input: PriceCartInput): LineAmounts[] {
  const subtotals = input.lines.map((l) => {
    if (l.unitPrice.currencyCode !== input.currency)
      throw new RangeError(
        `Line ${l.key} is priced in ${l.unitPrice.currencyCode}, the cart in ${input.currency}`,
      );
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 0)
      throw new RangeError(`Line ${l.key} has quantity ${l.quantity}`);
    return { key: l.key, amount: l.unitPrice.amount * l.quantity };
  });
  const allocations = allocateAdjustments(subtotals, input.adjustments);
  return input.lines.map((l, i) => {
    const own = allocations.get(l.key) ?? [];
    const subtotal = subtotals[i]!.amount;
    return {
      key: l.key,
      quantity: l.quantity,
      unitPrice: l.unitPrice.amount,
      subtotal,
      allocations: own,
      total: subtotal - own.reduce((s, a) => s + a.amount, 0),
      hsCode: l.hsCode,
    };
  });
}

function taxInputOf(input: PriceCartInput, lines: readonly LineAmounts[], shipping: number): TaxInput | null {
  if (!input.destination) return null;
  return {
    country: input.destination.country,
    region: input.destination.region,
    postalCode: input.destination.postalCode,
    taxInclusive: input.taxInclusive,
    vatPercent: input.destination.vatPercent,
    lines: lines.map((l) => ({ key: l.key, amount: l.total })),
    shipping,
  };
}

/** What a TaxProvider is asked once the delivery is known (null before): the line totals after adjustments. */
export function cartTaxInput(input: PriceCartInput): TaxInput | null {
  return input.delivery ? taxInputOf(input, priceLines(input), input.delivery.shipping.amount) : null;
}

export function priceCart(input: PriceCartInput): CartPrice {
  const { currency, delivery, destination } = input;
  if (delivery && !destination) throw new RangeError('A delivery needs a destination');
  if (delivery && delivery.shipping.currencyCode !== currency)
    throw new RangeError(`Shipping is in ${delivery.shipping.currencyCode}, the cart in ${currency}`);
  const m = (amount: number) => money(amount, currency);
  const lines = priceLines(input);
  const subtotal = lines.reduce((s, l) => s + l.total, 0);
  let taxDetail: TaxResult | null = null;
  let landed: LandedCost | null = null;
  let tax: number | null = null;
  let taxRemoved = 0;
  let totals = { subtotal, shipping: 0, tax: 0, duties: 0, total: subtotal };
  if (delivery && destination) {
    let shipping = delivery.shipping.amount;
    const t = input.tax ?? calculateTax(taxInputOf(input, lines, shipping)!);
    // Customs values are net of tax: where prices include it, the tax inside comes out first.
    const net = (amount: number, taxInside: number) => (t.included ? amount - taxInside : amount);
    landed = landedCost({
      destination: destination.country,
      territory: destination.territory ?? null,
      shipsFrom: delivery.shipsFrom,
      incoterm: delivery.incoterm,
      lines: lines.map((l) => ({
        key: l.key,
        customsValue: net(l.total, t.lines[l.key] ?? 0),
        hsCode: l.hsCode,
      })),
      shipping: net(shipping, t.shipping),
      dutyRates: delivery.dutyRates,
      rule: delivery.rule,
      importTaxPercent: delivery.importTaxPercent,
    });
    taxDetail = t;
    if (!landed.saleTax) {
      if (t.included) {
        taxRemoved = t.total;
        for (const l of lines) l.total -= t.lines[l.key] ?? 0;
        shipping -= t.shipping;
      }
      taxDetail = untaxed(t);
    }
    totals = checkoutTotals(
      lines.reduce((s, l) => s + l.total, 0),
      shipping,
      taxDetail,
      landed,
    );
    tax = totals.tax;
  } else if (destination?.vatPercent && input.taxInclusive) {
    // Before the delivery, the VAT/GST inside gross prices is already known, per line as checkout rounds it.
    tax = calculateTax(taxInputOf(input, lines, 0)!).total;
  }
  const dutyOn = (key: string) => (landed && delivery?.incoterm === 'DDP' ? (landed.dutyLines[key] ?? 0) : 0);
  return {
    currency,
    lines: lines.map((l) => ({
      key: l.key,
      quantity: l.quantity,
      unitPrice: m(l.unitPrice),
      subtotal: m(l.subtotal),
      allocations: l.allocations.map((a) => ({ code: a.code, amount: m(a.amount) })),
      total: m(l.total),
      tax: m(taxDetail?.lines[l.key] ?? 0),
      duty: m(dutyOn(l.key)),
    })),
    subtotal: m(totals.subtotal),
    shipping: m(totals.shipping),
    tax: tax == null ? null : m(tax),
    taxIncluded: taxDetail?.included ?? input.taxInclusive,
    duties: m(totals.duties),
    atBorder: m(landed?.atBorder ?? 0),
    taxRemoved: m(taxRemoved),
    total: m(totals.total),
    taxDetail,
    landed,
  };
}
