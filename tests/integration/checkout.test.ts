import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { emailOutbox, orderLines, orders, testPayments, variants } from '#app/db/schema/index.ts';
import { loadCheckout, saveAddress } from '#app/modules/checkout/checkout.server.ts';
import { builtInTaxProvider } from '#app/modules/checkout/core/tax.ts';
import { payForCheckout, reconcilePayments } from '#app/modules/checkout/pay.server.ts';
import { rateTableProviderFromFile, setTaxProvider } from '#app/modules/checkout/rate-table.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import {
  PAYMENT_CTX,
  payThenDie,
  readyCheckout,
  variantIdBySku,
  yenToCents,
  candleVariantId,
} from '#tests/support/checkout.ts';

let db: DbHandle;
let sweater: number;
let candle: number;
const ctx = PAYMENT_CTX;

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  candle = await candleVariantId(db.db);
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 500 })
    .where(sql`${variants.id} in (${sweater}, ${candle})`);
});
afterAll(async () => db?.close());

const provider = () => createTestProvider(db.db);

describe('checkout and orders', () => {
  it('US: adds state sales tax on top, no duties at home, and writes the next order number with a confirmation email', async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    expect(state.totals.taxIncluded).toBe(false);
    expect(state.tax!.ratePercent).toBe('4');
    expect(state.tax!.approximate).toBe(true);
    expect(state.totals.duties.amount).toBe(0);
    expect(state.totals.total.amount).toBe(
      state.totals.subtotal.amount + state.totals.shipping.amount + state.totals.tax!.amount,
    );
    // Numbers come from a sequence (first 1001); whatever ran before in this file, this order gets a later one.
    const [{ highest }] = (await db.db
      .select({ highest: sql<number>`coalesce(max(${orders.number}), 1000)::int` })
      .from(orders)) as [{ highest: number }];
    const outcome = await payForCheckout(db.db, provider(), token, ctx);
    if (outcome.kind !== 'placed') throw new Error(`order not placed: ${outcome.kind}`);
    expect(outcome.orderNumber).toBeGreaterThan(highest);
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    expect(order).toMatchObject({
      number: outcome.orderNumber,
      currency: 'USD',
      total: state.totals.total.amount,
      financialStatus: 'paid',
      totalShop: state.totals.total.amount,
    });
    const [email] = await db.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.aboutGid, `gid://shopify/Order/${order!.id}`));
    expect(email!.subject).toContain(String(outcome.orderNumber));
    expect(email!.html).not.toContain('<script');
  });

  it('DE: over €150 DDP the VAT inside prices becomes import VAT, collected with the duty; under it the order is IOSS with the €3 item duty', async () => {
    const big = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 2 }],
    });
    expect(big.state.currency).toBe('EUR');
    expect(big.state.lines[0]!.unitPrice.amount).toBe(14095);
    expect(big.state.landed).toMatchObject({ saleTax: false, lowValueScheme: null, notice: 'included' });
    // Two sweaters at €140.95 incl. 19 % VAT: VAT 28190 × 19/119 = 4500.9 → €45.01 comes out, so
    // the customs value is €236.89 (free shipping). Knitwear (HS 6110) pays 12 %: 2842.68 → €28.43;
    // import VAT 19 % of 23689 + 2843 = 5041.08 → €50.41; €78.84 is collected as its own line.
    expect(big.state.totals.shipping.amount).toBe(0);
    expect(big.state.totals.taxRemoved.amount).toBe(4501);
    expect(big.state.totals.subtotal.amount).toBe(23689);
    expect(big.state.landed).toMatchObject({ duty: 2843, importTax: 5041, collected: 7884 });
    expect(big.state.totals.duties.amount).toBe(7884);
    expect(big.state.totals.total.amount).toBe(23689 + 7884);
    const small = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    expect(small.state.landed).toMatchObject({ lowValueScheme: 'IOSS', duty: 300, importTax: 57 });
    expect(small.state.totals.duties.amount).toBe(357);
    const placed = await payForCheckout(db.db, provider(), small.token, ctx);
    expect(placed.kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, small.token));
    expect(order).toMatchObject({ lowValueScheme: 'IOSS', duties: 357, importNotice: 'included' });
    expect(order!.importRuleId).toBe(small.state.landed!.ruleId);
  });

  it('US with a ZIP rate table: Manhattan pays its combined 8.875 % (not the 4 % state base) and the order charges it', async () => {
    setTaxProvider(await rateTableProviderFromFile('tests/fixtures/tax/us-zip-rates-sample.csv'));
    try {
      const { token, state } = await readyCheckout(db.db, {
        country: 'US',
        address: 'US-10001',
        language: 'en',
        lines: [{ variantId: sweater, quantity: 1 }],
      });
      const unit = state.lines[0]!.unitPrice.amount;
      // 8.875 % per line, half away from zero; New York taxes shipping, the sweater ships free.
      expect(state.tax).toMatchObject({ ratePercent: '8.875', approximate: false });
      expect(state.totals.tax?.amount).toBe(Math.round((unit * 8875) / 100000));
      const outcome = await payForCheckout(db.db, provider(), token, ctx);
      expect(outcome.kind).toBe('placed');
      const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
      expect(order).toMatchObject({ tax: state.totals.tax!.amount, total: state.totals.total.amount });
      // A ZIP the table does not list falls back to the state base rate, labelled approximate.
      const other = await readyCheckout(db.db, {
        country: 'US',
        language: 'en',
        lines: [{ variantId: sweater, quantity: 1 }],
      });
      expect(other.state.tax).toMatchObject({ ratePercent: '4', approximate: true });
    } finally {
      setTaxProvider(builtInTaxProvider);
    }
  });

  it('JP: the yen total is charged as is and recorded in dollars with the exponent step', async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'JP',
      language: 'ja',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    expect(state.currency).toBe('JPY');
    const outcome = await payForCheckout(db.db, provider(), token, ctx);
    expect(outcome.kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const [payment] = await db.db.select().from(testPayments).where(eq(testPayments.id, order!.paymentId));
    expect(payment!.currency).toBe('JPY');
    expect(payment!.amount).toBe(order!.total);
    const lines = await db.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    // Shop-currency snapshot across the exponent step: ¥ ÷ 151.20 → US cents, exactly.
    expect(order!.totalShop).toBe(yenToCents(order!.total, '151.20'));
    expect(lines[0]!.unitPriceShop).toBe(yenToCents(lines[0]!.unitPrice, '151.20'));
  });

  it('refuses a declined card and insufficient funds: no order, and the shopper picks another card', async () => {
    for (const [card, code] of [
      ['4000 0000 0000 0002', 'generic_decline'],
      ['4000 0000 0000 9995', 'insufficient_funds'],
    ] as const) {
      const { token } = await readyCheckout(db.db, {
        country: 'US',
        language: 'en',
        lines: [{ variantId: candle, quantity: 1 }],
        card,
      });
      expect(await payForCheckout(db.db, provider(), token, ctx)).toEqual({ kind: 'declined', code });
      expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
      expect((await loadCheckout(db.db, token))!.paymentMethod).toBeNull();
    }
  });

  it('a double-submitted pay creates one payment and one order', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'GB',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    const results = await Promise.all([
      payForCheckout(db.db, provider(), token, ctx),
      payForCheckout(db.db, provider(), token, ctx),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['placed', 'placed']);
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toHaveLength(1);
    expect(
      await db.db
        .select()
        .from(testPayments)
        .where(sql`${testPayments.metadata}->>'cart' = ${token}`),
    ).toHaveLength(1);
  });

  it('sells exactly the stock: 50 concurrent checkouts for 10 units give 10 orders, 40 sold out and never charged', async () => {
    await db.db
      .update(variants)
      .set({ inventoryQuantity: 10, inventoryPolicy: 'deny' })
      .where(eq(variants.id, candle));
    const tokens = [];
    for (let i = 0; i < 50; i++)
      tokens.push(
        (
          await readyCheckout(db.db, {
            country: 'US',
            language: 'en',
            lines: [{ variantId: candle, quantity: 1 }],
          })
        ).token,
      );
    const outcomes = await Promise.all(tokens.map((t) => payForCheckout(db.db, provider(), t, ctx)));
    expect(outcomes.filter((o) => o.kind === 'placed')).toHaveLength(10);
    expect(outcomes.filter((o) => o.kind === 'soldOut')).toHaveLength(40);
    expect(
      (
        await db.db.select({ q: variants.inventoryQuantity }).from(variants).where(eq(variants.id, candle))
      )[0]!.q,
    ).toBe(0);
    const charged = await db.db
      .select()
      .from(testPayments)
      .where(
        sql`${testPayments.metadata}->>'cart' in (${sql.join(
          tokens.map((t) => sql`${t}`),
          sql`, `,
        )}) and ${testPayments.status} = 'succeeded'`,
      );
    expect(charged).toHaveLength(10);
    await db.db.update(variants).set({ inventoryQuantity: 500 }).where(eq(variants.id, candle));
  });

  it('completes the order on restart when the process died after the payment succeeded', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    const p = provider();
    // The real pay path up to the crash: quote frozen, payment created with its key and confirmed.
    const paymentId = await payThenDie(db.db, p, token);
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toEqual([]);
    expect((await db.db.select().from(testPayments).where(eq(testPayments.id, paymentId)))[0]!.status).toBe(
      'requires_capture',
    );
    expect(await reconcilePayments(db.db, p, ctx)).toBe(1);
    expect(await db.db.select().from(orders).where(eq(orders.cartId, token))).toHaveLength(1);
    expect(await reconcilePayments(db.db, p, ctx)).toBe(0);
  });

  it('fulfils once with a tracking number, and queues the shipping email in the shopper language', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'JP',
      language: 'ja',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    await payForCheckout(db.db, provider(), token, ctx);
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const { fulfilOrder } = await import('#app/modules/orders/orders.server.ts');
    const { shippingConfirmationEmail } = await import('#app/modules/email/templates.server.ts');
    const email = (o: typeof order) =>
      shippingConfirmationEmail({
        number: o!.number,
        language: o!.language,
        countryCode: o!.countryCode,
        email: o!.email,
        recipient: o!.shippingAddress,
        trackingNumber: 'JP123456789',
        trackingCompany: 'Yamato',
        shopName: 'Aurora & Oak',
        orderUrl: 'https://shop.test',
      });
    expect(
      await fulfilOrder(
        db.db,
        order!.id,
        { trackingNumber: 'JP123456789', trackingCompany: 'Yamato', staffId: null as never },
        email as never,
      ),
    ).toBe(true);
    expect(
      await fulfilOrder(
        db.db,
        order!.id,
        { trackingNumber: 'JP999', trackingCompany: null, staffId: null as never },
        email as never,
      ),
    ).toBe(false);
    const mails = await db.db
      .select()
      .from(emailOutbox)
      .where(sql`${emailOutbox.kind} = 'shipping-confirmation' and ${emailOutbox.to} = ${order!.email}`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe('ja');
    expect(mails[0]!.html).toContain('JP123456789');
    expect(mails[0]!.html).toContain('lang="ja-JP"');
    // Japanese greets the family name with 様, in the shipping email and in the order confirmation.
    const { lastName, firstName } = order!.shippingAddress;
    expect(mails[0]!.html).toContain(`${lastName}様`);
    expect(mails[0]!.html).not.toContain(`${firstName}様`);
    const [confirmation] = await db.db
      .select()
      .from(emailOutbox)
      .where(sql`${emailOutbox.kind} = 'order-confirmation' and ${emailOutbox.to} = ${order!.email}`)
      .orderBy(sql`${emailOutbox.id} desc`)
      .limit(1);
    expect(confirmation!.html).toContain(`${lastName}様`);
  });

  it('refuses an address that does not fit the country, next to each field, and saves nothing', async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: candle, quantity: 1 }],
    });
    const state = (await loadCheckout(db.db, token))!;
    const result = await saveAddress(db.db, state, {
      countryCode: 'US',
      firstName: '',
      lastName: 'X',
      address1: '1 Main St',
      city: 'Austin',
      province: 'ZZ',
      zip: '1234',
    });
    expect(result).toEqual({
      ok: false,
      errors: { firstName: 'required', zip: 'invalidZip', province: 'invalidRegion' },
    });
    expect((await loadCheckout(db.db, token))!.address!.city).toBe('New York');
    expect(await saveAddress(db.db, state, { ...state.address, countryCode: 'DE' })).toEqual({
      ok: false,
      errors: { countryCode: 'unsupportedCountry' },
    });
  });
});
