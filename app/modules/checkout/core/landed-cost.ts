import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';
import type { ImportNotice, ImportRule, SaleTaxScheme } from './import-rules.ts';
import type { SpecialTerritory } from './special-territories.ts';
import { percentOf, type TaxResult } from './tax.ts';

/**
 * Landed cost: who pays what, and where. Pure: the rule arrives with its amounts already in the
 * order's currency (import-rules.ts `termsIn`).
 *
 * - At sale: the VAT/GST/sales tax the seller charges on the sale (domestic, US sales tax, the
 *   low-value schemes: IOSS, UK VAT, Australia's and Singapore's GST on low-value goods).
 * - Import charges: duty, and import tax where the sale is not taxed (or on the duty where it
 *   is). DDP collects them at checkout; DAP leaves them to the carrier at the border, and the
 *   shopper is shown the estimate.
 *
 * Simplifications, stated: one duty rate per destination and HS chapter (no preferential origin
 * rates); the customs value is the goods' net price, plus shipping spread by value where the
 * destination values imports CIF.
 */

export interface DutyLine {
  key: string;
  /** The line's price net of the destination's tax. */
  customsValue: number;
  hsCode: string | null;
}

export interface LandedCostInput {
  destination: string;
  territory: SpecialTerritory | null;
  shipsFrom: string;
  incoterm: 'DDP' | 'DAP';
  lines: DutyLine[];
  /** Shipping net of tax. */
  shipping: number;
  /** Percent per HS chapter ("61"). */
  dutyRates: Readonly<Record<string, string>>;
  /** The rule in force, amounts in the order's currency; null: none known for the destination. */
  rule: ImportRule | null;
  /** The destination's import VAT/GST rate when the rule names none (Canada: the province's at the border). */
  importTaxPercent: string | null;
}

export interface LandedCost {
  ruleId: number | null;
  /** The goods leave the origin's VAT area: the rule decides who taxes them. */
  crossBorder: boolean;
  /** The seller charges VAT/GST/sales tax on the sale itself. */
  saleTax: boolean;
  /** The low-value scheme the sale is taxed under, when it is. */
  lowValueScheme: SaleTaxScheme | null;
  /** The value the rule's thresholds compare (goods or customs value, as the law names it). */
  value: number;
  /** Duty per line as assessed. */
  dutyLines: Record<string, number>;
  duty: number;
  /** Import VAT/GST: on the duty alone when the sale is taxed, else on the customs value and duty. */
  importTax: number;
  /** Collected at checkout (DDP). */
  collected: number;
  /** Estimated to be collected by the carrier on delivery (DAP). */
  atBorder: number;
  /** The border may charge what the rule does not estimate (or no rule is known). */
  unestimated: boolean;
  /**
   * What the shopper is told: charges included (DDP), due on delivery (with the amounts),
   * nothing more to pay, or further charges may be due (not estimated).
   */
  notice: ImportNotice | null;
}

/** The destination's VAT area: a special territory is outside its country's. */
function vatArea(country: string, territory: SpecialTerritory | null): string {
  if (territory) return territory.code;
  return EU_COUNTRIES.has(country) ? 'EU' : country;
}

function customsArea(country: string, territory: SpecialTerritory | null): string {
  if (territory && !territory.euCustoms) return territory.code;
  return EU_COUNTRIES.has(country) || territory?.euCustoms ? 'EU' : country;
}

/** Same customs territory (no duty): one country, or two EU members. */
export function sameCustomsTerritory(
  a: string,
  b: string,
  territory: SpecialTerritory | null = null,
): boolean {
  return customsArea(a, null) === customsArea(b, territory);
}

/** The lines' customs values: net price, plus shipping spread by value (CIF), or Japan's 60 % rule. */
export function customsValues(
  lines: readonly DutyLine[],
  shipping: number,
  basis: 'fob' | 'cif' | 'personal-use-60',
): Record<string, number> {
  const goods = lines.reduce((s, l) => s + l.customsValue, 0);
  const spread = basis === 'fob' ? 0 : shipping;
  let left = spread;
  const out: Record<string, number> = {};
  lines.forEach((l, i) => {
    // The last line takes the remainder, so the shares add up to the shipping exactly.
    const share =
      i === lines.length - 1 ? left : goods > 0 ? Math.floor((spread * l.customsValue) / goods) : 0;
    left -= share;
    const base = basis === 'personal-use-60' ? percentOf(l.customsValue, '60', false) : l.customsValue;
    out[l.key] = base + share;
  });
  return out;
}

/** Tariff subheading (HS6) of a line; a line without a code counts as its own. */
const subheading = (l: DutyLine) => (l.hsCode ? l.hsCode.replace(/\D/g, '').slice(0, 6) : `?${l.key}`);

export function landedCost(input: LandedCostInput): LandedCost {
  const { rule, territory } = input;
  const crossBorder = vatArea(input.shipsFrom, null) !== vatArea(input.destination, territory);
  const crossCustoms = customsArea(input.shipsFrom, null) !== customsArea(input.destination, territory);
  const terms = rule?.terms;
  const goods = input.lines.reduce((s, l) => s + l.customsValue, 0);
  const cv = customsValues(input.lines, input.shipping, terms?.customsValue ?? 'fob');
  const customsTotal = Object.values(cv).reduce((a, b) => a + b, 0);
  const value = terms?.thresholdValue === 'customs-value' ? customsTotal : goods;
  const within = (limit: number | null | undefined) => limit != null && value <= limit;

  const saleTaxTerms = terms?.saleTax;
  const saleTax =
    !crossBorder ||
    !saleTaxTerms ||
    saleTaxTerms.mode === 'always' ||
    (saleTaxTerms.mode === 'up-to' && within(saleTaxTerms.threshold));
  const lowValueScheme =
    crossBorder && saleTax && saleTaxTerms?.mode === 'up-to' ? saleTaxTerms.scheme : null;

  const dutyLines: Record<string, number> = Object.fromEntries(input.lines.map((l) => [l.key, 0]));
  const flat = terms?.duty.flatPerSubheading;
  if (!crossCustoms || within(terms?.duty.freeUpTo)) {
    // No duty: inside one customs territory, or at or below the duty-free value.
  } else if (flat && within(flat.upTo)) {
    // The flat item duty is per distinct subheading; it is shown on the first line of each.
    const seen = new Set<string>();
    for (const l of input.lines) {
      const s = subheading(l);
      if (seen.has(s)) continue;
      seen.add(s);
      dutyLines[l.key] = flat.amount;
    }
  } else {
    for (const l of input.lines) {
      const rate = l.hsCode ? input.dutyRates[l.hsCode.slice(0, 2)] : undefined;
      dutyLines[l.key] = rate ? percentOf(cv[l.key]!, rate, false) : 0;
    }
  }
  const duty = Object.values(dutyLines).reduce((a, b) => a + b, 0);

  const taxPercent = terms?.importTax.percent ?? input.importTaxPercent;
  let importTax = 0;
  if (crossBorder && terms && taxPercent) {
    const onDuty = terms.importTax.onDuty ? duty : 0;
    // One rounding on the whole consignment, as customs assess it (and Japan's per-invoice rule asks).
    if (saleTax) importTax = percentOf(onDuty, taxPercent, false);
    else if (!within(terms.importTax.freeUpTo)) {
      const freight = terms.importTax.onShipping && terms.customsValue === 'fob' ? input.shipping : 0;
      importTax = percentOf(customsTotal + freight + onDuty, taxPercent, false);
    }
  }
  const charges = duty + importTax;
  const collected = input.incoterm === 'DDP' ? charges : 0;
  const atBorder = input.incoterm === 'DAP' ? charges : 0;
  const unestimated = crossBorder && (!terms || terms.unestimated);
  const notice: LandedCost['notice'] = !crossBorder
    ? null
    : unestimated
      ? 'may-be-due'
      : atBorder > 0
        ? 'border-due'
        : collected > 0
          ? 'included'
          : 'nothing-due';
  return {
    ruleId: rule?.id ?? null,
    crossBorder,
    saleTax,
    lowValueScheme,
    value,
    dutyLines,
    duty,
    importTax,
    collected,
    atBorder,
    unestimated,
    notice,
  };
}

export interface CheckoutTotals {
  subtotal: number;
  shipping: number;
  /** Included in subtotal and shipping (tax-inclusive markets), or added on top. */
  tax: number;
  taxIncluded: boolean;
  /** Duty and import tax collected at checkout (DDP). */
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
