import { amountIn } from './per-currency.ts';
import type { Evaluation, LivePromotion } from './promotion.ts';

/**
 * What the cart can still unlock: for each shipping discount the shopper could get (automatic,
 * or behind a code they entered) and each automatic discount held back only by its minimum
 * spend, how far the cart is from it. The storefront draws these as progress bars ("£12.50 more
 * for free shipping"). Amounts are minor units of the cart's currency.
 */
export interface Goal {
  kind: 'shipping' | 'discount';
  promotionId: number;
  label: string;
  code: string | null;
  /** Shipping discounts: the percentage off shipping (100: free). */
  percent: string | null;
  required: number;
  current: number;
  unlocked: boolean;
}

function minimumOf(p: LivePromotion, currency: string): number | null {
  const c = p.conditions.find((k) => k.code === 'minimum-spend');
  return c ? amountIn(c.args.amounts, currency) : null;
}

export function promotionGoals(
  live: readonly LivePromotion[],
  evaluation: Evaluation,
  currency: string,
): Goal[] {
  const goals: Goal[] = [];
  const byId = new Map(live.map((p) => [p.id, p]));
  const entered = new Set(evaluation.codes.map((c) => c.code));
  for (const a of evaluation.applied) {
    const p = byId.get(a.promotionId);
    const required = p ? minimumOf(p, currency) : null;
    // Only a discount that had a threshold to reach is shown as reached.
    if (!p || required == null || required <= 0) continue;
    goals.push({
      kind: a.class === 'shipping' ? 'shipping' : 'discount',
      promotionId: p.id,
      label: a.label,
      code: a.code,
      percent: p.action.code === 'shipping-off' ? p.action.args.percent : null,
      required,
      current: required,
      unlocked: true,
    });
  }
  for (const r of evaluation.rejected) {
    if (r.reason.kind !== 'minimum-spend') continue;
    const p = byId.get(r.promotionId);
    if (!p || (p.code != null && !entered.has(p.code))) continue;
    const shipping = p.action.code === 'shipping-off';
    // Discounts behind codes already say why in the code's warning; automatic ones and shipping get a bar.
    if (!shipping && p.code != null) continue;
    goals.push({
      kind: shipping ? 'shipping' : 'discount',
      promotionId: p.id,
      label: r.label,
      code: r.code,
      percent: shipping && p.action.code === 'shipping-off' ? p.action.args.percent : null,
      required: r.reason.required,
      current: r.reason.current,
      unlocked: false,
    });
  }
  // The nearest goal of each kind first: what the shopper is closest to is what motivates.
  return goals.sort(
    (a, b) =>
      Number(a.kind !== 'shipping') - Number(b.kind !== 'shipping') ||
      Number(b.unlocked) - Number(a.unlocked) ||
      a.required - a.current - (b.required - b.current),
  );
}
