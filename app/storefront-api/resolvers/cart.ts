import type { GraphQLResolveInfo } from 'graphql';
import { cartGid, parseCartGid, parseGid, toGid } from '#app/lib/gid.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import {
  addCartLines,
  createCart,
  getCart,
  removeCartLines,
  updateAttributes,
  updateBuyerIdentity,
  updateCartLines,
  updateDiscountCodes,
  updateNote,
  type CartRecord,
  type CartResult,
} from '#app/modules/cart/cart.server.ts';
import type { BuyerIdentityInput, CartProblem, CartWarningItem } from '#app/modules/cart/core/cart-input.ts';
import { productIdsOfVariants } from '#app/modules/catalog/membership-cache.server.ts';
import type { CartAdjustment } from '#app/modules/checkout/core/cart-adjustments.ts';
import { priceCart, type CartPrice } from '#app/modules/checkout/core/price-cart.ts';
import { normaliseCode } from '#app/modules/promotions/core/codes.ts';
import type { Applied, Evaluation } from '#app/modules/promotions/core/promotion.ts';
import type { Goal } from '#app/modules/promotions/core/progress.ts';
import type { GiftPlan } from '#app/modules/promotions/core/gifts.ts';
import { evaluateCart } from '#app/modules/promotions/promotions.server.ts';
import { localePrefix } from '#app/modules/markets/core/locale.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { money, toDecimalString } from '#app/modules/money/core/money.ts';
import { formatMoney, intlLocale } from '#app/lib/format.ts';
import { explain, WARNING_CODES } from '#app/modules/promotions/core/explain.ts';
import { currentPrices } from '#app/modules/pricing/pricing.server.ts';
import { applyGiftPlan, giftRequest } from '#app/modules/checkout/cart-gifts.server.ts';
import { ensureBundles, inContext, type StorefrontContext } from '../context.server.ts';
import type { VariantRef } from './product.ts';
import { assertPageArgs, moneyV2 } from './shared.ts';

/**
 * Cart queries and mutations (Storefront API 2026-04 subset). A cart is priced in its own
 * country's market, whatever @inContext says, as on Shopify; changing the buyer's country
 * re-prices it. Errors are CartUserErrors with Shopify's codes and localized messages.
 */

type Info = GraphQLResolveInfo;
interface CartView {
  record: CartRecord;
  productOf: Promise<Map<number, number>> | null;
  /** The lines' prices in ctx.prices, once loaded (pricesOf). */
  prices: Promise<void> | null;
  price?: CartPrice;
  /** Promotions evaluated for the cart (ADR 0019): adjustments for its price, and each code's fate. */
  promotions: { evaluation: Evaluation; adjustments: CartAdjustment[]; goals: Goal[]; gifts: GiftPlan[] };
}
interface LineView {
  cart: CartView;
  line: CartRecord['lines'][number];
}

/**
 * Points the operation's presentment context at the cart's country and evaluates its promotions.
 * With `gifts` (every cart read and change), the same evaluation plans the cart's free gifts; if
 * they differ from what it holds, they are written and the cart is viewed again.
 */
async function viewOf(
  ctx: StorefrontContext,
  info: Info,
  record: CartRecord,
  gifts = false,
): Promise<CartView> {
  const c = await inContext(ctx, info);
  const config = ctx.config ?? (await getMarketConfig(ctx.db));
  const market = config.markets.find((m) => m.id === record.marketId) ?? c.market;
  if (c.country !== record.countryCode || c.market.id !== market.id) {
    ctx.inContext = { market, country: record.countryCode, language: c.language };
    ctx.prices.clear();
    ctx.bundles.clear();
  }
  const view: CartView = {
    record,
    productOf: null,
    prices: null,
    promotions: { evaluation: NO_PROMOTIONS, adjustments: [], goals: [], gifts: [] },
  };
  view.promotions = await evaluateCart(
    ctx.db,
    {
      marketId: market.id,
      currency: market.currency,
      language: ctx.inContext!.language,
      now: ctx.now,
      codes: record.discountCodes,
      customerKey: record.email?.toLowerCase() ?? null,
      cartId: record.id,
      sharedUsage: true,
      country: record.countryCode,
      // Product ids are loaded only when a promotion is live.
      lines: async () => {
        await pricesOf(ctx, view);
        const productOf = await (view.productOf ??= productIdsOfVariants(
          ctx.db,
          record.lines.map((x) => x.variantId),
        ));
        return record.lines
          .filter((l) => ctx.prices.has(l.variantId) && productOf.has(l.variantId))
          .map((l) => ({
            key: String(l.id),
            productId: productOf.get(l.variantId)!,
            unitPrice: ctx.prices.get(l.variantId)!.price,
            quantity: l.quantity,
          }));
      },
    },
    gifts ? giftRequest(ctx.db, record, ctx.now) : undefined,
  );
  const changed = gifts ? await applyGiftPlan(ctx.db, record, view.promotions.gifts) : null;
  return changed ? viewOf(ctx, info, changed) : view;
}

const NO_PROMOTIONS: Evaluation = { applied: [], rejected: [], shipping: null, codes: [] };

/**
 * The lines' current prices in the cart's country, loaded once per view and only when something
 * asks (costs, or live promotions): an add-to-cart that selects only the count skips them.
 */
function pricesOf(ctx: StorefrontContext, view: CartView): Promise<void> {
  view.prices ??= (async () => {
    const ids = view.record.lines.map((l) => l.variantId).filter((id) => !ctx.prices.has(id));
    if (!ids.length) return;
    for (const [id, price] of await currentPrices(ctx.db, ids, ctx.inContext!.country, ctx.now))
      ctx.prices.set(id, price);
    // Not precomputed yet (a variant added since the last recompute): the bundles' on-demand pricing covers it.
    const missing = ids.filter((id) => !ctx.prices.has(id));
    if (missing.length) {
      view.productOf ??= productIdsOfVariants(
        ctx.db,
        view.record.lines.map((x) => x.variantId),
      );
      await ensureBundles(ctx, [...(await view.productOf).values()], ctx.inContext!.language);
    }
  })();
  return view.prices;
}

async function merchandiseOf(ctx: StorefrontContext, l: LineView): Promise<VariantRef> {
  l.cart.productOf ??= productIdsOfVariants(
    ctx.db,
    l.cart.record.lines.map((x) => x.variantId),
  );
  const productOf = await l.cart.productOf;
  await ensureBundles(ctx, [...productOf.values()], ctx.inContext!.language);
  return { __typename: 'ProductVariant', productId: productOf.get(l.line.variantId)!, id: l.line.variantId };
}

function priceOfLine(ctx: StorefrontContext, line: CartRecord['lines'][number]) {
  const p = ctx.prices.get(line.variantId);
  if (!p) throw new Error(`Price of variant ${line.variantId} was not loaded`);
  return p;
}

/**
 * The cart's price, once per cart view (checkout/core/price-cart.ts, as checkout prices it).
 * Before checkout the only destination known is the cart's country: enough for the VAT/GST
 * inside gross prices; shipping, tax on top and duties wait for the address.
 */
function priceOf(ctx: StorefrontContext, c: CartView): CartPrice {
  if (c.price) return c.price;
  const { market } = ctx.inContext!;
  c.price = priceCart({
    currency: market.currency,
    taxInclusive: market.taxInclusive,
    adjustments: c.promotions.adjustments,
    delivery: null,
    destination: {
      country: c.record.countryCode,
      vatPercent: ctx.config?.taxRates[c.record.countryCode] ?? null,
    },
    lines: c.record.lines.map((line) => ({
      key: String(line.id),
      unitPrice: money(priceOfLine(ctx, line).price, market.currency),
      quantity: line.quantity,
      hsCode: null,
    })),
  });
  return c.price;
}

interface Allocation {
  code: string | null;
  title: string;
  discountedAmount: ReturnType<typeof moneyV2>;
  targetType: 'LINE_ITEM' | 'SHIPPING_LINE';
}

/** A promotion's share as Shopify's CartCodeDiscountAllocation or CartAutomaticDiscountAllocation. */
function allocationOf(a: Applied, amount: number, currency: string): Allocation {
  return {
    code: a.code,
    title: a.label,
    discountedAmount: moneyV2(money(amount, currency)),
    targetType: a.class === 'shipping' ? 'SHIPPING_LINE' : 'LINE_ITEM',
  };
}

const lineCost = (ctx: StorefrontContext, l: LineView) => {
  const priced = priceOf(ctx, l.cart).lines.find((x) => x.key === String(l.line.id))!;
  return { priced, compareAt: priceOfLine(ctx, l.line).compareAt };
};

function message(ctx: StorefrontContext, key: string): string {
  return serverT(ctx.inContext?.language ?? 'en')(`cart:${key}`);
}

/** A warning for each code the shopper entered that does not apply, saying why in their language. */
function codeWarnings(ctx: StorefrontContext, view: CartView) {
  const { language } = ctx.inContext!;
  const { currency } = ctx.inContext!.market;
  const locale = intlLocale(language, view.record.countryCode);
  const t = serverT(language);
  const format = {
    money: (minor: number) => formatMoney(toDecimalString(money(minor, currency)), currency, locale),
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)),
  };
  return view.promotions.evaluation.rejected
    .filter((r) => r.code != null)
    .map((r) => {
      const { key, values } = explain(r, format);
      return {
        code: WARNING_CODES[r.reason.kind],
        target: cartGid(view.record.id),
        message: t(`cart:${key}`, values),
      };
    });
}

async function payload(ctx: StorefrontContext, info: Info, result: CartResult) {
  // A change may earn a free gift or lose one (checkout/cart-gifts.server.ts).
  const cart = result.cart ? await viewOf(ctx, info, result.cart, !result.userErrors.length) : null;
  return {
    cart,
    userErrors: result.userErrors.map((e: CartProblem) => ({
      code: e.code,
      field: e.field,
      message: message(ctx, `errors.${e.code}`),
    })),
    warnings: [
      ...result.warnings.map((w: CartWarningItem) => ({
        code: w.code,
        target: w.target,
        message: message(ctx, `warnings.${w.code}`),
      })),
      ...(cart ? codeWarnings(ctx, cart) : []),
    ],
  };
}

const variantIdOf = (gid: string | null | undefined) =>
  gid ? (parseGid(gid, 'ProductVariant')?.id ?? null) : null;
const lineIdOf = (gid: string | null | undefined) => (gid ? (parseGid(gid, 'CartLine')?.id ?? null) : null);
type AttrInput = { key: string; value: string }[] | null | undefined;

/**
 * Gift units show as the line attribute `_meridian_gift` (how many of the line's units are the
 * free gift); a leading underscore keeps an attribute out of a theme's line properties, as on
 * Shopify. It is the cart's to set: a client sending it back does not store it.
 */
const GIFT_ATTRIBUTE = '_meridian_gift';
const lineAttributes = (line: CartRecord['lines'][number]) =>
  line.giftQuantity
    ? [...line.attributes, { key: GIFT_ATTRIBUTE, value: String(line.giftQuantity) }]
    : line.attributes;
const ownAttributes = (attrs: AttrInput) => attrs?.filter((a) => a.key !== GIFT_ATTRIBUTE) ?? undefined;
type LineInput = { merchandiseId: string; quantity?: number | null; attributes?: AttrInput };

/** The cart as it is, with one INVALID error per item of a list the cart cannot accept. */
async function refuseAll(
  ctx: StorefrontContext,
  id: string,
  items: string[],
  field: string,
): Promise<CartResult> {
  const cart = await getCart(ctx.db, id);
  if (!cart) return { cart: null, userErrors: [{ code: 'INVALID', field: ['cartId'] }], warnings: [] };
  return {
    cart,
    userErrors: items.map((_, i) => ({ code: 'INVALID' as const, field: [field, String(i)] })),
    warnings: [],
  };
}

/** An unknown or malformed cart id: Shopify answers with a userError on cartId, not a GraphQL error. */
async function withCart(
  ctx: StorefrontContext,
  info: Info,
  cartId: string,
  run: (id: string) => Promise<CartResult>,
) {
  await inContext(ctx, info);
  const id = parseCartGid(cartId);
  return payload(
    ctx,
    info,
    id ? await run(id) : { cart: null, userErrors: [{ code: 'INVALID', field: ['cartId'] }], warnings: [] },
  );
}

export const cartResolvers = {
  QueryRoot: {
    cart: async (_: unknown, args: { id: string }, ctx: StorefrontContext, info: Info) => {
      const id = parseCartGid(args.id);
      const record = id ? await getCart(ctx.db, id) : null;
      // Read too: a gift whose campaign ended since the last change leaves rather than show at full price.
      return record ? viewOf(ctx, info, record, true) : null;
    },
  },
  Mutation: {
    cartCreate: async (
      _: unknown,
      args: {
        input?: {
          lines?: LineInput[] | null;
          buyerIdentity?: BuyerIdentityInput | null;
          note?: string | null;
          attributes?: AttrInput;
          discountCodes?: string[] | null;
        } | null;
      },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      const c = await inContext(ctx, info);
      const input = args.input ?? {};
      const result = await createCart(ctx.db, ctx.config!, {
        country: input.buyerIdentity?.countryCode ?? c.country,
        language: c.language,
        buyer: input.buyerIdentity ?? {},
        note: input.note ?? '',
        attributes: input.attributes ?? [],
        discountCodes: input.discountCodes ?? [],
        lines: (input.lines ?? []).map((l) => ({
          variantId: variantIdOf(l.merchandiseId),
          quantity: l.quantity ?? 1,
          attributes: ownAttributes(l.attributes),
        })),
      });
      return payload(ctx, info, result);
    },
    cartLinesAdd: (
      _: unknown,
      args: { cartId: string; lines: LineInput[] },
      ctx: StorefrontContext,
      info: Info,
    ) =>
      withCart(ctx, info, args.cartId, (id) =>
        addCartLines(
          ctx.db,
          id,
          args.lines.map((l) => ({
            variantId: variantIdOf(l.merchandiseId),
            quantity: l.quantity ?? 1,
            attributes: ownAttributes(l.attributes),
          })),
        ),
      ),
    cartLinesUpdate: (
      _: unknown,
      args: {
        cartId: string;
        lines: {
          id: string;
          quantity?: number | null;
          merchandiseId?: string | null;
          attributes?: AttrInput;
        }[];
      },
      ctx: StorefrontContext,
      info: Info,
    ) =>
      withCart(ctx, info, args.cartId, (id) =>
        updateCartLines(
          ctx.db,
          id,
          args.lines.map((l) => ({
            lineId: lineIdOf(l.id),
            quantity: l.quantity ?? undefined,
            variantId: l.merchandiseId == null ? undefined : variantIdOf(l.merchandiseId),
            attributes: ownAttributes(l.attributes),
          })),
        ),
      ),
    cartLinesRemove: (
      _: unknown,
      args: { cartId: string; lineIds: string[] },
      ctx: StorefrontContext,
      info: Info,
    ) => withCart(ctx, info, args.cartId, (id) => removeCartLines(ctx.db, id, args.lineIds.map(lineIdOf))),
    cartBuyerIdentityUpdate: (
      _: unknown,
      args: { cartId: string; buyerIdentity: BuyerIdentityInput },
      ctx: StorefrontContext,
      info: Info,
    ) =>
      withCart(ctx, info, args.cartId, async (id) =>
        updateBuyerIdentity(ctx.db, ctx.config ?? (await getMarketConfig(ctx.db)), id, args.buyerIdentity),
      ),
    cartDiscountCodesUpdate: (
      _: unknown,
      args: { cartId: string; discountCodes?: string[] | null },
      ctx: StorefrontContext,
      info: Info,
    ) => withCart(ctx, info, args.cartId, (id) => updateDiscountCodes(ctx.db, id, args.discountCodes ?? [])),
    cartNoteUpdate: (
      _: unknown,
      args: { cartId: string; note: string },
      ctx: StorefrontContext,
      info: Info,
    ) => withCart(ctx, info, args.cartId, (id) => updateNote(ctx.db, id, args.note)),
    cartAttributesUpdate: (
      _: unknown,
      args: { cartId: string; attributes: { key: string; value: string }[] },
      ctx: StorefrontContext,
      info: Info,
    ) => withCart(ctx, info, args.cartId, (id) => updateAttributes(ctx.db, id, args.attributes)),
    /**
     * Meridian sells no gift cards yet, so no code can name one: each code is refused on its own
     * index (INVALID, Shopify's answer to an unknown code) and the cart is unchanged. Hydrogen's
     * cart handler calls these; a storefront shows the message and goes on.
     */
    cartGiftCardCodesAdd: (
      _: unknown,
      args: { cartId: string; giftCardCodes: string[] },
      ctx: StorefrontContext,
      info: Info,
    ) => withCart(ctx, info, args.cartId, (id) => refuseAll(ctx, id, args.giftCardCodes, 'giftCardCodes')),
    // No gift card is ever applied, so any id to remove names nothing on this cart.
    cartGiftCardCodesRemove: (
      _: unknown,
      args: { cartId: string; appliedGiftCardIds: string[] },
      ctx: StorefrontContext,
      info: Info,
    ) =>
      withCart(ctx, info, args.cartId, (id) =>
        refuseAll(ctx, id, args.appliedGiftCardIds, 'appliedGiftCardIds'),
      ),
  },
  Cart: {
    id: (c: CartView) => cartGid(c.record.id),
    checkoutUrl: (c: CartView, _: unknown, ctx: StorefrontContext) => {
      const config = ctx.config!;
      const primary = config.markets.find((m) => m.primary);
      const isDefault =
        primary?.countries[0] === c.record.countryCode && primary.defaultLanguage === c.record.language;
      return `${ctx.origin}${isDefault ? '' : localePrefix(c.record.language, c.record.countryCode)}/checkout/${c.record.id}`;
    },
    createdAt: (c: CartView) => c.record.createdAt.toISOString(),
    updatedAt: (c: CartView) => c.record.updatedAt.toISOString(),
    note: (c: CartView) => c.record.note,
    attributes: (c: CartView) => c.record.attributes,
    attribute: (c: CartView, args: { key: string }) =>
      c.record.attributes.find((a) => a.key === args.key) ?? null,
    // No customer accounts: `customer` is null, as on Shopify for a guest's cart.
    buyerIdentity: (c: CartView) => ({
      countryCode: c.record.countryCode,
      email: c.record.email,
      phone: c.record.phone,
      customer: null,
    }),
    appliedGiftCards: () => [],
    discountCodes: (c: CartView) =>
      c.record.discountCodes.map((code) => ({
        code,
        applicable:
          c.promotions.evaluation.codes.find((x) => x.code === normaliseCode(code))?.applicable ?? false,
      })),
    totalQuantity: (c: CartView) => c.record.lines.reduce((n, l) => n + l.quantity, 0),
    /**
     * meridian.promotion_progress (JSON): what the cart can still unlock (core/progress.ts), amounts
     * as decimals of the cart's currency, for free-shipping and spend-threshold bars. On Shopify an
     * app would keep the same cart metafield.
     */
    metafield: (c: CartView, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) => {
      if (args.namespace !== 'meridian' || args.key !== 'promotion_progress') return null;
      const { currency } = ctx.inContext!.market;
      const dec = (minor: number) => toDecimalString(money(minor, currency));
      return {
        id: `gid://shopify/Metafield/cart-${c.record.id}-promotion-progress`,
        namespace: 'meridian',
        key: 'promotion_progress',
        type: 'json',
        value: JSON.stringify({
          currency,
          goals: c.promotions.goals.map((g) => ({
            ...g,
            required: dec(g.required),
            current: dec(g.current),
          })),
        }),
      };
    },
    // Order discounts, one allocation per promotion over the whole cart (Shopify: cart-level allocations).
    discountAllocations: (c: CartView, _: unknown, ctx: StorefrontContext) =>
      c.promotions.evaluation.applied
        .filter((a) => a.class === 'order')
        .map((a) => allocationOf(a, a.amount, ctx.inContext!.market.currency)),
    lines: (
      c: CartView,
      args: { first?: number | null; last?: number | null; after?: string | null; before?: string | null },
    ) => {
      assertPageArgs(args);
      const all = c.record.lines.map((line, i) => ({
        cursor: Buffer.from(`line:${i}`).toString('base64url'),
        node: { cart: c, line },
      }));
      const start = args.after ? all.findIndex((e) => e.cursor === args.after) + 1 : 0;
      const end = args.before
        ? Math.max(
            0,
            all.findIndex((e) => e.cursor === args.before),
          )
        : all.length;
      let slice = all.slice(start, end);
      if (args.first != null) slice = slice.slice(0, args.first);
      if (args.last != null) slice = slice.slice(-args.last);
      return {
        edges: slice,
        nodes: slice.map((e) => e.node),
        pageInfo: {
          hasNextPage: slice.length > 0 && all.indexOf(slice[slice.length - 1]!) < all.length - 1,
          hasPreviousPage: slice.length > 0 && all.indexOf(slice[0]!) > 0,
          startCursor: slice[0]?.cursor ?? null,
          endCursor: slice[slice.length - 1]?.cursor ?? null,
        },
      };
    },
    cost: async (c: CartView, _: unknown, ctx: StorefrontContext) => {
      await pricesOf(ctx, c);
      return priceOf(ctx, c);
    },
  },
  CartCost: {
    subtotalAmount: (p: CartPrice) => moneyV2(p.subtotal),
    // Before checkout knows the address, shipping and tax on top are unknown: the total equals the subtotal.
    totalAmount: (p: CartPrice) => moneyV2(p.total),
    checkoutChargeAmount: (p: CartPrice) => moneyV2(p.total),
    subtotalAmountEstimated: () => false,
    totalAmountEstimated: () => true,
    totalTaxAmount: (p: CartPrice) => (p.tax == null ? null : moneyV2(p.tax)),
    totalDutyAmount: () => null,
  },
  BaseCartLine: { __resolveType: () => 'CartLine' },
  CartLine: {
    id: (l: LineView) => toGid('CartLine', l.line.id),
    quantity: (l: LineView) => l.line.quantity,
    attributes: (l: LineView) => lineAttributes(l.line),
    attribute: (l: LineView, args: { key: string }) =>
      lineAttributes(l.line).find((a) => a.key === args.key) ?? null,
    merchandise: (l: LineView, _: unknown, ctx: StorefrontContext) => merchandiseOf(ctx, l),
    // Lines are never components of a bundle or add-ons of another line (no bundles yet).
    parentRelationship: () => null,
    cost: async (l: LineView, _: unknown, ctx: StorefrontContext) => {
      await pricesOf(ctx, l.cart);
      return lineCost(ctx, l);
    },
    // Product discounts on this line.
    discountAllocations: (l: LineView, _: unknown, ctx: StorefrontContext) =>
      l.cart.promotions.evaluation.applied
        .filter((a) => a.class === 'product' && (a.lines[String(l.line.id)] ?? 0) > 0)
        .map((a) => allocationOf(a, a.lines[String(l.line.id)]!, ctx.inContext!.market.currency)),
  },
  CartDiscountAllocation: {
    __resolveType: (a: Allocation) =>
      a.code ? 'CartCodeDiscountAllocation' : 'CartAutomaticDiscountAllocation',
  },
  CartLineCost: {
    amountPerQuantity: (c: ReturnType<typeof lineCost>) => moneyV2(c.priced.unitPrice),
    compareAtAmountPerQuantity: (c: ReturnType<typeof lineCost>) =>
      c.compareAt != null && c.compareAt > c.priced.unitPrice.amount
        ? moneyV2(money(c.compareAt, c.priced.unitPrice.currencyCode))
        : null,
    subtotalAmount: (c: ReturnType<typeof lineCost>) => moneyV2(c.priced.subtotal),
    totalAmount: (c: ReturnType<typeof lineCost>) => moneyV2(c.priced.total),
  },
  Merchandise: { __resolveType: () => 'ProductVariant' },
  DisplayableError: { __resolveType: () => 'CartUserError' },
};
