import { giftEntitlement } from './actions.ts';
import { evaluate } from './evaluate.ts';
import type { EvalInput, EvalLine, Evaluation, LivePromotion } from './promotion.ts';

/** The variant the cart would add as a gift product's gift, priced in the cart's currency. */
export interface GiftOffer {
  variantId: number;
  unitPrice: number;
  collectionIds: readonly number[];
}

export interface GiftPlan {
  promotionId: number;
  productId: number;
  variantId: number;
  /** Units the cart adds on top of what the shopper put in themselves. */
  quantity: number;
}

type GiftPromotion = LivePromotion & {
  action: Extract<LivePromotion['action'], { code: 'buy-x-get-y' }> & {
    args: { gift: { productId: number } };
  };
};

const givesGift = (p: LivePromotion): p is GiftPromotion =>
  p.action.code === 'buy-x-get-y' && p.action.args.gift != null;

/**
 * Which free gifts the cart should hold (ADR 0019). `input.lines` are the shopper's own units
 * (gift units the cart added are left out). A promotion adds the gift units it earns beyond those
 * the shopper has of the gift product already, and only if, with them in the cart, the engine
 * applies it: a gift that a better or an exclusive promotion would push out is never added at
 * full price. A declined gift (the shopper took it out) is not added again; gift units the
 * shopper keeps stay discounted all the same. `current` is the evaluation of the cart as it is,
 * with the gift units it holds by product.
 */
export function plannedGifts(
  input: EvalInput,
  promotions: readonly LivePromotion[],
  offers: ReadonlyMap<number, GiftOffer>,
  declined: readonly number[],
  current?: { evaluation: Evaluation; held: ReadonlyMap<number, number> },
): GiftPlan[] {
  const giving = promotions.filter(
    (p): p is GiftPromotion =>
      givesGift(p) && !declined.includes(p.id) && offers.has(p.action.args.gift.productId),
  );
  const extra: EvalLine[] = [];
  const planned: GiftPlan[] = [];
  for (const p of giving) {
    const productId = p.action.args.gift.productId;
    const own = input.lines.filter((l) => l.productId === productId).reduce((s, l) => s + l.quantity, 0);
    const quantity = giftEntitlement(p.action.args, input.lines) - own;
    if (quantity <= 0) continue;
    const offer = offers.get(productId)!;
    planned.push({ promotionId: p.id, productId, variantId: offer.variantId, quantity });
    extra.push({
      key: `gift:${p.id}`,
      productId,
      collectionIds: offer.collectionIds,
      unitPrice: offer.unitPrice,
      quantity,
    });
  }
  if (!planned.length) return [];
  // The cart holding exactly these gifts already was evaluated as it is: no second evaluation.
  const withGifts =
    current && sameUnits(current.held, planned)
      ? current.evaluation
      : evaluate({ ...input, lines: [...input.lines, ...extra] }, promotions);
  const applied = new Set(withGifts.applied.map((a) => a.promotionId));
  return planned.filter((g) => applied.has(g.promotionId));
}

function sameUnits(held: ReadonlyMap<number, number>, planned: readonly GiftPlan[]): boolean {
  const wanted = new Map<number, number>();
  for (const g of planned) wanted.set(g.productId, (wanted.get(g.productId) ?? 0) + g.quantity);
  return held.size === wanted.size && [...wanted].every(([productId, n]) => held.get(productId) === n);
}
