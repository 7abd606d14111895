import { allocateByWeight } from '#app/modules/money/core/allocate.ts';

/**
 * Price reductions as data, as Medusa's promotions return them (compute-actions): promotion
 * evaluation produces adjustments, `priceCart` applies them, and nothing mutates a total in place.
 * No promotion produces any yet; the cart, checkout and order all pass an empty list.
 */
export interface CartAdjustment {
  /** The promotion or discount code it comes from. */
  code: string;
  /** The line it reduces, or null for the whole order (spread over the lines by value). */
  lineKey: string | null;
  /** Minor units off, in the cart's currency; never negative. */
  amount: number;
}

/** The part of one adjustment that landed on one line (Shopify's discount allocation). */
export interface Allocation {
  code: string;
  amount: number;
}

/**
 * Allocates adjustments to lines. Line adjustments apply first, in order; order adjustments then
 * spread over what is left of each line by largest remainder (money/core/allocate.ts). Neither
 * takes a line below zero: an adjustment larger than what is left allocates only what is left.
 */
export function allocateAdjustments(
  lines: readonly { key: string; amount: number }[],
  adjustments: readonly CartAdjustment[],
): Map<string, Allocation[]> {
  const left = new Map(lines.map((l) => [l.key, l.amount]));
  const out = new Map<string, Allocation[]>(lines.map((l) => [l.key, []]));
  const take = (key: string, code: string, amount: number) => {
    if (amount <= 0) return;
    left.set(key, left.get(key)! - amount);
    out.get(key)!.push({ code, amount });
  };
  for (const a of adjustments) {
    if (!Number.isSafeInteger(a.amount) || a.amount < 0)
      throw new RangeError(`Adjustment ${a.code} must be a non-negative integer, got ${a.amount}`);
  }
  for (const a of adjustments) {
    if (a.lineKey != null && left.has(a.lineKey))
      take(a.lineKey, a.code, Math.min(a.amount, left.get(a.lineKey)!));
  }
  for (const a of adjustments) {
    if (a.lineKey != null) continue;
    const remaining = lines.map((l) => left.get(l.key)!);
    const available = remaining.reduce((s, x) => s + x, 0);
    const shares = allocateByWeight(Math.min(a.amount, available), remaining);
    lines.forEach((l, i) => take(l.key, a.code, shares[i]!));
  }
  return out;
}
