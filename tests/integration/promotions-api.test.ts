import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { variantIdBySku } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { MAX_CODES } from '#app/modules/cart/core/cart-input.ts';
import { findVariantProductIds } from '#app/modules/catalog/products.server.ts';

/**
 * Discount allocations through the Storefront API, as Shopify serves them: product discounts on
 * the lines (CartLine.discountAllocations, automatic ones with their title), order discounts on
 * the cart (Cart.discountAllocations, code ones with their code), and the costs after both.
 */

let db: DbHandle;
let sweater: number;
let candle: number;

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  candle = await variantIdBySku(db.db, 'AO-CND-SMV-CLASSIC');
  const products = await findVariantProductIds(db.db, [sweater]);
  const config = await getMarketConfig(db.db);
  const de = config.markets.find((m) => m.countries.includes('DE'))!.id;
  const campaign = {
    name: 'Knitwear week',
    marketIds: [de],
    startsAt: new Date('2026-01-01T00:00:00Z'),
    endsAt: null,
    status: 'active' as const,
    budget: null,
    usageLimit: null,
    perCustomerLimit: null,
  };
  await createCampaign(db.db, campaign, [
    {
      title: { en: 'Knitwear week', de: 'Strickwoche' },
      conditions: [],
      action: {
        code: 'percent-off',
        args: { percent: '20', target: { kind: 'products', productIds: [products.get(sweater)!] } },
      },
      code: null,
    },
    {
      title: { en: 'Five off' },
      conditions: [],
      action: { code: 'amount-off', args: { amounts: { EUR: 500 }, target: { kind: 'order' } } },
      code: 'FIVEOFF',
    },
  ]);
});
afterAll(async () => db?.close());

const QUERY = `mutation M($input: CartInput) @inContext(country: DE, language: DE) { cartCreate(input: $input) { cart {
  discountAllocations { __typename discountedAmount { amount currencyCode } targetType ... on CartCodeDiscountAllocation { code } }
  cost { subtotalAmount { amount } }
  lines(first: 5) { nodes { cost { subtotalAmount { amount } totalAmount { amount } }
    discountAllocations { __typename discountedAmount { amount } ... on CartAutomaticDiscountAllocation { title } } } }
} } }`;

describe('Storefront API discount allocations', () => {
  it('an automatic product discount on its line, a code on the cart, and the costs after both', async () => {
    const r = await executeStorefront(db.db, 'https://shop.test', {
      query: QUERY,
      variables: {
        input: {
          lines: [
            { merchandiseId: `gid://shopify/ProductVariant/${sweater}`, quantity: 1 },
            { merchandiseId: `gid://shopify/ProductVariant/${candle}`, quantity: 1 },
          ],
          buyerIdentity: { countryCode: 'DE' },
          discountCodes: ['fiveoff'],
        },
      },
    });
    expect(r.errors).toBeUndefined();
    const cart = (r.data as { cartCreate: { cart: Record<string, never> } }).cartCreate.cart as unknown as {
      discountAllocations: unknown[];
      cost: { subtotalAmount: { amount: string } };
      lines: {
        nodes: {
          cost: { subtotalAmount: { amount: string }; totalAmount: { amount: string } };
          discountAllocations: unknown[];
        }[];
      };
    };
    // Sweater €140.95: 20 % = 28.19 off its line. Then €5 off the order, spread by value.
    const [knit, wax] = cart.lines.nodes;
    expect(knit!.discountAllocations).toEqual([
      {
        __typename: 'CartAutomaticDiscountAllocation',
        discountedAmount: { amount: '28.19' },
        title: 'Strickwoche',
      },
    ]);
    expect(wax!.discountAllocations).toEqual([]);
    expect(cart.discountAllocations).toEqual([
      {
        __typename: 'CartCodeDiscountAllocation',
        discountedAmount: { amount: '5.00', currencyCode: 'EUR' },
        targetType: 'LINE_ITEM',
        code: 'FIVEOFF',
      },
    ]);
    const cents = (s: string) => Math.round(Number(s) * 100);
    const lineTotals = cart.lines.nodes.reduce((s, l) => s + cents(l.cost.totalAmount.amount), 0);
    const lineSubtotals = cart.lines.nodes.reduce((s, l) => s + cents(l.cost.subtotalAmount.amount), 0);
    expect(lineSubtotals - lineTotals).toBe(2819 + 500);
    expect(cents(cart.cost.subtotalAmount.amount)).toBe(lineTotals);
  });
});

describe('promotions as app metafields', () => {
  it('a product in a live automatic promotion carries its title; its variant the price after it, with the 30-day lowest', async () => {
    const r = await executeStorefront(db.db, 'https://shop.test', {
      query: `query @inContext(country: DE, language: DE) { product(handle: "merino-crew-sweater") {
        promotion: metafield(namespace: "meridian", key: "promotion") { value }
        variants(first: 1) { nodes { price { amount currencyCode }
          promotionPrice: metafield(namespace: "meridian", key: "promotion_price") { value } } } } }`,
    });
    expect(r.errors).toBeUndefined();
    const product = (
      r.data as {
        product: {
          promotion: { value: string };
          variants: { nodes: { price: { amount: string }; promotionPrice: { value: string } }[] };
        };
      }
    ).product;
    expect(JSON.parse(product.promotion.value)).toEqual({
      title: 'Strickwoche',
      kind: 'percent-off',
      ends_at: null,
    });
    const v = product.variants.nodes[0]!;
    const promo = JSON.parse(v.promotionPrice.value) as {
      amount: string;
      currency_code: string;
      lowest_30d: string;
    };
    // 20 % off, half away from zero to the cent, as the cart computes it.
    const cents = Math.round(Number(v.price.amount) * 100);
    expect(promo.amount).toBe((Math.round(cents * 0.8) / 100).toFixed(2));
    expect(promo.currency_code).toBe('EUR');
    expect(Number(promo.lowest_30d)).toBeLessThanOrEqual(Number(v.price.amount));

    // Not in the US market, and not on a product outside the promotion.
    const us = await executeStorefront(db.db, 'https://shop.test', {
      query: `query @inContext(country: US) { a: product(handle: "merino-crew-sweater") { promotion: metafield(namespace: "meridian", key: "promotion") { value } }
        b: product(handle: "merino-crew-sweater") { variants(first: 1) { nodes { promotionPrice: metafield(namespace: "meridian", key: "promotion_price") { value } } } } }`,
    });
    expect(us.data).toEqual({
      a: { promotion: null },
      b: { variants: { nodes: [{ promotionPrice: null }] } },
    });
  });

  it('the cart’s promotion_progress: how far a UK cart is from FREESHIPUK’s £50, and unlocked past it', async () => {
    const run = async (quantity: number) => {
      const r = await executeStorefront(db.db, 'https://shop.test', {
        query: `mutation M($input: CartInput) @inContext(country: GB, language: EN) { cartCreate(input: $input) { cart {
          cost { subtotalAmount { amount } }
          progress: metafield(namespace: "meridian", key: "promotion_progress") { value } } } }`,
        variables: {
          input: {
            lines: [{ merchandiseId: `gid://shopify/ProductVariant/${candle}`, quantity }],
            discountCodes: ['freeshipuk'],
          },
        },
      });
      expect(r.errors).toBeUndefined();
      const cart = (
        r.data as {
          cartCreate: { cart: { cost: { subtotalAmount: { amount: string } }; progress: { value: string } } };
        }
      ).cartCreate.cart;
      return {
        subtotal: cart.cost.subtotalAmount.amount,
        progress: JSON.parse(cart.progress.value) as { currency: string; goals: Record<string, unknown>[] },
      };
    };
    const one = await run(1);
    expect(one.progress.currency).toBe('GBP');
    expect(one.progress.goals).toEqual([
      expect.objectContaining({
        kind: 'shipping',
        code: 'FREESHIPUK',
        percent: '100',
        required: '50.00',
        current: one.subtotal,
        unlocked: false,
      }),
    ]);
    const many = await run(10);
    expect(many.progress.goals).toEqual([
      expect.objectContaining({ kind: 'shipping', code: 'FREESHIPUK', required: '50.00', unlocked: true }),
    ]);
  });
});

describe('hostile codes', () => {
  it('10,000 codes in one cartDiscountCodesUpdate, and a 10 kB code: no error, a bounded list, each said not to apply', async () => {
    const created = await executeStorefront(db.db, 'https://shop.test', {
      query: 'mutation @inContext(country: DE) { cartCreate(input: {}) { cart { id } } }',
    });
    const cartId = (created.data as { cartCreate: { cart: { id: string } } }).cartCreate.cart.id;
    const update = (codes: string[]) =>
      executeStorefront(db.db, 'https://shop.test', {
        query: `mutation M($id: ID!, $codes: [String!]!) { cartDiscountCodesUpdate(cartId: $id, discountCodes: $codes) {
          cart { discountCodes { code applicable } } warnings { code } userErrors { code } } }`,
        variables: { id: cartId, codes },
      });
    type Reply = {
      cartDiscountCodesUpdate: {
        cart: { discountCodes: { code: string; applicable: boolean }[] };
        warnings: { code: string }[];
      };
    };
    const many = await update(Array.from({ length: 10_000 }, (_, i) => `GUESS${i}`));
    expect(many.errors).toBeUndefined();
    const manyCodes = (many.data as Reply).cartDiscountCodesUpdate.cart.discountCodes;
    expect(manyCodes).toHaveLength(MAX_CODES);
    expect(manyCodes.every((c) => !c.applicable)).toBe(true);

    const long = await update(['W'.repeat(10_240)]);
    expect(long.errors).toBeUndefined();
    const reply = (long.data as Reply).cartDiscountCodesUpdate;
    expect(reply.cart.discountCodes).toHaveLength(1);
    expect(reply.cart.discountCodes[0]!.code.length).toBeLessThanOrEqual(255);
    expect(reply.cart.discountCodes[0]!.applicable).toBe(false);
    expect(reply.warnings.map((w) => w.code)).toEqual(['DISCOUNT_NOT_FOUND']);
  });
});
