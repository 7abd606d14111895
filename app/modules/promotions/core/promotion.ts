import type { Action, Condition, DiscountClass } from './strategies.ts';

/** A promotion as the engine sees it: live data, already loaded for one cart's market and currency. */
export interface LivePromotion {
  id: number;
  campaignId: number;
  /** What the shopper sees: the code, or the automatic promotion's title in their language. */
  label: string;
  /** The normalised code; null for an automatic promotion. */
  code: string | null;
  /** Markets the campaign runs in (empty: every market). */
  marketIds: readonly number[];
  startsAt: Date;
  endsAt: Date | null;
  conditions: readonly Condition[];
  action: Action;
  /** Lower first where the store applies promotions in priority order. */
  priority: number;
  /** Applies alone: no other promotion of any class with it. */
  exclusive: boolean;
  /** Combines with other promotions of its own class (two product discounts on one line). */
  stacks: boolean;
  /** What the campaign has left, in the cart's currency and in uses; null: no limit. */
  remaining: { budget: number | null; uses: number | null; customerUses: number | null };
}

export interface EvalLine {
  key: string;
  productId: number;
  collectionIds: readonly number[];
  /** Minor units of the cart's currency, as the cart prices it. */
  unitPrice: number;
  quantity: number;
}

export interface EvalInput {
  currency: string;
  marketId: number;
  /** The shipping country once checkout knows it (shipping discounts by zone). */
  country: string | null;
  now: Date;
  /** Codes the shopper entered, normalised (codes.ts). */
  codes: readonly string[];
  lines: readonly EvalLine[];
  /** Best for the customer (the largest total discount) or the merchant's priority order. */
  policy: 'best' | 'priority';
}

/** Why a promotion did not apply; the storefront words it in the shopper's language. */
export type Reason =
  | { kind: 'unknown-code' }
  | { kind: 'not-in-market' }
  | { kind: 'not-started'; startsAt: string }
  | { kind: 'ended' }
  | { kind: 'currency'; currency: string }
  | { kind: 'minimum-spend'; required: number; current: number }
  | { kind: 'minimum-quantity'; required: number; current: number }
  | { kind: 'no-eligible-items' }
  | { kind: 'usage-limit' }
  | { kind: 'customer-limit' }
  | { kind: 'budget' }
  | { kind: 'not-combinable'; with: string }
  | { kind: 'shipping-zone' };

export interface Applied {
  promotionId: number;
  campaignId: number;
  label: string;
  code: string | null;
  class: DiscountClass;
  /** Minor units off; for a shipping discount, 0 until the shipping is known. */
  amount: number;
  /** Per line for product discounts. */
  lines: Readonly<Record<string, number>>;
}

export interface Rejected {
  promotionId: number;
  label: string;
  code: string | null;
  reason: Reason;
}

export interface Evaluation {
  applied: Applied[];
  rejected: Rejected[];
  /** The shipping discount that applies once shipping is chosen. */
  shipping: {
    promotionId: number;
    campaignId: number;
    label: string;
    code: string | null;
    percent: string;
  } | null;
  /** Each entered code and whether it applies (the Storefront API's `discountCodes`). */
  codes: { code: string; applicable: boolean }[];
}
