import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { orderEvents, orders } from '#app/db/schema/index.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { fulfilOrder } from '#app/modules/orders/orders.server.ts';
import {
  applyTrackingEvents,
  signedTrackingProvider,
  signTrackingPayload,
  TRACKING_SIGNATURE_HEADER,
} from '#app/modules/orders/tracking.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * Deliveries reported by the carrier-tracking service: only signed, fresh, well-formed updates
 * count; a delivery starts the order's return window once, and never before the order shipped.
 */
const SECRET = 'tracking-secret-for-tests-0123456789';
const provider = signedTrackingProvider(SECRET);
let db: DbHandle;
let order: typeof orders.$inferSelect;

beforeAll(async () => {
  db = await createTestDb('seeded');
  const staff = await createStaff(db.db, { email: 's@shop.test', name: 'S', role: 'support', locale: 'en' });
  const sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  const { token } = await readyCheckout(db.db, {
    country: 'US',
    language: 'en',
    lines: [{ variantId: sweater, quantity: 1 }],
  });
  await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX);
  [order] = (await db.db.select().from(orders).where(eq(orders.cartId, token))) as [typeof order];
  await fulfilOrder(
    db.db,
    order.id,
    { trackingNumber: '1Z999AA10123456784', trackingCompany: 'UPS', staffId: staff.id },
    () => ({
      kind: 'shipping-confirmation',
      to: order.email,
      locale: 'en',
      subject: 's',
      html: 'h',
      text: 't',
    }),
  );
});
afterAll(async () => db?.close());

const body = (status: string, occurredAt: string, id = 'evt_1') =>
  JSON.stringify({
    events: [{ id, tracking_number: '1Z999AA10123456784', status, occurred_at: occurredAt }],
  });
const headers = (raw: string, timestamp: number, secret = SECRET) =>
  new Headers({ [TRACKING_SIGNATURE_HEADER]: signTrackingPayload(raw, secret, timestamp) });

describe('carrier tracking', () => {
  it('refuses forged, stale and malformed deliveries before reading them', () => {
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    const raw = body('delivered', now.toISOString());
    expect(provider.parse(raw, headers(raw, t, 'another-secret-0123456789'), now)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(provider.parse(raw, new Headers(), now)).toEqual({ ok: false, reason: 'signature' });
    expect(provider.parse(`${raw} `, headers(raw, t), now)).toEqual({ ok: false, reason: 'signature' });
    expect(provider.parse(raw, headers(raw, t - 3600), now)).toEqual({ ok: false, reason: 'stale' });
    const bad = '{"events":[{"id":"x","tracking_number":"1Z","status":"teleported","occurred_at":"soon"}]}';
    expect(provider.parse(bad, headers(bad, t), now)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a delivery starts the window once; in-transit updates and replays change nothing', async () => {
    const now = new Date();
    const t = Math.floor(now.getTime() / 1000);
    const transit = body('in_transit', new Date(now.getTime() - 3600_000).toISOString(), 'evt_t');
    const parsedTransit = provider.parse(transit, headers(transit, t), now);
    if (!parsedTransit.ok) throw new Error('refused');
    expect(await applyTrackingEvents(db.db, parsedTransit.events, now)).toBe(0);
    // The carrier's clock says the parcel arrived a day before it shipped: clamped to the shipment.
    const early = body('delivered', new Date(now.getTime() - 86_400_000).toISOString());
    const parsed = provider.parse(early, headers(early, t), now);
    if (!parsed.ok) throw new Error('refused');
    expect(await applyTrackingEvents(db.db, parsed.events, now)).toBe(1);
    expect(await applyTrackingEvents(db.db, parsed.events, now)).toBe(0);
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.deliveredAt!.getTime()).toBe(row!.shippedAt!.getTime());
    const events = await db.db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.filter((e) => e.kind === 'delivered')).toEqual([
      expect.objectContaining({ data: { source: 'carrier', at: row!.deliveredAt!.toISOString() } }),
    ]);
  });
});
