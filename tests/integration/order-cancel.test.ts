import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import {
  emailOutbox,
  orderEvents,
  orders,
  promotionRedemptions,
  testRefunds,
  variants,
} from '#app/db/schema/index.ts';
import * as orderRoute from '#app/routes/app.orders.$id.tsx';
import {
  post,
  run,
  signedIn,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { updateDiscountCodes } from '#app/modules/cart/cart.server.ts';
import { loadCheckout } from '#app/modules/checkout/checkout.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { cancelOrder } from '#app/modules/orders/cancel-order.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * Cancelling an order before fulfilment: the capture is refunded in full through the provider
 * (once, whatever the retries), the stock goes back, and the campaign it used gets its budget
 * and use back. PGlite and PostgreSQL both run this file.
 */

let db: DbHandle;
let sweater: number;
const provider = () => createTestProvider(db.db);

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  await db.db.update(variants).set({ inventoryQuantity: 100 }).where(eq(variants.id, sweater));
  const config = await getMarketConfig(db.db);
  const de = config.markets.find((m) => m.countries.includes('DE'))!.id;
  await createCampaign(
    db.db,
    {
      name: 'One €15 off',
      marketIds: [de],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: { EUR: 1500 },
      usageLimit: 1,
      perCustomerLimit: null,
    },
    [
      {
        title: { en: '€15 off' },
        conditions: [],
        action: { code: 'amount-off', args: { amounts: { EUR: 1500 }, target: { kind: 'order' } } },
        code: 'ONLYONE',
      },
    ],
  );
});
afterAll(async () => db?.close());

async function placed(code: string | null = null) {
  const { token } = await readyCheckout(db.db, {
    country: 'DE',
    language: 'de',
    lines: [{ variantId: sweater, quantity: 2 }],
  });
  if (code) await updateDiscountCodes(db.db, token, [code]);
  expect((await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).kind).toBe('placed');
  const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
  return order!;
}
const stock = async () =>
  (await db.db.select({ q: variants.inventoryQuantity }).from(variants).where(eq(variants.id, sweater)))[0]!
    .q;
const refundsOf = (paymentId: string) =>
  db.db.select().from(testRefunds).where(eq(testRefunds.paymentId, paymentId));

describe('cancelling an order', () => {
  it('refunds the capture in full, restocks, and gives the campaign its budget and use back', async () => {
    const before = await stock();
    const order = await placed('ONLYONE');
    expect(order.financialStatus).toBe('paid');
    expect(await stock()).toBe(before - 2);
    // The campaign's one use is spent: another checkout is told so.
    const { token: next } = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    await updateDiscountCodes(db.db, next, ['ONLYONE']);
    expect((await loadCheckout(db.db, next))!.promotions.codes).toEqual([
      { code: 'ONLYONE', applicable: false },
    ]);

    const outcome = await cancelOrder(db.db, provider(), order.id, { reason: 'customer', staffId: null });
    expect(outcome).toMatchObject({
      ok: true,
      order: { financialStatus: 'refunded', cancelReason: 'customer' },
    });
    expect(await refundsOf(order.paymentId)).toEqual([
      expect.objectContaining({ amount: order.total, currency: 'EUR', status: 'succeeded' }),
    ]);
    expect(await stock()).toBe(before);
    const [redemption] = await db.db
      .select()
      .from(promotionRedemptions)
      .where(eq(promotionRedemptions.orderId, order.id));
    expect(redemption!.status).toBe('released');
    expect((await loadCheckout(db.db, next))!.promotions.codes).toEqual([
      { code: 'ONLYONE', applicable: true },
    ]);
    const events = await db.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.map((e) => e.kind)).toContain('cancelled');

    // Again: refused, and no second refund.
    expect(await cancelOrder(db.db, provider(), order.id, { reason: 'customer', staffId: null })).toEqual({
      ok: false,
      reason: 'alreadyCancelled',
    });
    expect(await refundsOf(order.paymentId)).toHaveLength(1);
  });

  it('two cancels at once make one refund and one cancellation', async () => {
    const before = await stock();
    const order = await placed();
    const outcomes = await Promise.all([
      cancelOrder(db.db, provider(), order.id, { reason: 'staff', staffId: null }),
      cancelOrder(db.db, provider(), order.id, { reason: 'staff', staffId: null }),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await refundsOf(order.paymentId)).toHaveLength(1);
    expect(await stock()).toBe(before);
  });

  it('a fulfilled order is not cancelled, and nothing moves', async () => {
    const order = await placed();
    await db.db.update(orders).set({ fulfillmentStatus: 'fulfilled' }).where(eq(orders.id, order.id));
    expect(await cancelOrder(db.db, provider(), order.id, { reason: 'customer', staffId: null })).toEqual({
      ok: false,
      reason: 'fulfilled',
    });
    expect(await refundsOf(order.paymentId)).toEqual([]);
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ financialStatus: 'paid', cancelledAt: null });
  });
});

describe('the order page’s cancel', () => {
  const args = (request: Request, id: number) =>
    ({ request, params: { id: String(id) }, context: {} }) as never;
  let support: AdminSession;
  let merchandiser: AdminSession;

  beforeAll(async () => {
    const auth = installTestAdminAuth(db.db);
    support = await signedIn(db.db, auth, 'support@shop.test', 'support');
    merchandiser = await signedIn(db.db, auth, 'merch@shop.test', 'merchandiser');
  });
  afterAll(() => setAdminAuth(undefined));

  it('support cancels with a reason; the shopper is emailed in German; others and bad input change nothing', async () => {
    const order = await placed();
    const cancel = (session: AdminSession, fields: Record<string, string>) =>
      run(() =>
        orderRoute.action(
          args(post(session, `/app/orders/${order.id}`, { intent: 'cancel', ...fields }), order.id),
        ),
      );
    expect((await cancel(merchandiser, { reason: 'customer' })).status).toBe(403);
    const bad = await cancel(support, { reason: 'bored' });
    expect(bad).toMatchObject({ status: 400, body: { errors: { reason: 'cancelReason' } } });
    expect(await refundsOf(order.paymentId)).toEqual([]);

    expect((await cancel(support, { reason: 'inventory' })).status).toBe(200);
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ financialStatus: 'refunded', cancelReason: 'inventory' });
    const [email] = await db.db
      .select()
      .from(emailOutbox)
      .where(
        sql`${emailOutbox.aboutGid} = ${`gid://shopify/Order/${order.id}`} and ${emailOutbox.kind} = 'order-cancelled'`,
      );
    expect(email!.subject).toBe(`Bestellung #${order.number} wurde storniert – Aurora & Oak`);
    expect(email!.text).toContain(
      `${new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(order.total / 100)} werden auf Ihre ursprüngliche Zahlungsart erstattet`,
    );
    expect(await cancel(support, { reason: 'inventory' })).toMatchObject({
      status: 409,
      body: { errors: { form: 'alreadyCancelled' } },
    });
    // A cancelled order is never shipped: fulfilling it is refused and no shipping email goes out.
    const fulfil = await run(() =>
      orderRoute.action(
        args(post(support, `/app/orders/${order.id}`, { trackingNumber: '1Z999AA10123456784' }), order.id),
      ),
    );
    expect(fulfil).toMatchObject({ status: 409, body: { errors: { form: 'notFulfillable' } } });
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.fulfillmentStatus).toBe('unfulfilled');
    expect(
      await db.db
        .select()
        .from(emailOutbox)
        .where(
          sql`${emailOutbox.aboutGid} = ${`gid://shopify/Order/${order.id}`} and ${emailOutbox.kind} = 'shipping-confirmation'`,
        ),
    ).toEqual([]);
  });
});
