import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { checkouts } from '#app/db/schema/index.ts';
import { getCart, updateBuyerIdentity, type CartRecord } from '#app/modules/cart/cart.server.ts';
import { lineItemDetails, type LineItemDetails } from '#app/modules/catalog/line-items.server.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { currentPrices } from '#app/modules/pricing/pricing.server.ts';
import { money, type Money } from '#app/modules/money/core/money.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { validateAddress, type AddressErrors, type PostalAddress } from './core/address-format.ts';
import type { LandedCost } from './core/landed-cost.ts';
import { cartTaxInput, priceCart, type CartPrice, type PriceCartInput } from './core/price-cart.ts';
import { shippingOptions, type ShippingOption } from './core/shipping.ts';
import { percentOf, type TaxProvider, type TaxResult } from './core/tax.ts';
import type { Evaluation } from '#app/modules/promotions/core/promotion.ts';
import { applyGiftPlan, giftRequest } from './cart-gifts.server.ts';
import { evaluateCart } from '#app/modules/promotions/promotions.server.ts';
import { taxProvider } from './rate-table.server.ts';
import { importTaxPercent } from './core/regional-tax-rates.ts';
import { territoryOf } from './core/special-territories.ts';
import { importRuleFor } from './import-rules.server.ts';
import { dutyRatesFor, shippingRulesFor } from './settings.server.ts';
import { accountKey, creditBalance } from '#app/modules/store-credit/store-credit.server.ts';

/**
 * A checkout is a cart plus what the shopper tells us (email, address, shipping choice,
 * payment method). Everything else is derived on every load, from current prices and rules,
 * until the shopper pays: then the quote is frozen with the payment (see payment.server.ts).
 */

/** A cart line as checkout shows it; `lineTotal` is the priced line's total (see core/price-cart.ts). */
export interface CheckoutLine {
  key: string;
  variantId: number;
  quantity: number;
  unitPrice: Money;
  compareAt: number | null;
  lineTotal: Money;
  details: LineItemDetails;
}

export interface CheckoutState {
  cart: CartRecord;
  market: Market;
  config: MarketConfig;
  currency: string;
  lines: CheckoutLine[];
  /** Cart lines that can no longer be bought (product hidden or deleted). */
  unavailable: number[];
  email: string | null;
  address: PostalAddress | null;
  options: ShippingOption[];
  shipping: ShippingOption | null;
  paymentMethod: string | null;
  paymentLabel: string | null;
  tax: TaxResult | null;
  landed: LandedCost | null;
  /** The cart's price (core/price-cart.ts): line totals, subtotal, shipping, tax, duties, total. */
  totals: CartPrice;
  grams: number;
  /** Promotions: what applied (and why the others did not), and what came off the shipping. */
  promotions: Evaluation;
  shippingDiscount: Money;
  /**
   * Store credit: `verified` once a code sent to the checkout's email proved it (the balance is
   * read only then); `applied` is what it pays of the total, `due` what is left for the card.
   */
  credit: { verified: boolean; balance: Money | null; applied: Money };
  due: Money;
  /** The first step still to do: where /checkout/<cart> sends the shopper. */
  next: 'contact' | 'address' | 'delivery' | 'payment' | 'review';
}

export async function loadCheckout(
  db: Db,
  token: string,
  tax: TaxProvider = taxProvider(),
  now = new Date(),
): Promise<CheckoutState | null> {
  const cart = await getCart(db, token, now);
  if (!cart) return null;
  const config = await getMarketConfig(db);
  const market = config.markets.find((m) => m.id === cart.marketId);
  if (!market) return null;
  const [row] = await db.select().from(checkouts).where(eq(checkouts.cartId, token));
  const ids = cart.lines.map((l) => l.variantId);
  const [prices, details] = await Promise.all([
    currentPrices(db, ids, cart.countryCode, now),
    lineItemDetails(db, ids, cart.language, now),
  ]);
  const available: {
    line: (typeof cart.lines)[number];
    price: number;
    compareAt: number | null;
    details: LineItemDetails;
  }[] = [];
  const unavailable: number[] = [];
  for (const l of cart.lines) {
    const p = prices.get(l.variantId);
    const d = details.get(l.variantId);
    if (!p || !d) {
      unavailable.push(l.id);
      continue;
    }
    available.push({ line: l, price: p.price, compareAt: p.compareAt, details: d });
  }
  const email = row?.email ?? cart.email;
  const address = row?.shippingAddress ?? null;
  // Discounts come off before tax, duty and the low-value thresholds see the prices (ADR 0019).
  const { evaluation, adjustments, gifts } = await evaluateCart(
    db,
    {
      marketId: market.id,
      currency: market.currency,
      language: cart.language,
      now,
      codes: cart.discountCodes,
      customerKey: email?.toLowerCase() ?? null,
      cartId: cart.id,
      country: address?.countryCode ?? cart.countryCode,
      lines: available.map((a) => ({
        key: String(a.line.id),
        productId: a.details.productId,
        unitPrice: a.price,
        quantity: a.line.quantity,
      })),
    },
    giftRequest(db, cart, now),
  );
  // Gifts as the promotions stand now: a campaign that ended since the cart changed takes its gift out.
  if (await applyGiftPlan(db, cart, gifts)) return loadCheckout(db, token, tax, now);
  const goods: PriceCartInput = {
    currency: market.currency,
    taxInclusive: market.taxInclusive,
    adjustments,
    destination: null,
    delivery: null,
    lines: available.map((a) => ({
      key: String(a.line.id),
      unitPrice: money(a.price, market.currency),
      quantity: a.line.quantity,
      hsCode: a.details.hsCode,
    })),
  };
  // Shipping rates depend on the goods' price (free over a threshold), so the goods are priced first.
  const grams = available.reduce((s, a) => s + a.details.grams * a.line.quantity, 0);
  const options = address
    ? shippingOptions(await shippingRulesFor(db, market.id, address.countryCode), {
        grams,
        subtotal: priceCart(goods).subtotal.amount,
      })
    : [];
  const shipping = options.find((o) => o.rateId === row?.shippingRateId) ?? null;
  const shippingDiscount =
    shipping && evaluation.shipping ? percentOf(shipping.amount, evaluation.shipping.percent, false) : 0;
  let input = goods;
  if (address && shipping) {
    const shop = await getShop(db);
    const country = address.countryCode;
    const vatPercent = config.taxRates[country] ?? null;
    const territory = territoryOf(country, address.zip);
    input = {
      ...goods,
      destination: { country, region: address.province, postalCode: address.zip, territory, vatPercent },
      delivery: {
        shipping: money(shipping.amount - shippingDiscount, market.currency),
        shipsFrom: shop.shipsFrom,
        incoterm: market.incoterm,
        // A territory with its own customs does not apply its country's (the EU's) tariff.
        dutyRates: territory && !territory.euCustoms ? {} : await dutyRatesFor(db, country),
        rule: await importRuleFor(
          db,
          config,
          territory?.code ?? country,
          shop.shipsFrom,
          market.currency,
          now,
        ),
        importTaxPercent: importTaxPercent(country, address.province, vatPercent),
      },
    };
    input.tax = await tax.calculate(cartTaxInput(input)!);
  }
  const totals = priceCart(input);
  const verified = Boolean(email && row?.creditEmail && row.creditEmail === accountKey(email));
  const balance = verified ? await creditBalance(db, email!, market.currency, now) : null;
  const applied = balance && row?.useCredit ? Math.min(balance.amount, totals.total.amount) : 0;
  const due = totals.total.amount - applied;
  const lines: CheckoutLine[] = available.map((a, i) => ({
    key: String(a.line.id),
    variantId: a.line.variantId,
    quantity: a.line.quantity,
    unitPrice: totals.lines[i]!.unitPrice,
    compareAt: a.compareAt,
    lineTotal: totals.lines[i]!.total,
    details: a.details,
  }));
  const next = !email
    ? 'contact'
    : !address
      ? 'address'
      : !shipping
        ? 'delivery'
        : !row?.paymentMethod && !(applied > 0 && due === 0)
          ? 'payment'
          : 'review';
  return {
    cart,
    market,
    config,
    currency: market.currency,
    lines,
    unavailable,
    email,
    address,
    options,
    shipping,
    paymentMethod: row?.paymentMethod ?? null,
    paymentLabel: row?.paymentLabel ?? null,
    tax: totals.taxDetail,
    landed: totals.landed,
    totals,
    grams,
    promotions: evaluation,
    shippingDiscount: money(shippingDiscount, market.currency),
    credit: { verified, balance, applied: money(applied, market.currency) },
    due: money(due, market.currency),
    next,
  };
}

async function upsert(db: Db, token: string, set: Partial<typeof checkouts.$inferInsert>) {
  await db
    .insert(checkouts)
    .values({ cartId: token, ...set, updatedAt: new Date() })
    .onConflictDoUpdate({ target: checkouts.cartId, set: { ...set, updatedAt: new Date() } });
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export async function saveContact(
  db: Db,
  token: string,
  email: string,
): Promise<{ ok: true } | { ok: false; error: 'required' | 'invalidEmail' }> {
  const value = email.trim();
  if (!value) return { ok: false, error: 'required' };
  if (value.length > 254 || !EMAIL.test(value)) return { ok: false, error: 'invalidEmail' };
  await upsert(db, token, { email: value });
  return { ok: true };
}

/**
 * Saves the shipping address. It must be in the cart's market; moving to another country of
 * that market re-prices the cart there (Austria's VAT differs from Germany's). A changed
 * address clears the shipping choice, since rates depend on it.
 */
export async function saveAddress(
  db: Db,
  state: CheckoutState,
  raw: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; errors: AddressErrors }> {
  const result = validateAddress(raw, state.market.countries);
  if (!result.ok) return result;
  if (result.address.countryCode !== state.cart.countryCode)
    await updateBuyerIdentity(db, state.config, state.cart.id, { countryCode: result.address.countryCode });
  await upsert(db, state.cart.id, { shippingAddress: result.address, shippingRateId: null });
  return { ok: true };
}

export async function saveShippingRate(db: Db, state: CheckoutState, rateId: number): Promise<boolean> {
  if (!state.options.some((o) => o.rateId === rateId)) return false;
  await upsert(db, state.cart.id, { shippingRateId: rateId });
  return true;
}

export async function savePaymentMethod(
  db: Db,
  token: string,
  paymentMethod: string,
  label: string,
): Promise<void> {
  await upsert(db, token, { paymentMethod, paymentLabel: label });
}

/**
 * Moves the checkout to the market that serves another country, as the Storefront API does when
 * a cart's buyerIdentity.countryCode changes: the lines stay, and are priced in that market.
 * The saved address and shipping choice were for the old country, so they are cleared.
 */
export async function moveToMarket(db: Db, state: CheckoutState, countryCode: string): Promise<boolean> {
  const result = await updateBuyerIdentity(db, state.config, state.cart.id, { countryCode });
  if (!result.cart || result.userErrors.length) return false;
  await upsert(db, state.cart.id, {
    shippingAddress: null,
    shippingRateId: null,
    paymentMethod: null,
    paymentLabel: null,
  });
  return true;
}
