import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { orderLines, orders, returnLines, returns } from '#app/db/schema/index.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { saveMarket } from '#app/modules/markets/market-admin.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { fulfilOrder } from '#app/modules/orders/orders.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { LOOKUP_FLOOR_MS, LOOKUP_LIMIT_PER_ORDER } from '#app/modules/returns/lookup.server.ts';
import { defaultPolicyRow, savePolicy } from '#app/modules/returns/policies.server.ts';
import { portalToken } from '#app/modules/returns/portal-token.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { startAppServer } from '#tests/support/app-server.ts';
import { marketForm } from '#tests/support/market-form.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { postStorefront } from '#tests/support/storefront-post.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * The returns portal over real HTTP: a lookup answers the same, in the same time, whether the
 * order exists or not, and stops guessers; a token opens only its own order's returns; bad
 * uploads change nothing; and the Storefront API publishes the same rules the portal enforces.
 */

let db: DbHandle;
let app: Awaited<ReturnType<typeof startAppServer>>;
const orderIds: number[] = [];

async function deliveredOrder(staffId: number) {
  const sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  const { token } = await readyCheckout(db.db, {
    country: 'DE',
    language: 'de',
    lines: [{ variantId: sweater, quantity: 1 }],
  });
  await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX);
  const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
  const email = () => ({
    kind: 'shipping-confirmation',
    to: order!.email,
    locale: 'de',
    subject: 's',
    html: 'h',
    text: 't',
  });
  await fulfilOrder(
    db.db,
    order!.id,
    { trackingNumber: `TRK${order!.id}`, trackingCompany: null, staffId },
    email,
  );
  await markDelivered(db.db, order!.id, { at: new Date(Date.now() - 3 * 86_400_000), source: 'staff' });
  return order!;
}

beforeAll(async () => {
  db = await createTestDb('seeded');
  app = await startAppServer(db);
  const staff = await createStaff(db.db, {
    email: 'support@shop.test',
    name: 'S',
    role: 'support',
    locale: 'en',
  });
  for (let i = 0; i < 2; i++) orderIds.push((await deliveredOrder(staff.id)).id);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
async function lookup(fields: Record<string, string>) {
  const started = performance.now();
  const r = await fetch(`${app.origin}/de-de/returns/start`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin },
    body: form({ proof: 'email', ...fields }),
  });
  const body = await r.text();
  return {
    status: r.status,
    body,
    location: r.headers.get('location'),
    ms: performance.now() - started,
    retryAfter: r.headers.get('retry-after'),
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The page without what legitimately differs per response (nonces, the request's timing marks). */
const page = (html: string) => html.replace(/nonce="[^"]*"/g, '').replace(/"serverTiming":[^}]*}/g, '');

describe('the order lookup', () => {
  it('answers a wrong email and a missing order the same, in the same time, and opens the right one', async () => {
    const [order] = await db.db.select().from(orders).where(eq(orders.id, orderIds[0]!));
    // Warm up (the dev server compiles the route on first use), then alternate the two cases.
    await lookup({ number: '899999', email: 'warm@example.com' });
    const wrong: number[] = [];
    const missing: number[] = [];
    let wrongBody = '';
    let missingBody = '';
    for (let i = 0; i < 5; i++) {
      const a = await lookup({ number: String(order!.number), email: `nobody${i}@example.com` });
      const b = await lookup({ number: String(900_000 + i), email: order!.email });
      expect([a.status, b.status]).toEqual([400, 400]);
      wrong.push(a.ms);
      missing.push(b.ms);
      wrongBody = page(a.body);
      missingBody = page(b.body);
    }
    expect(wrongBody).toBe(missingBody);
    expect(wrongBody).toContain('Wir konnten keine Bestellung');
    // Both take at least the floor, so timing tells an attacker nothing about which case it was.
    expect(Math.min(...wrong, ...missing)).toBeGreaterThanOrEqual(LOOKUP_FLOOR_MS - 5);
    // Interleaved samples share the machine's load; the work behind the floor is a few queries either way.
    expect(Math.abs(median(wrong) - median(missing))).toBeLessThan(250);

    const ok = await lookup({ number: `#${order!.number}`, email: order!.email.toUpperCase() });
    expect(ok.status).toBe(302);
    expect(ok.location).toMatch(new RegExp(`^/de-de/returns/${order!.id}\\.\\d+\\.[\\w-]{43}$`));
    expect(ok.body).toBe('');
  }, 60_000);

  it('stops guessing one order number after a few tries, with Retry-After, whoever is guessing', async () => {
    const [order] = await db.db.select().from(orders).where(eq(orders.id, orderIds[1]!));
    const statuses: number[] = [];
    for (let i = 0; i <= LOOKUP_LIMIT_PER_ORDER.limit; i++)
      statuses.push((await lookup({ number: String(order!.number), email: `guess${i}@example.com` })).status);
    expect(statuses.slice(0, LOOKUP_LIMIT_PER_ORDER.limit).every((s) => s === 400)).toBe(true);
    const refused = await lookup({ number: String(order!.number), email: order!.email });
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body).toContain('Zu viele Versuche');
  }, 60_000);
});

describe('tokens and uploads', () => {
  it('a token opens its own order only; another order’s return is a 404 like a forged token', async () => {
    const [mine, theirs] = orderIds as [number, number];
    const tokenOf = (id: number) => portalToken(id, new Date());
    expect((await fetch(`${app.origin}/de-de/returns/${tokenOf(mine)}`)).status).toBe(200);
    const forged = tokenOf(mine).replace(/^\d+/, String(theirs));
    expect((await fetch(`${app.origin}/de-de/returns/${forged}`)).status).toBe(404);
    // A return of the other order, asked for under this order's token.
    const [ret] = await db.db
      .insert(returns)
      .values({
        publicId: 'x'.repeat(16),
        rma: 'RMA-T-1',
        orderId: theirs,
        marketId: (await getMarketConfig(db.db)).markets.find((m) => m.countries.includes('DE'))!.id,
        language: 'de',
        currency: 'EUR',
        estimate: { items: 1, duties: 0, shipping: 0, restockingFee: 0, returnShippingFee: 0, total: 1 },
      })
      .returning();
    expect((await fetch(`${app.origin}/de-de/returns/${tokenOf(mine)}/${ret!.publicId}`)).status).toBe(404);
    const own = await fetch(`${app.origin}/de-de/returns/${tokenOf(theirs)}/${ret!.publicId}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(own.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('a file that is not an image is refused next to its item, and nothing is written', async () => {
    const [orderId] = orderIds as [number];
    const [line] = await db.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId));
    const body = new FormData();
    body.set(`qty-${line!.id}`, '1');
    body.set(`reason-${line!.id}`, 'damaged');
    body.set(`sub-${line!.id}`, 'arrived_damaged');
    body.set(`photos-${line!.id}`, new Blob(['<svg onload=alert(1)>'], { type: 'image/jpeg' }), 'evil.jpg');
    const before = (await db.db.select().from(returnLines)).length;
    const r = await fetch(`${app.origin}/de-de/returns/${portalToken(orderId, new Date())}?index`, {
      method: 'POST',
      headers: { origin: app.origin },
      body,
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain('Fotos müssen');
    expect((await db.db.select().from(returnLines)).length).toBe(before);
  });
});

describe('the rules the Storefront API publishes', () => {
  it('carry the fee and restocking percentage the portal charges, for product pages’ MerchantReturnPolicy', async () => {
    const config = await getMarketConfig(db.db);
    const gb = config.markets.find((m) => m.countries.includes('GB'))!;
    // Through the server's own modules, so its caches hear of the change as the admin's would.
    const markets = await app.load<{ saveMarket: typeof saveMarket }>(
      '/app/modules/markets/market-admin.server.ts',
    );
    const policies = await app.load<{ savePolicy: typeof savePolicy }>(
      '/app/modules/returns/policies.server.ts',
    );
    expect(
      (await markets.saveMarket(db.db, gb.id, marketForm(gb, { returnShippingFee: 'customer' }))).ok,
    ).toBe(true);
    await policies.savePolicy(db.db, {
      ...defaultPolicyRow(gb.id),
      returnShippingFee: 395,
      restockingFeeBps: 1000,
    });
    const reply = await postStorefront(
      app.origin,
      `query @inContext(country: GB) { shop { metafield(namespace: "meridian", key: "return_policy") { value } } }`,
    );
    const value = JSON.parse((reply.data as { shop: { metafield: { value: string } } }).shop.metafield.value);
    expect(value).toEqual({
      country: 'GB',
      days: 30,
      returnShippingFee: 'customer',
      shippingFee: { amount: 395, currency: 'GBP' },
      restockingFeePercent: 10,
    });
  });
});
