import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { orderLines, orders, variants } from '#app/db/schema/index.ts';
import { parseCartGid } from '#app/lib/gid.ts';
import { findVariantProductIds } from '#app/modules/catalog/products.server.ts';
import { loadCheckout } from '#app/modules/checkout/checkout.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { setCampaignStatus } from '#app/modules/promotions/campaign-admin.server.ts';
import { createCampaign } from '#app/modules/promotions/campaigns.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { PAYMENT_CTX, readyCheckout, candleVariantId } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * A free gift through the Storefront API and checkout: buy two candles in Germany, the cart adds
 * a notebook free; it leaves when the cart no longer qualifies, stays out once the shopper takes
 * it out, leaves when the campaign ends, and an order pays nothing for it but takes its stock.
 */

let db: DbHandle;
let candle: number;
let notebook: number;
let campaignId: number;

beforeAll(async () => {
  db = await createTestDb('seeded');
  candle = await candleVariantId(db.db);
  // The gift is the notebook product's first variant by position that is in stock.
  const [n] = await db.db
    .select({ id: variants.id })
    .from(variants)
    .where(sql`${variants.sku} like 'AO-NTB%' and ${variants.inventoryQuantity} > 0`)
    .orderBy(variants.position)
    .limit(1);
  notebook = n!.id;
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 1000 })
    .where(sql`${variants.id} in (${candle}, ${notebook})`);
  const products = await findVariantProductIds(db.db, [candle, notebook]);
  const config = await getMarketConfig(db.db);
  const de = config.markets.find((m) => m.countries.includes('DE'))!.id;
  campaignId = await createCampaign(
    db.db,
    {
      name: 'Candle gift',
      marketIds: [de],
      startsAt: new Date('2026-01-01T00:00:00Z'),
      endsAt: null,
      status: 'active',
      budget: null,
      usageLimit: null,
      perCustomerLimit: null,
    },
    [
      {
        title: { en: 'Notebook on us', de: 'Notizbuch geschenkt' },
        conditions: [],
        action: {
          code: 'buy-x-get-y',
          args: {
            buy: 2,
            get: 1,
            percent: '100',
            target: { kind: 'products', productIds: [products.get(candle)!] },
            maxUses: 2,
            gift: { productId: products.get(notebook)! },
          },
        },
        code: null,
      },
    ],
  );
});
afterAll(async () => db?.close());

interface Line {
  id: string;
  quantity: number;
  merchandise: { id: string };
  attribute: { value: string } | null;
  cost: { totalAmount: { amount: string }; subtotalAmount: { amount: string } };
  discountAllocations: { discountedAmount: { amount: string }; title?: string }[];
}
const LINES = `cart { id lines(first: 10) { nodes { id quantity merchandise { ... on ProductVariant { id } }
  attribute(key: "_meridian_gift") { value }
  cost { totalAmount { amount } subtotalAmount { amount } }
  discountAllocations { discountedAmount { amount } ... on CartAutomaticDiscountAllocation { title } } } } }
  userErrors { code }`;

async function call(name: string, query: string, variables: Record<string, unknown>) {
  const r = await executeStorefront(db.db, 'https://shop.test', { query, variables });
  expect(r.errors).toBeUndefined();
  const payload = (
    r.data as Record<string, { cart: { id: string; lines: { nodes: Line[] } }; userErrors: unknown[] }>
  )[name]!;
  expect(payload.userErrors).toEqual([]);
  return payload.cart;
}
const gid = (id: number) => `gid://shopify/ProductVariant/${id}`;
const giftLine = (cart: { lines: { nodes: Line[] } }) =>
  cart.lines.nodes.find((l) => l.merchandise.id === gid(notebook));
const candleLine = (cart: { lines: { nodes: Line[] } }) =>
  cart.lines.nodes.find((l) => l.merchandise.id === gid(candle))!;

const create = (quantity: number) =>
  call(
    'cartCreate',
    `mutation M($input: CartInput) @inContext(country: DE, language: DE) { cartCreate(input: $input) { ${LINES} } }`,
    { input: { lines: [{ merchandiseId: gid(candle), quantity }] } },
  );
const setQuantity = (cartId: string, lineId: string, quantity: number) =>
  call(
    'cartLinesUpdate',
    `mutation M($id: ID!, $lines: [CartLineUpdateInput!]!) @inContext(country: DE, language: DE) { cartLinesUpdate(cartId: $id, lines: $lines) { ${LINES} } }`,
    { id: cartId, lines: [{ id: lineId, quantity }] },
  );

describe('a free gift in the cart', () => {
  it('is added when the cart qualifies, free, and leaves when it no longer does', async () => {
    const one = await create(1);
    expect(giftLine(one)).toBeUndefined();
    const two = await setQuantity(one.id, candleLine(one).id, 2);
    const gift = giftLine(two)!;
    expect(gift).toMatchObject({ quantity: 1, attribute: { value: '1' } });
    expect(gift.cost.totalAmount.amount).toBe('0.00');
    expect(gift.discountAllocations).toEqual([
      { discountedAmount: { amount: gift.cost.subtotalAmount.amount }, title: 'Notizbuch geschenkt' },
    ]);
    // The candles pay full price.
    expect(candleLine(two).discountAllocations).toEqual([]);
    // Four candles earn a second notebook; six stay at the cap of two.
    expect(giftLine(await setQuantity(one.id, candleLine(two).id, 4))!.quantity).toBe(2);
    expect(giftLine(await setQuantity(one.id, candleLine(two).id, 6))!.quantity).toBe(2);
    const back = await setQuantity(one.id, candleLine(two).id, 1);
    expect(giftLine(back)).toBeUndefined();
  });

  it('stays out once the shopper takes it out; notebooks they buy themselves are paid unless earned', async () => {
    const cart = await create(2);
    const gift = giftLine(cart)!;
    const removed = await call(
      'cartLinesRemove',
      `mutation M($id: ID!, $ids: [ID!]!) @inContext(country: DE, language: DE) { cartLinesRemove(cartId: $id, lineIds: $ids) { ${LINES} } }`,
      { id: cart.id, ids: [gift.id] },
    );
    expect(giftLine(removed)).toBeUndefined();
    const more = await setQuantity(cart.id, candleLine(removed).id, 4);
    expect(giftLine(more)).toBeUndefined();
    // A notebook the shopper adds after all is still free while earned: it is their own unit.
    const added = await call(
      'cartLinesAdd',
      `mutation M($id: ID!, $lines: [CartLineInput!]!) @inContext(country: DE, language: DE) { cartLinesAdd(cartId: $id, lines: $lines) { ${LINES} } }`,
      {
        id: cart.id,
        lines: [
          { merchandiseId: gid(notebook), quantity: 1, attributes: [{ key: '_meridian_gift', value: '9' }] },
        ],
      },
    );
    const own = giftLine(added)!;
    expect(own.attribute).toBeNull();
    expect(own.cost.totalAmount.amount).toBe('0.00');
  });

  it('leaves, at checkout and when the cart is read, once the campaign has ended since the cart changed', async () => {
    const atCheckout = await create(2);
    const read = await create(2);
    const token = parseCartGid(atCheckout.id)!;
    expect((await loadCheckout(db.db, token))!.lines.map((l) => l.variantId)).toContain(notebook);
    expect(giftLine(read)).toBeDefined();
    expect(await setCampaignStatus(db.db, campaignId, 'paused')).toBe(true);
    try {
      const state = (await loadCheckout(db.db, token))!;
      expect(state.lines.map((l) => l.variantId)).toEqual([candle]);
      const r = await executeStorefront(db.db, 'https://shop.test', {
        query: `query Q($id: ID!) @inContext(country: DE, language: DE) { ${LINES.replace(/userErrors \{ code \}/, '').replace(/^cart \{/, 'cart(id: $id) {')} }`,
        variables: { id: read.id },
      });
      expect(r.errors).toBeUndefined();
      const after = (r.data as { cart: { lines: { nodes: Line[] } } }).cart;
      expect(after.lines.nodes.map((l) => l.merchandise.id)).toEqual([gid(candle)]);
    } finally {
      await setCampaignStatus(db.db, campaignId, 'active');
    }
  });

  it('an order pays nothing for the gift, before VAT as well, and takes its stock', async () => {
    const before = await db.db
      .select({ q: variants.inventoryQuantity })
      .from(variants)
      .where(eq(variants.id, notebook));
    const { token, state } = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: candle, quantity: 2 }],
    });
    expect(state.lines.find((l) => l.variantId === notebook)!.lineTotal.amount).toBe(0);
    const outcome = await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX);
    expect(outcome.kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const lines = await db.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id));
    expect(lines.map((l) => l.variantId).sort()).toEqual([candle, notebook].sort());
    expect(order!.discounts).toEqual([
      expect.objectContaining({ label: 'Notizbuch geschenkt', class: 'product' }),
    ]);
    const after = await db.db
      .select({ q: variants.inventoryQuantity })
      .from(variants)
      .where(eq(variants.id, notebook));
    expect(after[0]!.q).toBe(before[0]!.q - 1);
  });
});
