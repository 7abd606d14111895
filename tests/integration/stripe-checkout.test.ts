import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { orderLines, orderRefunds, orders, returnLines } from '#app/db/schema/index.ts';
import { refundOrder } from '#app/modules/orders/refunds.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { fulfilOrder } from '#app/modules/orders/orders.server.ts';
import { approveReturn, receiveReturn, refundReturn } from '#app/modules/returns/return-actions.server.ts';
import { requestReturn } from '#app/modules/returns/returns.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { savePaymentMethod } from '#app/modules/checkout/checkout.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { handleStripeWebhook } from '#app/modules/checkout/stripe-events.server.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { createStripeProvider } from '#app/modules/payments/stripe-provider.server.ts';
import { payThenDie, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { startStripeServer, TEST_SECRET_KEY, type StripeServer } from '#tests/support/stripe-server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let stripe: StripeServer;
let provider: PaymentProvider;
let sweater: number;
const ctx = {
  returnUrl: 'https://shop.test/return',
  orderUrl: (cart: string) => `https://shop.test/checkout/${cart}/thank-you`,
};

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  stripe = await startStripeServer();
  provider = createStripeProvider({
    secretKey: TEST_SECRET_KEY,
    host: stripe.host,
    port: stripe.port,
    protocol: 'http',
  });
});
afterAll(async () => {
  await stripe?.close();
  await db?.close();
});

/** A checkout whose payment method is a Stripe PaymentMethod id (what the Payment Element makes). */
async function stripeCheckout(country: 'US' | 'JP', pm: string) {
  const ready = await readyCheckout(db.db, {
    country,
    language: country === 'JP' ? 'ja' : 'en',
    lines: [{ variantId: sweater, quantity: 1 }],
  });
  await savePaymentMethod(db.db, ready.token, pm, 'VISA •••• 4242');
  return ready;
}

describe('checkout with Stripe (protocol test server, real SDK)', () => {
  it('authorises, writes the order, then captures; JPY goes to Stripe as whole yen', async () => {
    const { token, state } = await stripeCheckout('JP', 'pm_card_visa');
    const outcome = await payForCheckout(db.db, provider, token, ctx);
    expect(outcome.kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const intent = stripe.intents.get(order!.paymentId)!;
    expect(intent).toMatchObject({
      status: 'succeeded',
      currency: 'jpy',
      amount: state.totals.total.amount,
      capture_method: 'manual',
    });
    // Every POST carried an idempotency key of ours.
    const posts = stripe.requests.filter((r) => r.method === 'POST' && r.path.includes(order!.paymentId));
    expect(posts.map((r) => r.path.split('/').pop())).toEqual(['confirm', 'capture']);
    expect(posts.every((r) => r.idempotencyKey && !r.idempotencyKey.startsWith('stripe-node-retry'))).toBe(
      true,
    );
  });

  it('a decline from Stripe leaves no order and asks for another card', async () => {
    const { token } = await stripeCheckout('US', 'pm_card_chargeDeclinedInsufficientFunds');
    expect(await payForCheckout(db.db, provider, token, ctx)).toEqual({
      kind: 'declined',
      code: 'insufficient_funds',
    });
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
  });

  it('the webhook completes the order when the redirect never comes, exactly once; forged, altered, stale and replayed deliveries change nothing', async () => {
    const { token, state } = await stripeCheckout('US', 'pm_card_visa');
    // The shopper paid (the real pay path), then the browser vanished before our redirect handler ran.
    const payment = { id: await payThenDie(db.db, provider, token, ctx) };
    expect(stripe.intents.get(payment.id)).toMatchObject({
      status: 'requires_capture',
      amount: state.totals.total.amount,
    });
    const secret = stripe.webhookSecret;
    const genuine = stripe.webhook(payment.id, 'payment_intent.amount_capturable_updated');
    const forged = {
      payload: genuine.payload,
      signature: genuine.signature.replace(/v1=[0-9a-f]{4}/, 'v1=0000'),
    };
    const altered = {
      payload: genuine.payload.replace(`"${payment.id}"`, '"pi_someone_else"'),
      signature: genuine.signature,
    };
    const stale = stripe.webhook(
      payment.id,
      'payment_intent.amount_capturable_updated',
      Math.floor(Date.now() / 1000) - 3600,
    );
    expect(await handleStripeWebhook(db.db, provider, forged.payload, forged.signature, secret, ctx)).toEqual(
      { status: 400, reason: 'bad-signature' },
    );
    expect(
      await handleStripeWebhook(db.db, provider, altered.payload, altered.signature, secret, ctx),
    ).toEqual({ status: 400, reason: 'bad-signature' });
    expect(await handleStripeWebhook(db.db, provider, stale.payload, stale.signature, secret, ctx)).toEqual({
      status: 400,
      reason: 'stale',
    });
    expect(await handleStripeWebhook(db.db, provider, genuine.payload, null, secret, ctx)).toEqual({
      status: 400,
      reason: 'missing-signature',
    });
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
    expect(
      await handleStripeWebhook(db.db, provider, genuine.payload, genuine.signature, secret, ctx),
    ).toEqual({ status: 200, handled: 'completed' });
    expect(
      await handleStripeWebhook(db.db, provider, genuine.payload, genuine.signature, secret, ctx),
    ).toEqual({ status: 200, handled: 'duplicate' });
    expect(stripe.intents.get(payment.id)!.status).toBe('succeeded');
    // The redirect arriving late finds the order and does nothing more.
    expect(await payForCheckout(db.db, provider, token, ctx)).toMatchObject({ kind: 'placed' });
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toHaveLength(1);
  });
});

describe('a return refunded through Stripe', () => {
  it('a German return of one of two items: one refund of its share in EUR, whatever the retries', async () => {
    const staff = await createStaff(db.db, {
      email: 's@shop.test',
      name: 'S',
      role: 'support',
      locale: 'en',
    });
    const none = () => ({
      kind: 'test',
      to: 'x@example.com',
      locale: 'de',
      subject: 's',
      html: 'h',
      text: 't',
    });
    const ready = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 2 }],
    });
    await savePaymentMethod(db.db, ready.token, 'pm_card_visa', 'VISA •••• 4242');
    expect((await payForCheckout(db.db, provider, ready.token, ctx)).kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, ready.token));
    await fulfilOrder(
      db.db,
      order!.id,
      { trackingNumber: 'TRK-STRIPE', trackingCompany: null, staffId: staff.id },
      none,
    );
    await markDelivered(db.db, order!.id, { at: new Date(Date.now() - 10 * 86_400_000), source: 'staff' });
    const [line] = await db.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    const asked = await requestReturn(
      db.db,
      order!.id,
      {
        lines: [
          {
            orderLineId: line!.id,
            quantity: 1,
            reason: 'size',
            subReason: 'too_small',
            note: '',
            photos: [],
          },
        ],
        language: 'de',
        email: none,
      },
      new Date(),
    );
    if (!asked.ok) throw new Error(JSON.stringify(asked.errors));
    await approveReturn(db.db, asked.ret.id, staff.id, none);
    const [rl] = await db.db.select().from(returnLines).where(eq(returnLines.returnId, asked.ret.id));
    await receiveReturn(
      db.db,
      asked.ret.id,
      [{ returnLineId: rl!.id, outcome: 'restock', disposeReason: null }],
      staff.id,
      none,
    );
    const refund = () =>
      refundReturn(db.db, provider, asked.ret.id, { staffId: staff.id, includeShipping: false, email: none });
    const [a, b] = await Promise.all([refund(), refund()]);
    expect(a.ok || b.ok).toBe(true);
    expect((await refund()).ok).toBe(true);
    const refunds = [...stripe.refunds.values()].filter((r) => r.payment_intent === order!.paymentId);
    // Half of what was paid for the two sweaters (items and duties), as Stripe's minor units in EUR.
    expect(refunds).toEqual([
      expect.objectContaining({ currency: 'eur', amount: asked.ret.estimate.total, status: 'succeeded' }),
    ]);
    expect(asked.ret.estimate.total).toBe(Math.floor(line!.lineTotal / 2) + Math.floor(order!.duties / 2));
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order!.id));
    expect(after).toMatchObject({
      financialStatus: 'partially_refunded',
      refunded: asked.ret.estimate.total,
    });
  });

  it('a refund that fails after Stripe accepted it (refund.updated, failed) can be made again', async () => {
    const ready = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    await savePaymentMethod(db.db, ready.token, 'pm_card_visa', 'VISA •••• 4242');
    expect((await payForCheckout(db.db, provider, ready.token, ctx)).kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, ready.token));
    const first = await refundOrder(db.db, provider, order!.id, {
      amount: 1000,
      parts: { items: 1000, duties: 0, shipping: 0, fees: 0 },
      idempotencyKey: 'bounced',
    });
    if (!first.ok) throw new Error(first.reason);
    const bounced = stripe.failRefund(first.refund.providerRefundId!, 'expired_or_canceled_card');
    const handle = () =>
      handleStripeWebhook(db.db, provider, bounced.payload, bounced.signature, stripe.webhookSecret, ctx);
    expect(await handle()).toEqual({ status: 200, handled: 'reconciled' });
    // The same delivery again is a duplicate; the order is back to paid with nothing refunded.
    expect(await handle()).toEqual({ status: 200, handled: 'duplicate' });
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order!.id));
    expect(after).toMatchObject({ refunded: 0, financialStatus: 'paid' });
    const [row] = await db.db.select().from(orderRefunds).where(eq(orderRefunds.id, first.refund.id));
    expect(row!.status).toBe('failed');
    // Support refunds again (say, by bank transfer arranged with the shopper, or a new card): it goes through.
    const again = await refundOrder(db.db, provider, order!.id, {
      amount: 1000,
      parts: { items: 1000, duties: 0, shipping: 0, fees: 0 },
      idempotencyKey: 'bounced-again',
    });
    expect(again.ok).toBe(true);
  });
});
