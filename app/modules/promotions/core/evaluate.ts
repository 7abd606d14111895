import { checkCondition, discountOf, spread, type Base } from './actions.ts';
import type { Applied, EvalInput, Evaluation, LivePromotion, Reason, Rejected } from './promotion.ts';
import { classOf, type DiscountClass } from './strategies.ts';

/**
 * The promotion engine: which promotions apply to a cart, how much each takes off which line,
 * and why each of the others does not. Pure and deterministic; the cart, the checkout, the
 * order and Shopify's discount Function all call it.
 *
 * Combination policy (ADR 0019):
 * - Classes apply in order: product discounts on lines, then order discounts on what is left,
 *   then one shipping discount. Conditions of order and shipping discounts see the subtotal after
 *   the discounts before them.
 * - At most one product discount per line, and one order discount, unless every promotion
 *   involved stacks. An exclusive promotion applies alone.
 * - The store chooses the order: best for the customer (the largest total wins, exclusives
 *   compared with everything else combined) or its own priority (lower first, then id).
 * - A promotion whose discount exceeds its campaign's remaining budget does not apply.
 */

const CLASS_ORDER: readonly DiscountClass[] = ['product', 'order', 'shipping'];

function gate(p: LivePromotion, input: EvalInput): Reason | null {
  if (p.marketIds.length && !p.marketIds.includes(input.marketId)) return { kind: 'not-in-market' };
  if (p.startsAt > input.now) return { kind: 'not-started', startsAt: p.startsAt.toISOString() };
  if (p.endsAt && p.endsAt <= input.now) return { kind: 'ended' };
  if (p.remaining.uses != null && p.remaining.uses <= 0) return { kind: 'usage-limit' };
  if (p.remaining.customerUses != null && p.remaining.customerUses <= 0) return { kind: 'customer-limit' };
  if (p.remaining.budget != null && p.remaining.budget <= 0) return { kind: 'budget' };
  if (p.action.code === 'shipping-off' && input.country && p.action.args.countries) {
    if (!p.action.args.countries.includes(input.country)) return { kind: 'shipping-zone' };
  }
  return null;
}

interface Run {
  applied: Applied[];
  rejected: Rejected[];
  total: number;
}

const rejectedOf = (p: LivePromotion, reason: Reason): Rejected => ({
  promotionId: p.id,
  label: p.label,
  code: p.code,
  reason,
});

/** Applies the promotions in the order given, class by class. */
function run(ordered: readonly LivePromotion[], input: EvalInput, fullBase: Base): Run {
  const { lines, currency } = input;
  // Copied on the first discount that later promotions must see (a run of one never copies:
  // "best for the customer" runs every promotion alone first, and the copy dominated that).
  let base: Record<string, number> = fullBase as Record<string, number>;
  let copied = false;
  let left = ordered.length;
  const claimed = new Map<string, LivePromotion>();
  const applied: Applied[] = [];
  const rejected: Rejected[] = [];
  let exclusive: LivePromotion | null = null;
  let orderDiscount: LivePromotion | null = null;
  let shipping: LivePromotion | null = null;
  for (const cls of CLASS_ORDER) {
    for (const p of ordered.filter((q) => classOf(q.action) === cls)) {
      left--;
      const reject = (reason: Reason) => rejected.push(rejectedOf(p, reason));
      if (exclusive) {
        reject({ kind: 'not-combinable', with: exclusive.label });
        continue;
      }
      if (p.exclusive && applied.length) {
        reject({ kind: 'not-combinable', with: applied[0]!.label });
        continue;
      }
      // Product discounts qualify on the cart as it is; order and shipping ones on what is left.
      const conditionBase = cls === 'product' ? fullBase : base;
      const failed = p.conditions.map((c) => checkCondition(c, lines, conditionBase, currency)).find(Boolean);
      if (failed) {
        reject(failed);
        continue;
      }
      if (cls === 'shipping') {
        if (shipping) reject({ kind: 'not-combinable', with: shipping.label });
        else {
          shipping = p;
          applied.push({
            promotionId: p.id,
            campaignId: p.campaignId,
            label: p.label,
            code: p.code,
            class: cls,
            amount: 0,
            lines: {},
          });
        }
        continue;
      }
      if (cls === 'order' && orderDiscount && !(orderDiscount.stacks && p.stacks)) {
        reject({ kind: 'not-combinable', with: orderDiscount.label });
        continue;
      }
      // A line already discounted by a product promotion is open to another only if both stack.
      let open: Record<string, number> = base;
      let blockedBy: LivePromotion | null = null;
      if (cls === 'product' && claimed.size) {
        open = {};
        for (const l of lines) {
          const owner = claimed.get(l.key);
          if (owner && !(owner.stacks && p.stacks)) blockedBy ??= owner;
          else open[l.key] = base[l.key]!;
        }
      }
      const outcome = discountOf(p.action, lines, open, currency);
      if (!outcome.ok) {
        reject(
          blockedBy && outcome.reason.kind === 'no-eligible-items'
            ? { kind: 'not-combinable', with: blockedBy.label }
            : outcome.reason,
        );
        continue;
      }
      const byLine = cls === 'order' ? spread(outcome.order, lines, base) : outcome.lines;
      const amount = Object.values(byLine).reduce((a, b) => a + b, 0);
      if (amount <= 0) {
        reject(blockedBy ? { kind: 'not-combinable', with: blockedBy.label } : { kind: 'no-eligible-items' });
        continue;
      }
      if (p.remaining.budget != null && amount > p.remaining.budget) {
        reject({ kind: 'budget' });
        continue;
      }
      if (left > 0) {
        if (!copied) {
          base = { ...fullBase };
          copied = true;
        }
        for (const [key, off] of Object.entries(byLine)) {
          base[key] = base[key]! - off;
          if (cls === 'product') claimed.set(key, p);
        }
      }
      if (cls === 'order') orderDiscount = p;
      if (p.exclusive) exclusive = p;
      applied.push({
        promotionId: p.id,
        campaignId: p.campaignId,
        label: p.label,
        code: p.code,
        class: cls,
        amount,
        lines: byLine,
      });
    }
  }
  return { applied, rejected, total: applied.reduce((s, a) => s + a.amount, 0) };
}

const byPriority = (a: LivePromotion, b: LivePromotion) => a.priority - b.priority || a.id - b.id;

export function evaluate(input: EvalInput, promotions: readonly LivePromotion[]): Evaluation {
  const fullBase: Base = Object.fromEntries(input.lines.map((l) => [l.key, l.unitPrice * l.quantity]));
  const entered = new Set(input.codes);
  const rejected: Rejected[] = [];
  const candidates: LivePromotion[] = [];
  for (const p of promotions) {
    if (p.code != null && !entered.has(p.code)) continue;
    const reason = gate(p, input);
    if (reason) rejected.push(rejectedOf(p, reason));
    else candidates.push(p);
  }
  const known = new Set(promotions.map((p) => p.code).filter((c): c is string => c != null));
  for (const code of entered)
    if (!known.has(code))
      rejected.push({ promotionId: 0, label: code, code, reason: { kind: 'unknown-code' } });

  let best: Run;
  if (input.policy === 'priority') best = run([...candidates].sort(byPriority), input, fullBase);
  else {
    // Each promotion alone, largest first; exclusives are weighed against all the others together.
    const alone = new Map(candidates.map((p) => [p.id, run([p], input, fullBase)]));
    const ordered = [...candidates].sort(
      (a, b) => alone.get(b.id)!.total - alone.get(a.id)!.total || byPriority(a, b),
    );
    const options = [
      run(
        ordered.filter((p) => !p.exclusive),
        input,
        fullBase,
      ),
      ...ordered.filter((p) => p.exclusive).map((p) => alone.get(p.id)!),
    ];
    best = options.reduce((a, b) => (b.total > a.total ? b : a));
    const inBest = new Set([...best.applied, ...best.rejected].map((x) => x.promotionId));
    const winner = best.applied[0]?.label ?? '';
    for (const p of ordered) {
      if (inBest.has(p.id)) continue;
      // Left out because another choice gave more, unless it could not apply on its own either.
      const own = alone.get(p.id)!.rejected[0];
      best.rejected.push(own ?? rejectedOf(p, { kind: 'not-combinable', with: winner }));
    }
  }
  const shipping = best.applied.find((a) => a.class === 'shipping');
  const shippingPromotion = shipping ? candidates.find((p) => p.id === shipping.promotionId)! : null;
  const appliedCodes = new Set(best.applied.map((a) => a.code));
  return {
    applied: best.applied,
    rejected: [...rejected, ...best.rejected],
    shipping:
      shipping && shippingPromotion?.action.code === 'shipping-off'
        ? {
            promotionId: shipping.promotionId,
            campaignId: shipping.campaignId,
            label: shipping.label,
            code: shipping.code,
            percent: shippingPromotion.action.args.percent,
          }
        : null,
    codes: [...entered].map((code) => ({ code, applicable: appliedCodes.has(code) })),
  };
}
