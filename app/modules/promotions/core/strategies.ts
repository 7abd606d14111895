import { z } from 'zod';
import { PerCurrency } from './per-currency.ts';

/**
 * Conditions and actions are registered strategies stored as `{ code, args }` (Vendure's
 * pattern): each code has a zod schema for its args, which both checks what is stored and
 * drives the admin form. Adding a strategy is adding a schema here and its evaluation in
 * actions.ts; stored promotions never hold code.
 */

/**
 * `meta({ widget })` names the admin control for a value whose JSON type alone does not say it
 * (core/strategy-form.ts reads it from the JSON Schema): the rest of the form follows the types.
 */
const percent = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'percent')
  .refine((p) => Number(p) > 0 && Number(p) <= 100, 'percent')
  .meta({ widget: 'percent' });
const ids = (widget: 'products' | 'collections') =>
  z.array(z.int().positive()).min(1).max(1000).meta({ widget });
const money = PerCurrency.meta({ widget: 'money' });

export const Target = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order') }),
  z.object({ kind: z.literal('products'), productIds: ids('products') }),
  z.object({ kind: z.literal('collections'), collectionIds: ids('collections') }),
]);
export type Target = z.infer<typeof Target>;

export const CONDITIONS = {
  /** The cart's subtotal (after product discounts) reaches an amount set per currency. */
  'minimum-spend': z.object({ amounts: money }).strict(),
  /** The cart holds at least this many items of the target. */
  'minimum-quantity': z.object({ quantity: z.int().min(1).max(10_000), target: Target }).strict(),
} as const;

export const ACTIONS = {
  'percent-off': z.object({ percent, target: Target }).strict(),
  /** An amount per currency: off each matching item, or once off the order. */
  'amount-off': z.object({ amounts: money, target: Target }).strict(),
  /** Spend €50 get €5 off, spend €100 get €15 off: the highest tier met applies. */
  'tiered-spend': z
    .object({
      tiers: z
        .array(z.object({ minimum: money, amount: money }).strict())
        .min(1)
        .max(10),
    })
    .strict(),
  /**
   * Buy `buy` of the target, get `get` more at `percent` off (100: free); repeats, up to `maxUses`.
   * Without a gift the `get` items are more of the target, which the shopper adds; with one they
   * are the gift product, which the cart adds while the shopper qualifies and takes out when they
   * no longer do (checkout/cart-gifts.server.ts).
   */
  'buy-x-get-y': z
    .object({
      buy: z.int().min(1).max(100),
      get: z.int().min(1).max(100),
      percent,
      target: Target,
      maxUses: z.int().min(1).max(1000).nullable(),
      gift: z
        .object({ productId: z.int().positive().meta({ widget: 'product' }) })
        .strict()
        .nullable()
        .default(null),
    })
    .strict(),
  /** These products together, in these quantities, for a fixed price per currency. */
  bundle: z
    .object({
      items: z
        .array(
          z
            .object({
              productId: z.int().positive().meta({ widget: 'product' }),
              quantity: z.int().min(1).max(100),
            })
            .strict(),
        )
        .min(2)
        .max(20),
      price: money,
    })
    .strict(),
  /** Shipping at `percent` off (100: free), to these countries (null: all of the market's). */
  'shipping-off': z
    .object({
      percent,
      countries: z
        .array(z.string().regex(/^[A-Z]{2}$/))
        .min(1)
        .meta({ widget: 'countries' })
        .nullable(),
    })
    .strict(),
} as const;

const strategy = <C extends string, A extends z.ZodType>(code: C, args: A) =>
  z.object({ code: z.literal(code), args }).strict();

export const Condition = z.discriminatedUnion('code', [
  strategy('minimum-spend', CONDITIONS['minimum-spend']),
  strategy('minimum-quantity', CONDITIONS['minimum-quantity']),
]);
export type Condition = z.infer<typeof Condition>;

export const Action = z.discriminatedUnion('code', [
  strategy('percent-off', ACTIONS['percent-off']),
  strategy('amount-off', ACTIONS['amount-off']),
  strategy('tiered-spend', ACTIONS['tiered-spend']),
  strategy('buy-x-get-y', ACTIONS['buy-x-get-y']),
  strategy('bundle', ACTIONS.bundle),
  strategy('shipping-off', ACTIONS['shipping-off']),
]);
export type Action = z.infer<typeof Action>;

/** Product discounts reduce lines, order discounts the order, shipping discounts the shipping. */
export type DiscountClass = 'product' | 'order' | 'shipping';

export function classOf(action: Action): DiscountClass {
  switch (action.code) {
    case 'percent-off':
    case 'amount-off':
      return action.args.target.kind === 'order' ? 'order' : 'product';
    case 'tiered-spend':
      return 'order';
    case 'shipping-off':
      return 'shipping';
    default:
      return 'product';
  }
}
