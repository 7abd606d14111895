import { money, toDecimalString } from '#app/modules/money/core/money.ts';
import { evaluate } from '#app/modules/promotions/core/evaluate.ts';
import type { LivePromotion } from '#app/modules/promotions/core/promotion.ts';
import { classOf } from '#app/modules/promotions/core/strategies.ts';
import { livePromotions } from '#app/modules/promotions/promotions.server.ts';
import { productCollections, type StorefrontContext } from '../context.server.ts';

/**
 * Live automatic promotions as app metafields, as a Shopify app would publish them:
 * - Product `meridian.promotion`: the automatic product promotion a product is in (its title in
 *   the shopper's language and when it ends), for badges and flash-sale countdowns.
 * - ProductVariant `meridian.promotion_price`: the price after an automatic, unconditional
 *   product discount (a flash sale), computed by the same engine as the cart, with the lowest
 *   price of the 30 days before it (EU Omnibus) so the reduction is shown as a price drop is.
 */

const KEY = Symbol.for('meridian.automatic-promotions');
type WithPromotions = StorefrontContext & { [KEY]?: Promise<LivePromotion[]> };

/** The context market's live automatic product promotions, once per operation. */
function automatic(ctx: StorefrontContext): Promise<LivePromotion[]> {
  const c = ctx as WithPromotions;
  const { market, language } = ctx.inContext!;
  c[KEY] ??= livePromotions(ctx.db, {
    marketId: market.id,
    currency: market.currency,
    language,
    now: ctx.now,
    codes: [],
    customerKey: null,
    cartId: null,
  }).then((all) =>
    all.filter(
      (p) =>
        p.code == null &&
        classOf(p.action) === 'product' &&
        p.startsAt <= ctx.now &&
        (!p.endsAt || p.endsAt > ctx.now) &&
        (!p.marketIds.length || p.marketIds.includes(market.id)),
    ),
  );
  return c[KEY];
}

async function lineFor(ctx: StorefrontContext, productId: number, unitPrice: number) {
  const collections = await productCollections(ctx, productId);
  return { key: 'one', productId, unitPrice, quantity: 1, collectionIds: collections.map((c) => c.id) };
}

/** The first automatic promotion that could apply to one of this product (conditions aside). */
export async function productPromotionMetafield(ctx: StorefrontContext, productId: number) {
  const live = await automatic(ctx);
  if (!live.length) return null;
  const line = await lineFor(ctx, productId, 1_000_000);
  const targets = (p: LivePromotion) => {
    const a = p.action;
    if (a.code === 'bundle') return a.args.items.some((i) => i.productId === productId);
    if (!('target' in a.args)) return false;
    const t = a.args.target;
    return t.kind === 'products'
      ? t.productIds.includes(productId)
      : t.kind === 'collections' && line.collectionIds.some((id) => t.collectionIds.includes(id));
  };
  const p = [...live].sort((a, b) => a.priority - b.priority || a.id - b.id).find(targets);
  if (!p) return null;
  return {
    id: `gid://shopify/Metafield/product-${productId}-promotion`,
    namespace: 'meridian',
    key: 'promotion',
    type: 'json',
    value: JSON.stringify({ title: p.label, kind: p.action.code, ends_at: p.endsAt?.toISOString() ?? null }),
  };
}

/** The variant's price after automatic unconditional product discounts, or null if none applies. */
export async function variantPromotionPriceMetafield(
  ctx: StorefrontContext,
  ref: { id: number; productId: number },
  price: { price: number; currency: string; lowest30d: number | null },
) {
  const live = (await automatic(ctx)).filter((p) => p.conditions.length === 0);
  if (!live.length) return null;
  const { market } = ctx.inContext!;
  const line = await lineFor(ctx, ref.productId, price.price);
  const result = evaluate(
    {
      currency: price.currency,
      marketId: market.id,
      country: null,
      now: ctx.now,
      codes: [],
      lines: [line],
      policy: 'best',
    },
    live,
  );
  const off = result.applied.reduce((n, a) => n + (a.lines.one ?? 0), 0);
  if (off <= 0) return null;
  const applied = live.find((p) => p.id === result.applied[0]!.promotionId)!;
  const dec = (minor: number) => toDecimalString(money(minor, price.currency));
  return {
    id: `gid://shopify/Metafield/${ref.id}-promotion-price`,
    namespace: 'meridian',
    key: 'promotion_price',
    type: 'json',
    value: JSON.stringify({
      amount: dec(price.price - off),
      currency_code: price.currency,
      title: applied.label,
      ends_at: applied.endsAt?.toISOString() ?? null,
      // Before the discount the price was the current one (or lower within the 30 days before it).
      lowest_30d: dec(Math.min(price.price, price.lowest30d ?? price.price)),
    }),
  };
}
