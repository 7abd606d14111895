import { fromDecimalString } from '#app/modules/money/core/money.ts';
import { normaliseCode } from '#app/modules/promotions/core/codes.ts';
import { evaluate } from '#app/modules/promotions/core/evaluate.ts';
import type { Evaluation, LivePromotion } from '#app/modules/promotions/core/promotion.ts';
import { Action, Condition } from '#app/modules/promotions/core/strategies.ts';

/**
 * The Function's input, as its input queries select it, turned into the standalone engine's
 * cart, and evaluated by the same code (app/modules/promotions/core). The campaign travels in
 * the discount's metafield (`$app:meridian.promotions`), written by the admin when it syncs a
 * campaign to Shopify.
 *
 * What the Function cannot see, stated: budgets and use limits (Shopify's own usage limits on
 * the discount apply instead), collections (the admin writes product ids), and the time of day
 * (windows are checked on the shop's local date).
 */

export interface FunctionLine {
  id: string;
  quantity: number;
  cost: { amountPerQuantity: { amount: string; currencyCode: string } };
  merchandise: { __typename: string; id?: string; product?: { id: string } };
}

export interface FunctionInput {
  cart: { lines: FunctionLine[] };
  localization: { country: { isoCode: string }; market: { handle: string } };
  shop: { localTime: { date: string } };
  enteredDiscountCodes: { code: string; rejectable: boolean }[];
  discount: { discountClasses: string[]; metafield: { jsonValue: unknown } | null };
}

/** A promotion as the admin writes it into the metafield. */
interface ConfiguredPromotion {
  id: number;
  campaignId: number;
  label: string;
  code: string | null;
  /** Shopify market handles; empty: every market. */
  markets: string[];
  startsAt: string;
  endsAt: string | null;
  conditions: unknown[];
  action: unknown;
  priority: number;
  exclusive: boolean;
  stacks: boolean;
}

interface Config {
  policy: 'best' | 'priority';
  promotions: ConfiguredPromotion[];
}

const numericId = (gid: string) => Number(gid.slice(gid.lastIndexOf('/') + 1));

/** Shopify writes decimals with trailing zeros ("1500.0" yen): drop them, then read exact minor units. */
export const minorUnits = (amount: string, currency: string) =>
  fromDecimalString(amount.includes('.') ? amount.replace(/\.?0+$/, '') : amount, currency).amount;

export function evaluateInput(input: FunctionInput): {
  evaluation: Evaluation;
  currency: string;
  /** The code as the shopper typed it, by its normalised form: Shopify accepts codes as entered. */
  entered: Map<string, string>;
} {
  const config = (input.discount.metafield?.jsonValue ?? { policy: 'best', promotions: [] }) as Config;
  const lines = input.cart.lines.filter(
    (l) => l.merchandise.__typename === 'ProductVariant' && l.merchandise.product,
  );
  const currency = lines[0]?.cost.amountPerQuantity.currencyCode ?? 'USD';
  const market = input.localization.market.handle;
  const promotions: LivePromotion[] = config.promotions.map((p) => ({
    id: p.id,
    campaignId: p.campaignId,
    label: p.label,
    code: p.code ? normaliseCode(p.code) : null,
    // The engine keys markets by id; here a promotion is either for this market (any) or not (none).
    marketIds: p.markets.length === 0 || p.markets.includes(market) ? [] : [-1],
    startsAt: new Date(p.startsAt),
    endsAt: p.endsAt ? new Date(p.endsAt) : null,
    conditions: p.conditions.map((c) => Condition.parse(c)),
    action: Action.parse(p.action),
    priority: p.priority,
    exclusive: p.exclusive,
    stacks: p.stacks,
    remaining: { budget: null, uses: null, customerUses: null },
  }));
  const evaluation = evaluate(
    {
      currency,
      marketId: 0,
      country: input.localization.country.isoCode,
      // Midday on the shop's local date: the Function knows the date, not the hour.
      now: new Date(`${input.shop.localTime.date}T12:00:00Z`),
      codes: input.enteredDiscountCodes.map((c) => normaliseCode(c.code)),
      policy: config.policy,
      lines: lines.map((l) => ({
        key: l.id,
        productId: numericId(l.merchandise.product!.id),
        collectionIds: [],
        unitPrice: minorUnits(l.cost.amountPerQuantity.amount, currency),
        quantity: l.quantity,
      })),
    },
    promotions,
  );
  const entered = new Map(input.enteredDiscountCodes.map((c) => [normaliseCode(c.code), c.code]));
  return { evaluation, currency, entered };
}
