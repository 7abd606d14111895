import { z } from 'zod';

/**
 * Import rules as data: what a destination's law says about low-value goods, who collects the
 * tax and when duty is due. A rule is a version with an effective-from date, so a change in the
 * law (the EU's €3 item duty from 1 July 2026) is a new row that takes over on its date, not a
 * deploy; an order records the version that priced it. See docs/decisions/0018-import-rules.md.
 *
 * Amounts are minor units of the rule's currency; they are converted to the order's currency at
 * the order's rate before they are compared (`rulesInCurrency`).
 */

const minor = z.int().min(0).max(1_000_000_000);
const percent = z.string().regex(/^\d{1,2}(\.\d{1,3})?$/);

/** What the shopper is told about charges on delivery (landed-cost.ts). */
export const IMPORT_NOTICES = ['included', 'border-due', 'nothing-due', 'may-be-due'] as const;
export type ImportNotice = (typeof IMPORT_NOTICES)[number];

export const SALE_TAX_SCHEMES = ['IOSS', 'UK_VAT', 'AU_LVG', 'SG_LVG', 'DOMESTIC'] as const;
export type SaleTaxScheme = (typeof SALE_TAX_SCHEMES)[number];

export const ImportRuleTerms = z
  .object({
    /**
     * Which value the thresholds compare: the goods alone (the EU's and the UK's intrinsic value)
     * or the customs value below (goods plus shipping where it is CIF; Japan's personal-use value).
     */
    thresholdValue: z.enum(['goods', 'customs-value']),
    /**
     * The customs value duty and import tax are assessed on: FOB (goods only: US, Canada,
     * Australia), CIF (plus shipping: EU, UK, UAE, Singapore), or Japan's personal-use rule
     * (60 % of the retail price, plus shipping).
     */
    customsValue: z.enum(['fob', 'cif', 'personal-use-60']),
    /**
     * VAT/GST/sales tax the seller charges on the sale itself: always (US sales tax), up to a
     * threshold under a low-value scheme (IOSS, UK, Australia, Singapore), or never (the border
     * collects import tax: Japan, Canada, the UAE, special territories).
     */
    saleTax: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('always') }),
      z.object({ mode: z.literal('up-to'), threshold: minor, scheme: z.enum(SALE_TAX_SCHEMES) }),
      z.object({ mode: z.literal('never') }),
    ]),
    duty: z.object({
      /** No duty at or below this value; null: duty from the first cent (US since 2025, EU since 2026). */
      freeUpTo: minor.nullable(),
      /** A flat duty per distinct tariff subheading (HS6) at or below `upTo`, instead of the tariff (EU 2026). */
      flatPerSubheading: z.object({ amount: minor, upTo: minor }).nullable(),
    }),
    importTax: z.object({
      /** The import VAT/GST rate; null: the destination's standard rate (its province's at Canada's border). */
      percent: percent.nullable(),
      /** No import tax at or below this value (Japan ¥10,000, Canada C$40); null: none free. */
      freeUpTo: minor.nullable(),
      /** Import tax is also due on the duty itself (VAT's taxable amount includes duty). */
      onDuty: z.boolean(),
      /** Shipping is taxed at import even where the customs value leaves it out (Australia's GST). */
      onShipping: z.boolean(),
    }),
    /**
     * Charges at the border the rule does not estimate (octroi de mer, IPSI, a territory's own
     * customs): the shopper is never told there is nothing more to pay.
     */
    unestimated: z.boolean(),
  })
  .strict();
export type ImportRuleTerms = z.infer<typeof ImportRuleTerms>;

export interface ImportRule {
  id: number;
  /** ISO country, or a special territory ("ES-CN": the Canary Islands). */
  destination: string;
  /** Countries the goods ship from that the rule is for (Canada's CUSMA thresholds); null: any origin. */
  origins: readonly string[] | null;
  effectiveFrom: string;
  currency: string;
  terms: ImportRuleTerms;
  sourceUrl: string;
  note: string;
}

/**
 * The rule in force for a shipment on `date` (YYYY-MM-DD): the latest version that has started,
 * preferring one written for the goods' origin over one for any origin. Only approved versions
 * are passed in; a pending one does not price orders.
 */
export function ruleInForce(
  rules: readonly ImportRule[],
  destination: string,
  origin: string,
  date: string,
): ImportRule | null {
  let best: ImportRule | null = null;
  const rank = (r: ImportRule) => (r.origins ? 1 : 0);
  for (const r of rules) {
    if (r.destination !== destination || r.effectiveFrom > date) continue;
    if (r.origins && !r.origins.includes(origin)) continue;
    if (
      !best ||
      rank(r) > rank(best) ||
      (rank(r) === rank(best) &&
        (r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && r.id > best.id)))
    )
      best = r;
  }
  return best;
}

/** The terms with every amount converted by `convert` (into the order's currency). */
export function termsIn(terms: ImportRuleTerms, convert: (amount: number) => number): ImportRuleTerms {
  const c = (a: number | null) => (a == null ? null : convert(a));
  return {
    ...terms,
    saleTax:
      terms.saleTax.mode === 'up-to'
        ? { ...terms.saleTax, threshold: convert(terms.saleTax.threshold) }
        : terms.saleTax,
    duty: {
      freeUpTo: c(terms.duty.freeUpTo),
      flatPerSubheading: terms.duty.flatPerSubheading && {
        amount: convert(terms.duty.flatPerSubheading.amount),
        upTo: convert(terms.duty.flatPerSubheading.upTo),
      },
    },
    importTax: { ...terms.importTax, freeUpTo: c(terms.importTax.freeUpTo) },
  };
}
