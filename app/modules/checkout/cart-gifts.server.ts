import type { Db } from '#app/db/client.server.ts';
import { getCart, setGiftUnits, type CartRecord } from '#app/modules/cart/cart.server.ts';
import { giftVariants } from '#app/modules/catalog/stock.server.ts';
import { currentPrices } from '#app/modules/pricing/pricing.server.ts';
import type { GiftPlan } from '#app/modules/promotions/core/gifts.ts';
import type { GiftRequest } from '#app/modules/promotions/promotions.server.ts';

/**
 * Free gifts (ADR 0019). The cart's evaluation plans them on the same live promotions and lines
 * (promotions.server.ts evaluateCart with a GiftRequest); after a cart changes, and before
 * checkout prices it, the plan is written when it differs from what the cart holds: the gift
 * comes in when earned and leaves when not (a qualifying item removed, the campaign ended, its
 * budget spent).
 */
export function giftRequest(db: Db, cart: CartRecord, now: Date): GiftRequest {
  return {
    declined: cart.declinedGifts,
    held: new Map(cart.lines.filter((l) => l.giftQuantity > 0).map((l) => [String(l.id), l.giftQuantity])),
    offer: (productIds) => giftOffers(db, productIds, cart.countryCode, now),
  };
}

/** Writes the plan if the cart holds other gifts; returns the cart as it is then, or null if nothing changed. */
export async function applyGiftPlan(
  db: Db,
  cart: CartRecord,
  plan: readonly GiftPlan[],
): Promise<CartRecord | null> {
  const held = cart.lines.filter((l) => l.giftQuantity > 0);
  const same =
    held.length === plan.length &&
    plan.every((g) =>
      held.some(
        (l) =>
          l.variantId === g.variantId && l.giftQuantity === g.quantity && l.giftPromotionId === g.promotionId,
      ),
    );
  if (same) return null;
  const changed = await setGiftUnits(
    db,
    cart.id,
    plan.map((g) => ({ promotionId: g.promotionId, variantId: g.variantId, quantity: g.quantity })),
  );
  return changed ? getCart(db, cart.id) : null;
}

const OFFER_TTL_MS = 5_000;
type GiftOffer = { variantId: number; unitPrice: number };
let offers: { db: Db; key: string; at: number; value: Promise<Map<number, GiftOffer>> }[] = [];

/**
 * Each gift product's variant and its price in the cart's country, shared for a few seconds:
 * every change of every cart asks while a gift campaign is live. A stale offer only decides
 * whether to add the gift; what the cart charges is priced fresh, and stock is checked on adding.
 */
function giftOffers(
  db: Db,
  productIds: number[],
  country: string,
  now: Date,
): Promise<Map<number, GiftOffer>> {
  const at = Date.now();
  const key = `${country}:${[...productIds].sort((a, b) => a - b).join(',')}`;
  offers = offers.filter((o) => at - o.at < OFFER_TTL_MS && o.db === db);
  const hit = offers.find((o) => o.key === key);
  if (hit) return hit.value;
  const value = (async () => {
    const variantOf = await giftVariants(db, productIds);
    const prices = await currentPrices(db, [...variantOf.values()], country, now);
    return new Map(
      [...variantOf].flatMap(([productId, variantId]) => {
        const p = prices.get(variantId);
        return p ? [[productId, { variantId, unitPrice: p.price }] as const] : [];
      }),
    );
  })();
  offers.push({ db, key, at, value });
  value.catch(() => (offers = offers.filter((o) => o.value !== value)));
  return value;
}
