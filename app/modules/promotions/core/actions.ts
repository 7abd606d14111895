import { percentOf } from '#app/modules/checkout/core/tax.ts';
import { allocateByWeight } from '#app/modules/money/core/allocate.ts';
import { amountIn } from './per-currency.ts';
import type { EvalLine, Reason } from './promotion.ts';
import type { Action, Condition, Target } from './strategies.ts';

/**
 * What one action takes off, and whether one condition holds, on the amounts still payable
 * per line (`base`). Rounding, stated once: a percentage rounds half away from zero per line
 * (or once on the order); an amount spread over lines goes by largest remainder, so the parts
 * add up to it exactly; nothing takes a line below zero.
 */

export type Base = Readonly<Record<string, number>>;
export type Outcome =
  { ok: true; lines: Record<string, number>; order: number } | { ok: false; reason: Reason };

export function matches(target: Target, line: EvalLine): boolean {
  if (target.kind === 'order') return true;
  if (target.kind === 'products') return target.productIds.includes(line.productId);
  return line.collectionIds.some((c) => target.collectionIds.includes(c));
}

const total = (base: Base) => Object.values(base).reduce((a, b) => a + b, 0);
const noItems: Outcome = { ok: false, reason: { kind: 'no-eligible-items' } };

/** Spreads `amount` over lines by what is left of each, never more than a line has. */
export function spread(amount: number, lines: readonly EvalLine[], base: Base): Record<string, number> {
  const weights = lines.map((l) => base[l.key] ?? 0);
  const shares = allocateByWeight(
    Math.min(
      amount,
      weights.reduce((a, b) => a + b, 0),
    ),
    weights,
  );
  return Object.fromEntries(lines.map((l, i) => [l.key, shares[i]!]).filter(([, v]) => (v as number) > 0));
}

export function checkCondition(
  condition: Condition,
  lines: readonly EvalLine[],
  base: Base,
  currency: string,
): Reason | null {
  if (condition.code === 'minimum-spend') {
    const required = amountIn(condition.args.amounts, currency);
    if (required == null) return { kind: 'currency', currency };
    const current = total(base);
    return current >= required ? null : { kind: 'minimum-spend', required, current };
  }
  const current = lines.filter((l) => matches(condition.args.target, l)).reduce((s, l) => s + l.quantity, 0);
  const required = condition.args.quantity;
  return current >= required ? null : { kind: 'minimum-quantity', required, current };
}

export function discountOf(
  action: Action,
  lines: readonly EvalLine[],
  base: Base,
  currency: string,
): Outcome {
  switch (action.code) {
    case 'percent-off': {
      const { percent, target } = action.args;
      if (target.kind === 'order')
        return { ok: true, lines: {}, order: percentOf(total(base), percent, false) };
      const hit = lines.filter((l) => matches(target, l) && (base[l.key] ?? 0) > 0);
      if (!hit.length) return noItems;
      return {
        ok: true,
        order: 0,
        lines: Object.fromEntries(hit.map((l) => [l.key, percentOf(base[l.key]!, percent, false)])),
      };
    }
    case 'amount-off': {
      const amount = amountIn(action.args.amounts, currency);
      if (amount == null) return { ok: false, reason: { kind: 'currency', currency } };
      const { target } = action.args;
      if (target.kind === 'order') return { ok: true, lines: {}, order: Math.min(amount, total(base)) };
      const hit = lines.filter((l) => matches(target, l) && (base[l.key] ?? 0) > 0);
      if (!hit.length) return noItems;
      return {
        ok: true,
        order: 0,
        lines: Object.fromEntries(hit.map((l) => [l.key, Math.min(amount * l.quantity, base[l.key]!)])),
      };
    }
    case 'tiered-spend': {
      const tiers = action.args.tiers
        .map((t) => ({ minimum: amountIn(t.minimum, currency), amount: amountIn(t.amount, currency) }))
        .filter((t): t is { minimum: number; amount: number } => t.minimum != null && t.amount != null)
        .sort((a, b) => b.minimum - a.minimum);
      if (!tiers.length) return { ok: false, reason: { kind: 'currency', currency } };
      const current = total(base);
      const met = tiers.find((t) => t.minimum <= current);
      if (!met)
        return { ok: false, reason: { kind: 'minimum-spend', required: tiers.at(-1)!.minimum, current } };
      return { ok: true, lines: {}, order: Math.min(met.amount, current) };
    }
    case 'buy-x-get-y':
      return buyXGetY(action.args, lines, base);
    case 'bundle':
      return bundle(action.args, lines, base, currency);
    case 'shipping-off':
      return { ok: true, lines: {}, order: 0 };
  }
}

export type Args<C extends Action['code']> = Extract<Action, { code: C }>['args'];

/** Units of the matching lines, dearest first. */
const unitsOf = (lines: readonly EvalLine[]) =>
  lines
    .flatMap((l) => Array.from({ length: l.quantity }, () => ({ key: l.key, price: l.unitPrice })))
    .sort((a, b) => b.price - a.price);

/**
 * How many gift units a buy-X-get-Y with a gift earns: `get` for every `buy` of the target,
 * the gift product's own units aside (a gift never earns another), up to `maxUses` times.
 */
export function giftEntitlement(args: Args<'buy-x-get-y'>, lines: readonly EvalLine[]): number {
  const gift = args.gift!.productId;
  const bought = lines
    .filter((l) => l.productId !== gift && matches(args.target, l))
    .reduce((s, l) => s + l.quantity, 0);
  return Math.min(Math.floor(bought / args.buy), args.maxUses ?? Infinity) * args.get;
}

/**
 * In each group of buy + get units the cheapest `get` are discounted; groups repeat up to
 * `maxUses`. With a gift, every `buy` units of the target earn `get` of the gift product, and
 * the cheapest of the gift units in the cart are discounted.
 */
function buyXGetY(args: Args<'buy-x-get-y'>, lines: readonly EvalLine[], base: Base): Outcome {
  let discounted: { key: string; price: number }[];
  if (args.gift) {
    const earned = giftEntitlement(args, lines);
    if (earned === 0) {
      const bought = lines
        .filter((l) => l.productId !== args.gift!.productId && matches(args.target, l))
        .reduce((s, l) => s + l.quantity, 0);
      return { ok: false, reason: { kind: 'minimum-quantity', required: args.buy, current: bought } };
    }
    const gifts = unitsOf(lines.filter((l) => l.productId === args.gift!.productId));
    discounted = gifts.slice(Math.max(0, gifts.length - earned));
  } else {
    const units = unitsOf(lines.filter((l) => matches(args.target, l)));
    const size = args.buy + args.get;
    const groups = Math.min(Math.floor(units.length / size), args.maxUses ?? Infinity);
    if (groups === 0)
      return { ok: false, reason: { kind: 'minimum-quantity', required: size, current: units.length } };
    discounted = units.slice(units.length - groups * args.get);
  }
  if (!discounted.length) return noItems;
  const out: Record<string, number> = {};
  for (const u of discounted) out[u.key] = (out[u.key] ?? 0) + percentOf(u.price, args.percent, false);
  for (const key of Object.keys(out)) out[key] = Math.min(out[key]!, base[key] ?? 0);
  return { ok: true, order: 0, lines: out };
}

/** Whole bundles in the cart, each at the bundle price; the saving spreads over their lines by value. */
function bundle(args: Args<'bundle'>, lines: readonly EvalLine[], base: Base, currency: string): Outcome {
  const price = amountIn(args.price, currency);
  if (price == null) return { ok: false, reason: { kind: 'currency', currency } };
  const of = (productId: number) => lines.filter((l) => l.productId === productId);
  const count = Math.min(
    ...args.items.map((i) => Math.floor(of(i.productId).reduce((s, l) => s + l.quantity, 0) / i.quantity)),
  );
  if (count === 0) return noItems;
  // The units in the bundles, taken from each product's lines in cart order.
  const used = new Map<string, number>();
  let regular = 0;
  for (const item of args.items) {
    let need = item.quantity * count;
    for (const l of of(item.productId)) {
      const take = Math.min(need, l.quantity);
      need -= take;
      regular += take * l.unitPrice;
      used.set(l.key, (used.get(l.key) ?? 0) + take * l.unitPrice);
    }
  }
  const saving = regular - price * count;
  if (saving <= 0) return noItems;
  const bundled = lines.filter((l) => used.has(l.key));
  const weights = Object.fromEntries(
    bundled.map((l) => [l.key, Math.min(used.get(l.key)!, base[l.key] ?? 0)]),
  );
  return { ok: true, order: 0, lines: spread(saving, bundled, weights) };
}
