import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import {
  emailOutbox,
  orders,
  promotionRedemptions,
  returnPhotos,
  testRefunds,
  variants,
} from '#app/db/schema/index.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { refundOrder } from '#app/modules/orders/refunds.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { cleanPhoto } from '#app/modules/returns/core/photo.ts';
import { lookupOrder } from '#app/modules/returns/lookup.server.ts';
import { orderOfToken, portalToken } from '#app/modules/returns/portal-token.server.ts';
import {
  approveReturn,
  declineReturn,
  receiveReturn,
  refundReturn,
} from '#app/modules/returns/return-actions.server.ts';
import { returnableOrder, requestReturn, type NewReturnLine } from '#app/modules/returns/returns.server.ts';
import { defaultReasonTree } from '#app/modules/returns/core/reasons.ts';
import { loadReasonTree, saveReasonTree } from '#app/modules/returns/reasons.server.ts';
import { listReturns } from '#app/modules/returns/return-queue.server.ts';
import { loadReturnAnalytics } from '#app/modules/returns/return-analytics.server.ts';
import { returnFacts } from '#app/modules/catalog/return-facts.server.ts';
import { collectionsOfProducts } from '#app/modules/catalog/collections.server.ts';
import { findVariantProductIds } from '#app/modules/catalog/products.server.ts';
import { saveMarket } from '#app/modules/markets/market-admin.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { marketForm } from '#tests/support/market-form.ts';
import { variantIdBySku } from '#tests/support/checkout.ts';
import { containsText, jpegWithGps } from '#tests/support/photos.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { returnLine, stepEmail } from '#tests/support/return-requests.ts';
import { deliveredOrder } from '#tests/support/delivered-order.ts';

/**
 * Returns from request to refund against a real database (PGlite and PostgreSQL): eligibility
 * under the market's rules, the refund through the payment provider exactly once, stock back,
 * promotion budgets credited, and the portal's lookup and tokens giving nothing away.
 */

let db: DbHandle;
let sweater: number;
let scarf: number;
/** The support member who acts in these tests. */
let staff: number;
const provider = () => createTestProvider(db.db);
const DAY = 86_400_000;
const email = stepEmail;

beforeAll(async () => {
  db = await createTestDb('seeded');
  staff = (
    await createStaff(db.db, { email: 'support@shop.test', name: 'Support', role: 'support', locale: 'en' })
  ).id;
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  scarf = await variantIdBySku(db.db, 'AO-MER-OAT-L');
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 100 })
    .where(sql`${variants.id} in (${sweater}, ${scarf})`);
  const config = await getMarketConfig(db.db);
  const de = config.markets.find((m) => m.countries.includes('DE'))!.id;
  await createCampaign(
    db.db,
    {
      name: 'Ten off',
      marketIds: [de],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: { EUR: 100_000 },
      usageLimit: null,
      perCustomerLimit: null,
    },
    [
      {
        title: { en: '€10 off' },
        conditions: [],
        action: { code: 'amount-off', args: { amounts: { EUR: 1000 }, target: { kind: 'order' } } },
        code: 'TENOFF',
      },
    ],
  );
});
afterAll(async () => db?.close());

/** A paid, shipped and delivered order (delivered `daysAgo` days ago). */
function delivered(
  input: {
    country?: string;
    language?: string;
    lines?: { variantId: number; quantity: number }[];
    code?: string;
  } = {},
  daysAgo = 10,
) {
  return deliveredOrder(
    db.db,
    provider(),
    {
      ...input,
      staffId: staff,
      lines: input.lines ?? [
        { variantId: sweater, quantity: 1 },
        { variantId: scarf, quantity: 1 },
      ],
    },
    daysAgo,
  );
}

const stock = async (id: number) =>
  (await db.db.select({ q: variants.inventoryQuantity }).from(variants).where(eq(variants.id, id)))[0]!.q;
const refundsOf = (paymentId: string) =>
  db.db.select().from(testRefunds).where(eq(testRefunds.paymentId, paymentId));
const line = returnLine;

describe('a return from request to refund', () => {
  it('one of two items, damaged with a photo: approved, received, restocked and refunded once', async () => {
    const { order, lines } = await delivered({ code: 'TENOFF' });
    const state = (await returnableOrder(db.db, order.id, new Date()))!;
    expect(state.eligibility.lines.map((l) => l.returnable)).toEqual([1, 1]);

    // "Damaged" needs a photo; without one nothing is written.
    const noPhoto = await requestReturn(
      db.db,
      order.id,
      {
        lines: [line(lines[0]!.id, { reason: 'damaged', subReason: 'arrived_damaged' })],
        language: 'de',
        email: email('requested'),
      },
      new Date(),
    );
    expect(noPhoto).toEqual({ ok: false, errors: { [`photos-${lines[0]!.id}`]: 'photoRequired' } });
    const photo = cleanPhoto(jpegWithGps(undefined, 'GPS-52.5200N'));
    if (!photo.ok) throw new Error('photo refused');
    const requested = await requestReturn(
      db.db,
      order.id,
      {
        lines: [
          line(lines[0]!.id, {
            reason: 'damaged',
            subReason: 'arrived_damaged',
            note: 'Seam open',
            photos: [{ contentType: photo.contentType, bytes: photo.bytes }],
          }),
        ],
        language: 'de',
        email: email('requested'),
      },
      new Date(),
    );
    if (!requested.ok) throw new Error(JSON.stringify(requested.errors));
    const ret = requested.ret;
    expect(ret.rma).toBe(`RMA-${order.number}-1`);
    expect(ret.publicId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // The item's share of what was paid, after the order discount's allocation (tax included in
    // DE), with its half of the duty and import VAT paid at checkout (two items of equal value).
    expect(order.incoterm).toBe('DDP');
    const itemPaid = lines[0]!.lineTotal + Math.ceil(order.duties / 2);
    expect(ret.estimate).toMatchObject({
      items: lines[0]!.lineTotal,
      duties: Math.ceil(order.duties / 2),
      total: itemPaid,
    });
    const [stored] = await db.db.select().from(returnPhotos);
    expect(containsText(stored!.bytes, 'GPS-52.5200N')).toBe(false);

    // The same item cannot be asked for twice while the return is open.
    const twice = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[0]!.id)], language: 'de', email: email('requested') },
      new Date(),
    );
    expect(twice).toEqual({ ok: false, errors: { [`qty-${lines[0]!.id}`]: 'ineligible.already_returned' } });

    // Refunding before it is received is refused; approving twice applies once.
    expect(
      await refundReturn(db.db, provider(), ret.id, {
        staffId: staff,
        includeShipping: false,
        email: email('refunded'),
      }),
    ).toEqual({
      ok: false,
      reason: 'wrongStatus',
    });
    const approvals = await Promise.all([
      approveReturn(db.db, ret.id, staff, email('approved')),
      approveReturn(db.db, ret.id, staff, email('approved')),
    ]);
    expect(approvals.filter((a) => a.ok)).toHaveLength(1);

    const before = await stock(sweater);
    expect(await receiveReturn(db.db, ret.id, [], staff, email('received'))).toMatchObject({
      ok: false,
      reason: 'inspectEveryItem',
    });
    const [returnLine] = (await returnableOrder(db.db, order.id, new Date()))!.returns[0]!.lines;
    expect(
      (
        await receiveReturn(
          db.db,
          ret.id,
          [{ returnLineId: returnLine!.id, outcome: 'restock', disposeReason: null }],
          staff,
          email('received'),
        )
      ).ok,
    ).toBe(true);
    expect(await stock(sweater)).toBe(before + 1);

    const [redemptionBefore] = await db.db
      .select()
      .from(promotionRedemptions)
      .where(eq(promotionRedemptions.orderId, order.id));
    // A double-submitted refund refunds once.
    const refunds = await Promise.all([
      refundReturn(db.db, provider(), ret.id, {
        staffId: staff,
        includeShipping: false,
        email: email('refunded'),
      }),
      refundReturn(db.db, provider(), ret.id, {
        staffId: staff,
        includeShipping: false,
        email: email('refunded'),
      }),
    ]);
    expect(refunds.some((r) => r.ok)).toBe(true);
    expect(await refundsOf(order.paymentId)).toEqual([
      expect.objectContaining({ amount: itemPaid, currency: 'EUR', status: 'succeeded' }),
    ]);
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after).toMatchObject({ financialStatus: 'partially_refunded', refunded: itemPaid });
    // The campaign gets back the refunded share of what it spent (rounded down), and keeps the use.
    const [redemption] = await db.db
      .select()
      .from(promotionRedemptions)
      .where(eq(promotionRedemptions.orderId, order.id));
    const share = Math.floor(
      (redemptionBefore!.amount * lines[0]!.lineTotal) / (lines[0]!.lineTotal + lines[1]!.lineTotal),
    );
    expect(redemption).toMatchObject({
      status: 'redeemed',
      amount: redemptionBefore!.amount - share,
      credited: share,
    });

    const mails = await db.db
      .select({ subject: emailOutbox.subject })
      .from(emailOutbox)
      .where(
        sql`${emailOutbox.kind} like 'return-%' and ${emailOutbox.aboutGid} = ${`gid://shopify/Order/${order.id}`}`,
      )
      .orderBy(emailOutbox.id);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Wir haben Ihre Rücksendeanfrage/),
      expect.stringContaining(ret.rma),
      expect.stringContaining(ret.rma),
      expect.stringContaining(ret.rma),
    ]);

    // The second item, then: the whole order is refunded and the campaign released (use back too).
    const second = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[1]!.id)], language: 'de', email: email('requested') },
      new Date(),
    );
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    await approveReturn(db.db, second.ret.id, staff, email('approved'));
    const [secondLine] = (await returnableOrder(db.db, order.id, new Date()))!.returns.find(
      (r) => r.id === second.ret.id,
    )!.lines;
    await receiveReturn(
      db.db,
      second.ret.id,
      [{ returnLineId: secondLine!.id, outcome: 'dispose', disposeReason: 'used' }],
      staff,
      email('received'),
    );
    const paid = await refundReturn(db.db, provider(), second.ret.id, {
      staffId: staff,
      includeShipping: true,
      email: email('refunded'),
    });
    expect(paid.ok).toBe(true);
    const [final] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(final).toMatchObject({ financialStatus: 'refunded', refunded: final!.total });
    const [released] = await db.db
      .select()
      .from(promotionRedemptions)
      .where(eq(promotionRedemptions.orderId, order.id));
    expect(released!.status).toBe('released');
    expect((await refundsOf(order.paymentId)).reduce((s, r) => s + r.amount, 0)).toBe(final!.total);
  });

  it('a declined return frees its items for another request', async () => {
    const { order, lines } = await delivered();
    const first = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[0]!.id)], language: 'de', email: email('requested') },
      new Date(),
    );
    if (!first.ok) throw new Error('refused');
    expect((await declineReturn(db.db, first.ret.id, 'used', staff, email('declined'))).ok).toBe(true);
    expect((await approveReturn(db.db, first.ret.id, staff, email('approved'))).ok).toBe(false);
    const again = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[0]!.id)], language: 'de', email: email('requested') },
      new Date(),
    );
    expect(again.ok).toBe(true);
  });

  it('the store’s own reasons: a custom one is accepted, a switched-off one refused, old returns keep theirs', async () => {
    const { order, lines } = await delivered();
    const tree = [
      ...defaultReasonTree().map((r) => (r.code === 'changed_mind' ? { ...r, active: false } : r)),
      {
        code: 'arrived_late',
        active: true,
        photo: false,
        note: true,
        labels: { en: 'Arrived too late', de: 'Zu spät angekommen' },
        sub: [],
      },
    ];
    await saveReasonTree(db.db, tree);
    const ask = (over: Partial<NewReturnLine>) =>
      requestReturn(
        db.db,
        order.id,
        { lines: [line(lines[0]!.id, over)], language: 'de', email: email('requested') },
        new Date(),
      );
    expect(await ask({ reason: 'changed_mind', subReason: null })).toEqual({
      ok: false,
      errors: { [`reason-${lines[0]!.id}`]: 'reasonRequired' },
    });
    expect(await ask({ reason: 'arrived_late', subReason: null })).toEqual({
      ok: false,
      errors: { [`note-${lines[0]!.id}`]: 'noteRequired' },
    });
    const ok = await ask({ reason: 'arrived_late', subReason: null, note: 'Zwei Wochen zu spät.' });
    expect(ok.ok).toBe(true);
    expect(await loadReasonTree(db.db)).toEqual(tree);
    await saveReasonTree(db.db, defaultReasonTree());
  });

  it('outside the window nothing can be returned, with the reason', async () => {
    const { order, lines } = await delivered(
      { country: 'JP', language: 'ja', lines: [{ variantId: sweater, quantity: 1 }] },
      45,
    );
    const state = (await returnableOrder(db.db, order.id, new Date()))!;
    expect(state.eligibility.lines).toEqual([
      { orderLineId: lines[0]!.id, returnable: 0, problem: 'window_closed' },
    ]);
    const refused = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[0]!.id)], language: 'ja', email: email('requested') },
      new Date(),
    );
    expect(refused).toEqual({ ok: false, errors: { [`qty-${lines[0]!.id}`]: 'ineligible.window_closed' } });
  });
});

describe('what support and the rules read', () => {
  it('the queue counts each return’s own units and reasons; the rules see each product’s own collections', async () => {
    const { order, lines } = await delivered({ lines: [{ variantId: sweater, quantity: 3 }] });
    const asked = await requestReturn(
      db.db,
      order.id,
      {
        lines: [line(lines[0]!.id, { quantity: 2, reason: 'changed_mind', subReason: null })],
        language: 'de',
        email: email('requested'),
      },
      new Date(),
    );
    if (!asked.ok) throw new Error(JSON.stringify(asked.errors));
    const { rows } = await listReturns(db.db, { query: asked.ret.rma });
    expect(rows).toEqual([
      expect.objectContaining({ rma: asked.ret.rma, units: 2, reasons: ['changed_mind'] }),
    ]);
    expect((await listReturns(db.db, { reason: 'changed_mind' })).rows.map((r) => r.rma)).toContain(
      asked.ret.rma,
    );
    expect((await listReturns(db.db, { reason: 'wrong_item' })).rows.map((r) => r.rma)).not.toContain(
      asked.ret.rma,
    );
    const product = (await findVariantProductIds(db.db, [sweater])).get(sweater)!;
    const expected = (await collectionsOfProducts(db.db, [product]))
      .get(product)!
      .map((c) => c.handle)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await returnFacts(db.db, [sweater])).get(sweater)!.collections).toEqual(
      expect.arrayContaining(expected),
    );
  });
});

describe('refunds never pass what was paid', () => {
  it('two refunds racing for more than is left: one pays, the other is refused, and the provider agrees', async () => {
    const { order } = await delivered();
    const big = Math.ceil(order.total * 0.6);
    const outcomes = await Promise.all(
      ['race-a', 'race-b'].map((key) =>
        refundOrder(db.db, provider(), order.id, {
          amount: big,
          parts: { items: big, duties: 0, shipping: 0, fees: 0 },
          idempotencyKey: `${key}:${order.id}`,
        }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ ok: false, reason: 'exceedsPaid' });
    expect(await refundsOf(order.paymentId)).toHaveLength(1);
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row!.refunded).toBe(big);
  });

  it('the same key twice is one refund; a key reused for another amount is refused', async () => {
    const { order } = await delivered();
    const refund = (amount: number) =>
      refundOrder(db.db, provider(), order.id, {
        amount,
        parts: { items: amount, duties: 0, shipping: 0, fees: 0 },
        idempotencyKey: `same:${order.id}`,
      });
    const first = await refund(500);
    const second = await refund(500);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(second).toMatchObject({ ok: true, replayed: true });
    expect(await refund(600)).toEqual({ ok: false, reason: 'notRefundable' });
    expect(await refundsOf(order.paymentId)).toHaveLength(1);
  });
});

describe('market rules', () => {
  it('an EU market cannot set a return window under 14 days', async () => {
    const config = await getMarketConfig(db.db);
    const de = config.markets.find((m) => m.countries.includes('DE'))!;
    expect(await saveMarket(db.db, de.id, marketForm(de, { returnWindowDays: '10' }))).toEqual({
      ok: false,
      errors: { returnWindowDays: 'euWithdrawalFloor' },
    });
    const jp = config.markets.find((m) => m.countries.includes('JP'))!;
    expect((await saveMarket(db.db, jp.id, marketForm(jp, { returnWindowDays: '7' }))).ok).toBe(true);
  });
});

describe('the portal lookup and tokens', () => {
  const noWait = async () => {};

  it('finds an order by number with its email or postal code, and says the same "not found" for anything else', async () => {
    const { order } = await delivered();
    const look = (
      proof: { email: string } | { postalCode: string },
      number = order.number,
      client = '203.0.113.1',
    ) => lookupOrder(db.db, { number, proof, client }, noWait);
    expect(await look({ email: ' Shopper@Example.com ' })).toEqual({ ok: true, orderId: order.id });
    expect(await look({ postalCode: order.shippingAddress.zip.toLowerCase() })).toEqual({
      ok: true,
      orderId: order.id,
    });
    const wrongEmail = await look({ email: 'someone@else.com' });
    const noOrder = await look({ email: 'shopper@example.com' }, 999_999);
    const empty = await look({ postalCode: '' });
    expect(wrongEmail).toEqual({ ok: false, reason: 'notFound' });
    expect(noOrder).toEqual(wrongEmail);
    expect(empty).toEqual(wrongEmail);
  });

  it('limits guesses per order number across client addresses', async () => {
    const { order } = await delivered();
    const outcomes = [];
    for (let i = 0; i < 10; i++)
      outcomes.push(
        await lookupOrder(
          db.db,
          { number: order.number, proof: { email: `guess${i}@x.com` }, client: `198.51.100.${i}` },
          noWait,
        ),
      );
    expect(outcomes.slice(0, 8).every((o) => !o.ok && o.reason === 'notFound')).toBe(true);
    expect(outcomes[8]).toMatchObject({ ok: false, reason: 'rateLimited' });
    // Even the right email is refused now: the limit does not tell guesses apart.
    expect(
      await lookupOrder(
        db.db,
        { number: order.number, proof: { email: 'shopper@example.com' }, client: '198.51.100.99' },
        noWait,
      ),
    ).toMatchObject({
      ok: false,
      reason: 'rateLimited',
    });
  });

  it('a token opens only its own order, and only until it expires', () => {
    const now = new Date();
    const token = portalToken(42, now);
    expect(orderOfToken(token, now)).toBe(42);
    const [, expires, sig] = token.split('.');
    expect(orderOfToken(`43.${expires}.${sig}`, now)).toBeNull();
    expect(orderOfToken(`42.${Number(expires) + 1}.${sig}`, now)).toBeNull();
    expect(orderOfToken(token, new Date(now.getTime() + 31 * DAY))).toBeNull();
    expect(orderOfToken('42', now)).toBeNull();
    expect(orderOfToken(undefined, now)).toBeNull();
  });
});

describe('return analytics', () => {
  it('totals, and every breakdown, equal a direct sum over the orders and returns of the period', async () => {
    const from = new Date(Date.now() - 365 * DAY);
    const to = new Date(Date.now() + DAY);
    const a = await loadReturnAnalytics(db.db, from, to);
    const [direct] = (await db.db
      .execute(
        sql`
      select
        (select coalesce(sum(ol.quantity), 0)::int from order_lines ol join orders o on o.id = ol.order_id
          where o.cancelled_at is null and o.created_at between ${from.toISOString()} and ${to.toISOString()}) as sold,
        (select coalesce(sum(rl.quantity), 0)::int from return_lines rl join returns r on r.id = rl.return_id
          join orders o on o.id = r.order_id
          where r.status <> 'declined' and o.cancelled_at is null and o.created_at between ${from.toISOString()} and ${to.toISOString()}) as returned,
        (select coalesce(sum(r.refunded), 0)::int from returns r join orders o on o.id = r.order_id
          where o.cancelled_at is null and o.created_at between ${from.toISOString()} and ${to.toISOString()}) as refunded
    `,
      )
      .then((r) => (r as unknown as { rows?: unknown[] }).rows ?? (r as unknown as unknown[]))) as [
      { sold: number; returned: number; refunded: number },
    ];
    expect(a.totals.sold).toBe(Number(direct.sold));
    expect(a.totals.returned).toBe(Number(direct.returned));
    expect(a.totals.returned).toBeGreaterThan(0);
    // Every order here is in EUR or JPY against a USD shop: the refund cost is converted at each order's rate.
    expect(a.totals.refundShop).toBeGreaterThan(0);
    expect(Number(direct.refunded)).toBeGreaterThan(0);
    const sum = (rows: { sold: number; returned: number }[]) => [
      rows.reduce((s, r) => s + r.sold, 0),
      rows.reduce((s, r) => s + r.returned, 0),
    ];
    for (const rows of [a.byProduct, a.byVariant, a.byVendor, a.byMarket])
      expect(sum(rows)).toEqual([a.totals.sold, a.totals.returned]);
    expect(a.byMarket.reduce((s, m) => s + m.refundShop, 0)).toBe(a.totals.refundShop);
    expect(a.reasons.reduce((s, r) => s + r.units, 0)).toBe(a.totals.returned);
  });
});
