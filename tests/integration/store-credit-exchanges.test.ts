import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import {
  checkouts,
  emailOutbox,
  orderLines,
  orders,
  returnPolicies,
  returns,
  storeCreditEntries,
  testPayments,
  testRefunds,
  variants,
} from '#app/db/schema/index.ts';
import { loadCheckout } from '#app/modules/checkout/checkout.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { chooseCredit, sendCreditCode, verifyCreditCode } from '#app/modules/checkout/store-credit.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { cancelOrder } from '#app/modules/orders/cancel-order.server.ts';
import { refundOrder } from '#app/modules/orders/refunds.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { recomputePrices, setFixedPrice } from '#app/modules/pricing/pricing.server.ts';
import {
  approveReturn,
  completeExchange,
  declineReturn,
  receiveReturn,
  refundReturn,
} from '#app/modules/returns/return-actions.server.ts';
import { exchangeChoices } from '#app/modules/returns/exchanges.server.ts';
import { loadReturnAnalytics } from '#app/modules/returns/return-analytics.server.ts';
import { requestReturn, returnableOrder } from '#app/modules/returns/returns.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { addCredit, creditBalance } from '#app/modules/store-credit/store-credit.server.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { deliveredOrder } from '#tests/support/delivered-order.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { returnLine, stepEmail } from '#tests/support/return-requests.ts';

/**
 * Store credit and exchanges against a real database (PGlite and PostgreSQL): credit issued for
 * a return with the market's bonus, proved by an emailed code before it pays at checkout, never
 * spent twice by racing checkouts, given back on refunds and cancellations; exchanges that hold
 * the replacement's stock, release it when declined, and end in a linked replacement order.
 */

let db: DbHandle;
let medium: number;
let large: number;
let staff: number;
const provider = () => createTestProvider(db.db);
const DAY = 86_400_000;
const email = stepEmail;
const line = returnLine;
const stock = async (id: number) =>
  (await db.db.select({ q: variants.inventoryQuantity }).from(variants).where(eq(variants.id, id)))[0]!.q;
const balance = async (address: string, currency = 'EUR') =>
  (await creditBalance(db.db, address, currency)).amount;

beforeAll(async () => {
  db = await createTestDb('seeded');
  staff = (await createStaff(db.db, { email: 'desk@shop.test', name: 'Desk', role: 'support', locale: 'en' }))
    .id;
  medium = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  large = await variantIdBySku(db.db, 'AO-MER-OAT-L');
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 100 })
    .where(sql`${variants.id} in (${medium}, ${large})`);
});
afterAll(async () => db?.close());

/** Grants credit to an address as staff would (an issue lot that never lapses). */
async function grant(address: string, amount: number, key: string, expiresAt: Date | null = null) {
  await db.db.transaction((tx) =>
    addCredit(tx as unknown as typeof db.db, 'issue', {
      email: address,
      currency: 'EUR',
      amount,
      idempotencyKey: key,
      expiresAt,
    }),
  );
}

/** A German checkout up to payment, its email set to `address`, with the credit proved by the emailed code and applied. */
async function creditCheckout(address: string, lines = [{ variantId: medium, quantity: 1 }]) {
  const { token } = await readyCheckout(db.db, { country: 'DE', language: 'de', lines });
  await db.db.update(checkouts).set({ email: address }).where(eq(checkouts.cartId, token));
  const state = (await loadCheckout(db.db, token))!;
  expect(await sendCreditCode(db.db, state)).toBe('sent');
  const [mail] = await db.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, 'store-credit-code'), eq(emailOutbox.to, address)))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  const code = /\b(\d{6})\b/.exec(mail!.text)![1]!;
  expect(await verifyCreditCode(db.db, state, code)).toBe('verified');
  return token;
}

describe('store credit', () => {
  it('a return resolved as credit issues the refund plus the market’s bonus, lapsing when the market says', async () => {
    const config = await getMarketConfig(db.db);
    const de = config.markets.find((m) => m.countries.includes('DE'))!;
    await db.db
      .insert(returnPolicies)
      .values({ marketId: de.id, storeCreditBonusBps: 1000, storeCreditExpiryDays: 365 })
      .onConflictDoUpdate({
        target: returnPolicies.marketId,
        set: { storeCreditBonusBps: 1000, storeCreditExpiryDays: 365 },
      });
    const { order, lines } = await deliveredSweater();
    const asked = await requestReturn(
      db.db,
      order.id,
      { lines: [line(lines[0]!.id)], language: 'de', resolution: 'store_credit', email: email('requested') },
      new Date(),
    );
    expect(asked.ok).toBe(true);
    const ret = asked.ok ? asked.ret : null!;
    expect(ret.estimate.creditBonus).toBe(Math.floor(ret.estimate.total / 10));
    await approveReturn(db.db, ret.id, staff, email('approved'));
    await receiveReturn(
      db.db,
      ret.id,
      [{ returnLineId: (await returnLinesOf(ret.id))[0]!, outcome: 'restock', disposeReason: null }],
      staff,
      email('received'),
    );
    const paid = await refundReturn(db.db, provider(), ret.id, {
      staffId: staff,
      includeShipping: false,
      email: email('credited'),
    });
    expect(paid.ok).toBe(true);
    // Nothing went back to the card; the order counts the refund; the balance holds it plus 10 %.
    expect(
      await db.db.select().from(testRefunds).where(eq(testRefunds.paymentId, order.paymentId)),
    ).toHaveLength(0);
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.refunded).toBe(ret.estimate.total);
    expect(after!.financialStatus).toBe('refunded');
    expect(await balance(order.email)).toBe(ret.estimate.total + Math.floor(ret.estimate.total / 10));
    const [entry] = await db.db
      .select()
      .from(storeCreditEntries)
      .where(eq(storeCreditEntries.returnId, ret.id));
    expect(entry!.kind).toBe('issue');
    expect(Math.round((entry!.expiresAt!.getTime() - entry!.createdAt.getTime()) / DAY)).toBe(365);
    // A second click issues nothing more.
    await refundReturn(db.db, provider(), ret.id, {
      staffId: staff,
      includeShipping: false,
      email: email('credited'),
    });
    expect(
      await db.db.select().from(storeCreditEntries).where(eq(storeCreditEntries.returnId, ret.id)),
    ).toHaveLength(1);
  });

  it('pays part of a checkout once the emailed code proves the address; the card pays the rest', async () => {
    const address = 'partial@example.com';
    await grant(address, 2000, 'grant:partial');
    const token = await creditCheckout(address);
    // The shopper can take the credit off again and put it back.
    await chooseCredit(db.db, token, false);
    expect((await loadCheckout(db.db, token))!.credit.applied.amount).toBe(0);
    await chooseCredit(db.db, token, true);
    const state = (await loadCheckout(db.db, token))!;
    expect(state.credit).toMatchObject({ verified: true, applied: { amount: 2000 } });
    expect(state.due.amount).toBe(state.totals.total.amount - 2000);
    expect((await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    expect(order!.storeCredit).toBe(2000);
    const [payment] = await db.db.select().from(testPayments).where(eq(testPayments.id, order!.paymentId));
    expect(payment!.amount).toBe(order!.total - 2000);
    expect(await balance(address)).toBe(0);
    // A refund of everything: the card gets its part, the credit its own.
    const back = await refundOrder(db.db, provider(), order!.id, {
      amount: order!.total,
      parts: { items: order!.total, duties: 0, shipping: 0, fees: 0 },
      idempotencyKey: 'all-back',
    });
    expect(back.ok && back.refund.toCredit).toBe(2000);
    const cardBack = await db.db
      .select()
      .from(testRefunds)
      .where(eq(testRefunds.paymentId, order!.paymentId));
    expect(cardBack.reduce((s, r) => s + r.amount, 0)).toBe(order!.total - 2000);
    expect(await balance(address)).toBe(2000);
  });

  it('credit that covers the order needs no card; cancelling gives the credit back', async () => {
    const address = 'whole@example.com';
    await grant(address, 1_000_000, 'grant:whole');
    const token = await creditCheckout(address);
    const state = (await loadCheckout(db.db, token))!;
    expect(state.due.amount).toBe(0);
    expect(state.next).toBe('review');
    expect((await payForCheckout(db.db, provider(), token, PAYMENT_CTX)).kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    expect(order).toMatchObject({
      paymentProvider: 'store_credit',
      financialStatus: 'paid',
      storeCredit: order!.total,
    });
    expect(await balance(address)).toBe(1_000_000 - order!.total);
    const cancelled = await cancelOrder(db.db, provider(), order!.id, { reason: 'customer', staffId: staff });
    expect(cancelled.ok).toBe(true);
    expect(await balance(address)).toBe(1_000_000);
  });

  it('wrong codes are counted: after five, even the right code is refused; a changed email is not proved by the old code', async () => {
    const address = 'guess@example.com';
    await grant(address, 500, 'grant:guess');
    const { token } = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: medium, quantity: 1 }],
    });
    await db.db.update(checkouts).set({ email: address }).where(eq(checkouts.cartId, token));
    const state = (await loadCheckout(db.db, token))!;
    expect(await sendCreditCode(db.db, state)).toBe('sent');
    const [mail] = await db.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, 'store-credit-code'), eq(emailOutbox.to, address)));
    const right = /\b(\d{6})\b/.exec(mail!.text)![1]!;
    const wrong = right === '000000' ? '000001' : '000000';
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await verifyCreditCode(db.db, state, wrong));
    expect(outcomes).toEqual(Array(5).fill('wrongCode'));
    expect(await verifyCreditCode(db.db, state, right)).toBe('tooManyAttempts');
    expect((await loadCheckout(db.db, token))!.credit.verified).toBe(false);
    // Proved for one address, then the email changes: the credit no longer applies.
    const other = await creditCheckout(address);
    await db.db
      .update(checkouts)
      .set({ email: 'someone-else@example.com' })
      .where(eq(checkouts.cartId, other));
    expect((await loadCheckout(db.db, other))!.credit).toMatchObject({
      verified: false,
      balance: null,
      applied: { amount: 0 },
    });
  });

  it('asking for codes is rate-limited per checkout and per address', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: medium, quantity: 1 }],
    });
    await db.db
      .update(checkouts)
      .set({ email: 'spam-target@example.com' })
      .where(eq(checkouts.cartId, token));
    const state = (await loadCheckout(db.db, token))!;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await sendCreditCode(db.db, state));
    expect(answers).toEqual(['sent', 'sent', 'sent', 'rateLimited']);
    // No credit on that address: no mail went out, though the answer was the same.
    expect(
      await db.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'spam-target@example.com')),
    ).toHaveLength(0);
  });

  it('racing checkouts never spend one balance twice: one wins, the others’ cards are released, the balance ends at 0', async () => {
    const address = 'race@example.com';
    await grant(address, 100, 'grant:race-seed');
    // Three checkouts (the per-address code limit), each proved and each applying the whole balance.
    const tokens = [];
    for (let i = 0; i < 3; i++) tokens.push(await creditCheckout(address));
    const total = (await loadCheckout(db.db, tokens[0]!))!.totals.total.amount;
    await grant(address, Math.floor(total / 2) - 100, 'grant:race');
    const share = await balance(address);
    for (const t of tokens) expect((await loadCheckout(db.db, t))!.credit.applied.amount).toBe(share);
    const outcomes = await Promise.all(tokens.map((t) => payForCheckout(db.db, provider(), t, PAYMENT_CTX)));
    expect(outcomes.filter((o) => o.kind === 'placed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'creditChanged')).toHaveLength(2);
    expect(await balance(address)).toBe(0);
    const [won] = await db.db.select().from(orders).where(eq(orders.email, address));
    expect(won!.storeCredit).toBe(share);
    // The losers' card authorisations were released, never captured.
    const payments = await db.db
      .select()
      .from(testPayments)
      .where(
        sql`${testPayments.metadata}->>'cart' in (${sql.join(
          tokens.map((t) => sql`${t}`),
          sql`, `,
        )})`,
      );
    expect(payments.filter((p) => p.id !== won!.paymentId).map((p) => p.status)).toEqual([
      'canceled',
      'canceled',
    ]);
  });

  it('credit lapses at its expiry, as an expire entry in the ledger', async () => {
    const address = 'lapse@example.com';
    await grant(address, 700, 'grant:lapse-old', new Date(Date.now() - DAY));
    await grant(address, 300, 'grant:lapse-new');
    expect(await balance(address)).toBe(300);
    const expired = await db.db
      .select()
      .from(storeCreditEntries)
      .where(
        eq(
          storeCreditEntries.idempotencyKey,
          sql`'expire:' || (select id from store_credit_entries where idempotency_key = 'grant:lapse-old')`,
        ),
      );
    expect(expired).toHaveLength(1);
    expect(expired[0]!.amount).toBe(700);
  });
});

/** A delivered German order of one sweater in M. */
const deliveredSweater = () =>
  deliveredOrder(db.db, provider(), { staffId: staff, lines: [{ variantId: medium, quantity: 1 }] });

/** Fixes (or, with null, clears) the German market's price of the variants, as the price list does. */
async function priceInGermany(variantIds: number[], price: number | null) {
  const config = await getMarketConfig(db.db);
  const de = config.markets.find((m) => m.countries.includes('DE'))!;
  for (const v of variantIds) await setFixedPrice(db.db, de.id, v, price);
  await recomputePrices(db.db, config, { variantIds });
}

/** The shopper asks to exchange one unit of an order line for `variantId` (null: none chosen). */
function askExchange(orderId: number, orderLineId: number, variantId: number | null) {
  return requestReturn(
    db.db,
    orderId,
    {
      lines: [line(orderLineId, { exchangeVariantId: variantId })],
      language: 'de',
      resolution: 'exchange',
      email: email('requested'),
    },
    new Date(),
  );
}

async function returnLinesOf(returnId: number): Promise<number[]> {
  const rows = await db.db.execute<{ id: number }>(
    sql`select id from return_lines where return_id = ${returnId} order by id`,
  );
  return (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows).map((r) => Number(r.id));
}

describe('exchanges', () => {
  it('another size: the replacement’s stock is held from the request and a declined exchange gives it back', async () => {
    const { order, lines } = await deliveredSweater();
    const state = (await returnableOrder(db.db, order.id, new Date()))!;
    const choices = await exchangeChoices(db.db, state, 'de');
    expect(choices.get(lines[0]!.id)!.map((c) => c.variantId)).toContain(large);
    const before = await stock(large);
    const asked = await askExchange(order.id, lines[0]!.id, large);
    expect(asked.ok).toBe(true);
    expect(await stock(large)).toBe(before - 1);
    await declineReturn(db.db, asked.ok ? asked.ret.id : 0, 'used', staff, email('declined'));
    expect(await stock(large)).toBe(before);
  });

  it('after a price rise on the whole product a size swap is still offered, even, with nothing to refund', async () => {
    const { order, lines } = await deliveredSweater();
    await priceInGermany([medium, large], lines[0]!.unitPrice + 1000);
    const state = (await returnableOrder(db.db, order.id, new Date()))!;
    expect((await exchangeChoices(db.db, state, 'de')).get(lines[0]!.id)!.map((c) => c.variantId)).toContain(
      large,
    );
    const asked = await askExchange(order.id, lines[0]!.id, large);
    expect(asked.ok && asked.ret.estimate.total).toBe(0);
    await priceInGermany([medium, large], null);
  });

  it('an exchange without a replacement, or for another product’s variant, is refused and changes nothing', async () => {
    const { order, lines } = await deliveredSweater();
    const candle = (
      await db.db
        .select({ id: variants.id })
        .from(variants)
        .where(sql`${variants.hsCode} = '340600'`)
        .limit(1)
    )[0]!.id;
    const before = await stock(candle);
    for (const exchangeVariantId of [null, candle]) {
      const asked = await askExchange(order.id, lines[0]!.id, exchangeVariantId);
      expect(asked).toEqual({ ok: false, errors: { [`exchange-${lines[0]!.id}`]: 'exchangeRequired' } });
    }
    expect(await stock(candle)).toBe(before);
  });

  it('completes with a linked replacement order at no charge, the return restocked, and a cheaper size’s difference refunded once', async () => {
    const { order, lines } = await deliveredSweater();
    await priceInGermany([large], lines[0]!.unitPrice - 1000);
    const heldBefore = await stock(large);
    const returnedBefore = await stock(medium);
    const asked = await askExchange(order.id, lines[0]!.id, large);
    const ret = asked.ok ? asked.ret : null!;
    // The difference is the same share of what was paid as the price drop is of the list price.
    expect(ret.estimate.total).toBe(Math.floor((lines[0]!.lineTotal * 1000) / lines[0]!.unitPrice));
    expect(ret.estimate.restockingFee + ret.estimate.returnShippingFee).toBe(0);
    await approveReturn(db.db, ret.id, staff, email('approved'));
    // Refund is not the way an exchange ends.
    expect(
      (
        await refundReturn(db.db, provider(), ret.id, {
          staffId: staff,
          includeShipping: false,
          email: email('refunded'),
        })
      ).ok,
    ).toBe(false);
    await receiveReturn(
      db.db,
      ret.id,
      [{ returnLineId: (await returnLinesOf(ret.id))[0]!, outcome: 'restock', disposeReason: null }],
      staff,
      email('received'),
    );
    const period = [new Date(Date.now() - 30 * DAY), new Date(Date.now() + DAY)] as const;
    const soldBefore = (await loadReturnAnalytics(db.db, ...period)).totals.sold;
    const done = await completeExchange(db.db, provider(), ret.id, {
      staffId: staff,
      email: email('exchanged'),
    });
    // The replacement is a shipment, not a sale: return rates do not count it.
    expect((await loadReturnAnalytics(db.db, ...period)).totals.sold).toBe(soldBefore);
    expect(done.ok).toBe(true);
    const again = await completeExchange(db.db, provider(), ret.id, {
      staffId: staff,
      email: email('exchanged'),
    });
    expect(again.ok).toBe(false);
    const [replacement] = await db.db.select().from(orders).where(eq(orders.exchangeForReturnId, ret.id));
    expect(replacement).toMatchObject({
      total: 0,
      financialStatus: 'paid',
      email: order.email,
      fulfillmentStatus: 'unfulfilled',
    });
    const [linked] = await db.db.select().from(returns).where(eq(returns.id, ret.id));
    expect(linked).toMatchObject({ status: 'exchanged', exchangeOrderId: replacement!.id });
    const [after] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.refunded).toBe(ret.estimate.total);
    const newLines = await db.db.select().from(orderLines).where(eq(orderLines.orderId, replacement!.id));
    expect(newLines.map((l) => [l.variantId, l.quantity, l.lineTotal])).toEqual([[large, 1, 0]]);
    // Stock moved: the returned unit is back, the replacement was taken once (at the request).
    expect(await stock(medium)).toBe(returnedBefore + 1);
    expect(await stock(large)).toBe(heldBefore - 1);
    const refunds = await db.db.select().from(testRefunds).where(eq(testRefunds.paymentId, order.paymentId));
    expect(refunds.map((r) => r.amount)).toEqual([ret.estimate.total]);
    await priceInGermany([large], null);
  });
});
