import type { Db } from '#app/db/client.server.ts';
import { cachedCollectionIds } from '#app/modules/catalog/membership-cache.server.ts';
import { firstVariantsOfProducts } from '#app/modules/catalog/picker-options.server.ts';
import type { Market } from '#app/modules/markets/core/market.ts';
import { currentPrices } from '#app/modules/pricing/pricing.server.ts';
import { promotionPolicy } from '#app/modules/shop/shop.server.ts';
import type { ParsedCampaign } from './core/campaign-form.ts';
import { evaluate } from './core/evaluate.ts';
import { plannedGifts, type GiftOffer } from './core/gifts.ts';
import type { EvalInput, Evaluation, LivePromotion } from './core/promotion.ts';
import { campaignUsage, livePromotions, toLive } from './promotions.server.ts';

/**
 * The editor's "simulate a cart": the campaign as drafted (saved or not) next to the store's
 * other live automatic promotions, against a cart of products priced as the market prices them
 * now, so the merchant sees what applies and why before anything goes live.
 */

export interface SimulatedCart {
  market: Market;
  lines: readonly { productId: number; quantity: number }[];
  language: string;
}

export interface Simulation {
  currency: string;
  /** When the cart was evaluated: now, or the campaign's start if it has not started yet. */
  at: string;
  lines: {
    key: string;
    productId: number;
    title: string;
    unitPrice: number;
    quantity: number;
    /** Added by a buy-X-get-Y as its free gift, as the cart would add it. */
    gift?: boolean;
  }[];
  /** Products the market has no price for (not sold there). */
  unpriced: number[];
  evaluation: Evaluation;
}

export async function simulateCampaign(
  db: Db,
  campaignId: number | null,
  draft: ParsedCampaign,
  cart: SimulatedCart,
  now = new Date(),
): Promise<Simulation> {
  const currency = cart.market.currency;
  const country = cart.market.countries[0] ?? null;
  const at = draft.startsAt > now ? draft.startsAt : now;
  const productIds = [...new Set(cart.lines.map((l) => l.productId))];
  const first = await firstVariantsOfProducts(db, productIds);
  const prices = country
    ? await currentPrices(
        db,
        first.map((f) => f.variantId),
        country,
        at,
      )
    : new Map();
  const lines: Simulation['lines'] = [];
  const unpriced: number[] = [];
  for (const l of cart.lines) {
    const v = first.find((f) => f.productId === l.productId);
    const price = v && prices.get(v.variantId);
    if (!v || !price) {
      unpriced.push(l.productId);
      continue;
    }
    lines.push({
      key: `line-${lines.length + 1}`,
      productId: l.productId,
      title: v.title,
      unitPrice: price.price,
      quantity: l.quantity,
    });
  }
  const q = { currency, language: cart.language, customerKey: null, cartId: null };
  const usage = campaignId ? await campaignUsage(db, [campaignId], q) : new Map();
  const shell = { id: campaignId ?? 0, ...draft };
  // The draft's promotions, their codes taken as entered; ids below zero for those not yet saved.
  const drafted: LivePromotion[] = draft.promotions.map((p, i) => {
    const live = toLive({ ...p, id: p.id ?? -(i + 1) }, shell, usage.get(campaignId ?? 0), q);
    const code = p.codeMode === 'single' ? p.code : p.codeMode === 'bulk' ? `${draft.name} #${i + 1}` : null;
    return { ...live, code, label: code ?? live.label };
  });
  const others = (await livePromotions(db, { ...q, marketId: cart.market.id, now: at, codes: [] })).filter(
    (p) => p.campaignId !== campaignId,
  );
  const all = [...drafted, ...others];
  const giftProducts = [
    ...new Set(
      all.flatMap((p) =>
        p.action.code === 'buy-x-get-y' && p.action.args.gift ? [p.action.args.gift.productId] : [],
      ),
    ),
  ];
  const collectionMap = await cachedCollectionIds(db, [...productIds, ...giftProducts]);
  const input: EvalInput = {
    currency,
    marketId: cart.market.id,
    country,
    now: at,
    codes: drafted.flatMap((p) => (p.code ? [p.code] : [])),
    policy: await promotionPolicy(db),
    lines: lines.map((l) => ({
      ...l,
      collectionIds: collectionMap.get(l.productId) ?? [],
    })),
  };
  // The gifts the cart would add, then the cart with them, as the storefront does.
  const offers = await giftOffers(db, giftProducts, country, at);
  const withCollections = new Map(
    [...offers].map(([id, o]) => [id, { ...o, collectionIds: collectionMap.get(id) ?? [] }]),
  );
  for (const g of plannedGifts(input, all, withCollections, [])) {
    const offer = offers.get(g.productId)!;
    lines.push({
      key: `gift-${g.promotionId}`,
      productId: g.productId,
      title: offer.title,
      unitPrice: offer.unitPrice,
      quantity: g.quantity,
      gift: true,
    });
  }
  const evaluation = evaluate(
    { ...input, lines: lines.map((l) => ({ ...l, collectionIds: collectionMap.get(l.productId) ?? [] })) },
    all,
  );
  return { currency, at: at.toISOString(), lines, unpriced, evaluation };
}

async function giftOffers(db: Db, productIds: number[], country: string | null, at: Date) {
  if (!productIds.length || !country) return new Map<number, GiftOffer & { title: string }>();
  const first = await firstVariantsOfProducts(db, productIds);
  const prices = await currentPrices(
    db,
    first.map((f) => f.variantId),
    country,
    at,
  );
  return new Map(
    first.flatMap((f) => {
      const price = prices.get(f.variantId);
      return price
        ? [
            [
              f.productId,
              { variantId: f.variantId, unitPrice: price.price, collectionIds: [], title: f.title },
            ] as const,
          ]
        : [];
    }),
  );
}
