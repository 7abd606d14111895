import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { checkouts, orderLines, orders, testPayments, variants } from '#app/db/schema/index.ts';
import { addCartLines, createCart } from '#app/modules/cart/cart.server.ts';
import { loadCheckout, savePaymentMethod } from '#app/modules/checkout/checkout.server.ts';
import { completePayment, payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { tokenizeTestCard } from '#app/modules/payments/core/test-cards.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import {
  PAYMENT_CTX,
  readyCheckout,
  variantIdBySku,
  yenToCents,
  candleVariantId,
} from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * The money paths the order snapshot and the payment depend on, through the real
 * checkout (module API): shop-currency conversion across exponents, stock taken per
 * quantity, and a new payment when the quote changes after a decline.
 */
let db: DbHandle;
let sweater: number;
let candle: number;
const provider = () => createTestProvider(db.db);

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  candle = await candleVariantId(db.db);
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 100, inventoryPolicy: 'deny' })
    .where(sql`${variants.id} in (${sweater}, ${candle})`);
});
afterAll(async () => db?.close());

const stock = async (id: number) =>
  (await db.db.select({ q: variants.inventoryQuantity }).from(variants).where(eq(variants.id, id)))[0]!.q;

describe('order snapshot in the shop currency', () => {
  it('a JPY order is recorded in USD with the exponent step (¥21,290 at 151.20 is $140.81, not $1.41)', async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'JP',
      language: 'ja',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    expect(state.currency).toBe('JPY');
    expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toMatchObject({ kind: 'placed' });
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    expect(order).toMatchObject({ currency: 'JPY', shopCurrency: 'USD', total: state.totals.total.amount });
    expect(order!.exchangeRate).toMatch(/^151\.20*$/);
    expect(order!.totalShop).toBe(yenToCents(order!.total, '151.20'));
    // Sanity on the magnitude: a yen total divided by ~151 is dollars, i.e. ~total × 100 / 151 cents.
    expect(order!.totalShop).toBeGreaterThan(Math.floor((order!.total * 100) / 152));
    const [line] = await db.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    expect(line!.unitPriceShop).toBe(yenToCents(line!.unitPrice, '151.20'));
  });
});

describe('stock', () => {
  it('buying three of a variant and two of another takes exactly 3 and 2 from stock', async () => {
    const before = { sweater: await stock(sweater), candle: await stock(candle) };
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [
        { variantId: sweater, quantity: 3 },
        { variantId: candle, quantity: 2 },
      ],
    });
    expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toMatchObject({ kind: 'placed' });
    expect(await stock(sweater)).toBe(before.sweater - 3);
    expect(await stock(candle)).toBe(before.candle - 2);
  });
});

describe('paying again after the cart changed', () => {
  it('declined card → add an item → pay again: charges the NEW total, never the old payment', async () => {
    const { token, state: first } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
      card: '4000 0000 0000 0002',
    });
    expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toEqual({
      kind: 'declined',
      code: 'generic_decline',
    });

    const added = await addCartLines(db.db, token, [{ variantId: sweater, quantity: 1 }]);
    expect(added.userErrors).toEqual([]);
    const card = tokenizeTestCard(
      { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' },
      new Date(),
    );
    if (!card.ok) throw new Error('bad test card');
    await savePaymentMethod(db.db, token, card.paymentMethod, 'VISA •••• 4242');
    const second = (await loadCheckout(db.db, token))!;
    expect(second.next).toBe('review');
    expect(second.totals.total.amount).toBeGreaterThan(first.totals.total.amount);

    expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toMatchObject({ kind: 'placed' });
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    expect(order!.total).toBe(second.totals.total.amount);
    const charged = await db.db.select().from(testPayments).where(eq(testPayments.id, order!.paymentId));
    expect(charged[0]).toMatchObject({
      amount: second.totals.total.amount,
      currency: 'USD',
      status: 'succeeded',
    });
    // The declined attempt stays a separate payment for the old amount, never captured.
    const all = await db.db
      .select()
      .from(testPayments)
      .where(sql`${testPayments.metadata}->>'cart' = ${token}`);
    expect(all.map((p) => p.amount).sort((a, b) => a - b)).toEqual([
      first.totals.total.amount,
      second.totals.total.amount,
    ]);
    expect(
      await db.db
        .select()
        .from(testPayments)
        .where(and(sql`${testPayments.metadata}->>'cart' = ${token}`, eq(testPayments.status, 'succeeded'))),
    ).toHaveLength(1);
  });
});

describe('two payments race for one cart', () => {
  it('the payment whose order another payment made is released, never captured', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    // Forced interleaving: payment A is authorised, and before its order is written the shopper
    // (another tab) changes the cart and pays again with B, which writes the order.
    let second: Awaited<ReturnType<typeof payForCheckout>> | undefined;
    const first = await payForCheckout(db.db, provider(), token, {
      ...PAYMENT_CTX,
      afterConfirm: async () => {
        await addCartLines(db.db, token, [{ variantId: sweater, quantity: 1 }]);
        const card = tokenizeTestCard(
          { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' },
          new Date(),
        );
        if (!card.ok) throw new Error('bad test card');
        await savePaymentMethod(db.db, token, card.paymentMethod, 'VISA •••• 4242');
        second = await payForCheckout(db.db, provider(), token, PAYMENT_CTX);
      },
    });
    expect(second).toMatchObject({ kind: 'placed' });
    // A finds B's order: the shopper sees that order, and A's authorisation is released.
    expect(first).toEqual(second);
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const payments = await db.db
      .select()
      .from(testPayments)
      .where(sql`${testPayments.metadata}->>'cart' = ${token}`);
    expect(payments).toHaveLength(2);
    const winner = payments.find((p) => p.id === order!.paymentId);
    const loser = payments.find((p) => p.id !== order!.paymentId);
    expect(winner).toMatchObject({ status: 'succeeded', amount: order!.total });
    expect(loser!.status).toBe('canceled');
  });
});

describe('payment finalisation edges', () => {
  it('paying an unknown or unfinished checkout creates no payment and names the missing step', async () => {
    const before = (await db.db.select().from(testPayments)).length;
    expect(await payForCheckout(db.db, provider(), 'no-such-cart', PAYMENT_CTX)).toEqual({
      kind: 'incomplete',
      step: 'cart',
    });
    const { cart } = await createCart(db.db, await getMarketConfig(db.db), {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    expect(await payForCheckout(db.db, provider(), cart!.id, PAYMENT_CTX)).toEqual({
      kind: 'incomplete',
      step: 'contact',
    });
    // Everything but the card: the shopper is sent back to the payment step.
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    await db.db.update(checkouts).set({ paymentMethod: null }).where(eq(checkouts.cartId, token));
    expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toEqual({
      kind: 'incomplete',
      step: 'payment',
    });
    expect((await db.db.select().from(testPayments)).length).toBe(before);
  });

  it('completing an unknown payment, or one not yet authorised, writes no order', async () => {
    expect(await completePayment(db.db, provider(), 'pi_unknown', PAYMENT_CTX)).toEqual({
      kind: 'incomplete',
      step: 'cart',
    });
    const { token, state } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    // A payment created for the frozen quote but never confirmed (the shopper left mid-payment).
    const payment = await provider().createPayment({
      amount: state.totals.total,
      idempotencyKey: `left:${token}`,
      captureMethod: 'manual',
      metadata: { cart: token },
    });
    await db.db
      .update(checkouts)
      .set({ paymentId: payment.id, quote: { cartId: token } })
      .where(eq(checkouts.cartId, token));
    expect(await completePayment(db.db, provider(), payment.id, PAYMENT_CTX)).toEqual({ kind: 'pending' });
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
  });

  it('a sold-out order releases its authorisation', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    await db.db.update(variants).set({ inventoryQuantity: 0 }).where(eq(variants.id, sweater));
    try {
      expect(await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).toEqual({ kind: 'soldOut' });
    } finally {
      await db.db.update(variants).set({ inventoryQuantity: 100 }).where(eq(variants.id, sweater));
    }
    const [payment] = await db.db
      .select()
      .from(testPayments)
      .where(sql`${testPayments.metadata}->>'cart' = ${token}`);
    expect(payment!.status).toBe('canceled');
  });
});
