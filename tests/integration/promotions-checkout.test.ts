import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { emailOutbox, orders, promotionRedemptions, testPayments, variants } from '#app/db/schema/index.ts';
import { updateDiscountCodes } from '#app/modules/cart/cart.server.ts';
import { loadCheckout } from '#app/modules/checkout/checkout.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { releaseForOrder } from '#app/modules/promotions/redemptions.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * Promotions through real checkouts on the demo store: the discount comes off before VAT, the
 * order records it and its redemption, and a campaign's budget holds when 200 checkouts pay at
 * once (PGlite and PostgreSQL both run this file).
 */

let db: DbHandle;
let sweater: number;
let deMarket: number;
const provider = () => createTestProvider(db.db);

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  await db.db.update(variants).set({ inventoryQuantity: 100_000 }).where(eq(variants.id, sweater));
  const config = await getMarketConfig(db.db);
  deMarket = config.markets.find((m) => m.countries.includes('DE'))!.id;
});
afterAll(async () => db?.close());

const spend100get15 = (budget: number | null, code: string | null = null) =>
  createCampaign(
    db.db,
    {
      name: 'DE winter',
      marketIds: [deMarket],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: budget == null ? null : { EUR: budget },
      usageLimit: null,
      perCustomerLimit: null,
    },
    [
      {
        title: { en: 'Spend €100, get €15', de: '€15 ab €100' },
        conditions: [{ code: 'minimum-spend', args: { amounts: { EUR: 10000 } } }],
        action: { code: 'amount-off', args: { amounts: { EUR: 1500 }, target: { kind: 'order' } } },
        code,
      },
    ],
  );

describe('promotions at checkout', () => {
  it('DE: €15 off a €140.95 sweater before VAT; the order and its redemption record it; the US does not get it', async () => {
    await spend100get15(null, 'WINTER15');
    const de = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    // Without the code: nothing.
    expect(de.state.promotions.applied).toEqual([]);
    await updateDiscountCodes(db.db, de.token, ['  winter15 ']);
    const state = (await loadCheckout(db.db, de.token))!;
    expect(state.promotions.codes).toEqual([{ code: 'WINTER15', applicable: true }]);
    // 14095 − 1500 = 12595 incl. VAT: VAT is on the discounted price, 12595 × 19/119 = 2010.9 → 2011.
    expect(state.totals.lines[0]!.total.amount).toBe(12595);
    expect(state.totals.tax?.amount).toBe(2011);
    const outcome = await payForCheckout(db.db, provider(), de.token, PAYMENT_CTX);
    expect(outcome.kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, de.token));
    expect(order!.discounts).toEqual([
      expect.objectContaining({ code: 'WINTER15', class: 'order', amount: 1500 }),
    ]);
    // The email shows the discount as its own row under the subtotal before it.
    const [email] = await db.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.aboutGid, `gid://shopify/Order/${order!.id}`));
    expect(email!.text).toMatch(/Zwischensumme: 140,95\s€\nRabatt \(WINTER15\): −15,00\s€/);
    const [redemption] = await db.db
      .select()
      .from(promotionRedemptions)
      .where(eq(promotionRedemptions.cartId, de.token));
    expect(redemption).toMatchObject({
      status: 'redeemed',
      orderId: order!.id,
      amount: 1500,
      currency: 'EUR',
    });

    const us = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    await updateDiscountCodes(db.db, us.token, ['WINTER15']);
    const usState = (await loadCheckout(db.db, us.token))!;
    expect(usState.promotions.applied).toEqual([]);
    expect(usState.promotions.rejected).toEqual([
      expect.objectContaining({ code: 'WINTER15', reason: { kind: 'not-in-market' } }),
    ]);
  });

  it('the Storefront API cart: the code is applicable in Germany and the cost is after the discount', async () => {
    await spend100get15(null, 'API15');
    const gid = `gid://shopify/ProductVariant/${sweater}`;
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      const r = await executeStorefront(db.db, 'https://shop.test', { query, variables });
      expect(r.errors).toBeUndefined();
      return r.data as {
        cartCreate: {
          warnings: { code: string; message: string }[];
          cart: {
            discountCodes: { code: string; applicable: boolean }[];
            cost: { subtotalAmount: { amount: string }; totalAmount: { amount: string } };
          };
        };
      };
    };
    const create = (country: string) =>
      run(
        `mutation M($input: CartInput) { cartCreate(input: $input) { cart { discountCodes { code applicable } cost { subtotalAmount { amount } totalAmount { amount } } } userErrors { code } warnings { code message } } }`,
        {
          input: {
            lines: [{ merchandiseId: gid, quantity: 1 }],
            buyerIdentity: { countryCode: country },
            discountCodes: ['ａｐｉ１５', 'NOPE'],
          },
        },
      );
    const deCreated = (await create('DE')).cartCreate;
    // The unknown code is reported in the presentment language (English here: no @inContext).
    expect(deCreated.warnings).toEqual([{ code: 'DISCOUNT_NOT_FOUND', message: 'Code NOPE isn’t valid.' }]);
    const de = deCreated.cart;
    expect(de.discountCodes).toEqual([
      { code: 'ａｐｉ１５', applicable: true },
      { code: 'NOPE', applicable: false },
    ]);
    expect(de.cost.subtotalAmount.amount).toBe('125.95');
    // Hydrogen's cartDiscountCodesUpdate defers its cart: @defer is served and executed at once.
    const cartId = (
      (
        await executeStorefront(db.db, 'https://shop.test', {
          query: `mutation { cartCreate(input: { lines: [{ merchandiseId: "${gid}", quantity: 1 }], buyerIdentity: { countryCode: DE } }) { cart { id } } }`,
        })
      ).data as { cartCreate: { cart: { id: string } } }
    ).cartCreate.cart.id;
    const deferred = await executeStorefront(db.db, 'https://shop.test', {
      query: `mutation M($cartId: ID!, $discountCodes: [String!]!) { cartDiscountCodesUpdate(cartId: $cartId, discountCodes: $discountCodes) { ... @defer { cart { discountCodes { code applicable } } } userErrors { code } warnings { code } } }`,
      variables: { cartId, discountCodes: ['api15'] },
    });
    expect(deferred).toEqual({
      data: {
        cartDiscountCodesUpdate: {
          cart: { discountCodes: [{ code: 'api15', applicable: true }] },
          userErrors: [],
          warnings: [],
        },
      },
    });
    const usCreated = (await create('US')).cartCreate;
    expect(usCreated.cart.discountCodes.every((c) => !c.applicable)).toBe(true);
    expect(usCreated.warnings).toContainEqual({
      code: 'DISCOUNT_CODE_NOT_HONOURED',
      message: 'Code API15 isn’t available in your country.',
    });
  });

  it('a €200 budget holds when 200 checkouts with €15 off pay at once: 13 discounted orders, never €201', async () => {
    await spend100get15(20000, 'BUDGET15');
    const tokens: string[] = [];
    for (let i = 0; i < 200; i++) {
      const { token } = await readyCheckout(db.db, {
        country: 'DE',
        language: 'de',
        lines: [{ variantId: sweater, quantity: 1 }],
      });
      await updateDiscountCodes(db.db, token, ['BUDGET15']);
      tokens.push(token);
    }
    // Every checkout was quoted with the discount before anyone paid.
    expect((await loadCheckout(db.db, tokens[199]!))!.promotions.codes).toEqual([
      { code: 'BUDGET15', applicable: true },
    ]);
    const outcomes = await Promise.all(tokens.map((t) => payForCheckout(db.db, provider(), t, PAYMENT_CTX)));
    const placed = outcomes.filter((o) => o.kind === 'placed');
    const changed = outcomes.filter((o) => o.kind === 'promotionsChanged');
    expect(placed.length + changed.length).toBe(200);
    const [spent] = await db.db
      .select({
        sum: sql<number>`coalesce(sum(${promotionRedemptions.amount}), 0)::int`,
        count: sql<number>`count(*)::int`,
      })
      .from(promotionRedemptions)
      .where(sql`${promotionRedemptions.code} = 'BUDGET15' and ${promotionRedemptions.status} = 'redeemed'`);
    expect(spent).toEqual({ sum: 13 * 1500, count: 13 });
    expect(placed).toHaveLength(13);
    // Those refused were never charged, and priced again they no longer get the discount.
    for (const o of outcomes
      .map((x, i) => [x, tokens[i]!] as const)
      .filter(([x]) => x.kind === 'promotionsChanged')
      .slice(0, 3)) {
      const charged = await db.db
        .select()
        .from(testPayments)
        .where(sql`${testPayments.metadata}->>'cart' = ${o[1]}`);
      expect(charged).toEqual([]);
      const again = (await loadCheckout(db.db, o[1]))!;
      expect(again.promotions.rejected).toEqual([
        expect.objectContaining({ code: 'BUDGET15', reason: { kind: 'budget' } }),
      ]);
    }
  }, 240_000);

  it('an order given back (cancelled or refunded) returns its budget and its use to the campaign', async () => {
    await spend100get15(1500, 'ONCE15');
    const pay = async () => {
      const { token } = await readyCheckout(db.db, {
        country: 'DE',
        language: 'de',
        lines: [{ variantId: sweater, quantity: 1 }],
      });
      await updateDiscountCodes(db.db, token, ['ONCE15']);
      return token;
    };
    const first = await pay();
    expect((await payForCheckout(db.db, provider(), first, PAYMENT_CTX)).kind).toBe('placed');
    const second = await pay();
    expect((await loadCheckout(db.db, second))!.promotions.rejected).toEqual([
      expect.objectContaining({ code: 'ONCE15', reason: { kind: 'budget' } }),
    ]);
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, first));
    await db.db.transaction((tx) => releaseForOrder(tx as unknown as typeof db.db, order!.id));
    expect((await loadCheckout(db.db, second))!.promotions.codes).toEqual([
      { code: 'ONCE15', applicable: true },
    ]);
    expect((await payForCheckout(db.db, provider(), second, PAYMENT_CTX)).kind).toBe('placed');
  });
});
