import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { carts, variants } from '#app/db/schema/index.ts';
import { deleteExpiredCarts } from '#app/modules/cart/cart.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let sweater: string;
let soldOut: string;
beforeAll(async () => {
  db = await createTestDb('seeded');
  const [v] = await db.db.select({ id: variants.id }).from(variants).where(eq(variants.sku, 'AO-MER-OAT-M'));
  sweater = `gid://shopify/ProductVariant/${v!.id}`;
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 3, inventoryPolicy: 'deny' })
    .where(eq(variants.id, v!.id));
  const [s] = await db.db
    .select({ id: variants.id })
    .from(variants)
    .where(sql`${variants.inventoryQuantity} <= 0 and ${variants.inventoryPolicy} = 'deny'`)
    .limit(1);
  soldOut = `gid://shopify/ProductVariant/${s!.id}`;
});
afterAll(async () => db?.close());

const CART = `fragment C on Cart { id checkoutUrl totalQuantity note attributes { key value } buyerIdentity { countryCode email }
  discountCodes { code applicable } cost { subtotalAmount { amount currencyCode } totalAmount { amount currencyCode } }
  lines(first: 10) { nodes { id quantity merchandise { ... on ProductVariant { id sku } } cost { amountPerQuantity { amount currencyCode } totalAmount { amount } } } } }`;
const ERR = 'userErrors { code field message } warnings { code target message }';

type Cart = {
  id: string;
  checkoutUrl: string;
  totalQuantity: number;
  note: string;
  attributes: { key: string; value: string }[];
  buyerIdentity: { countryCode: string; email: string | null };
  discountCodes: { code: string; applicable: boolean }[];
  cost: { subtotalAmount: { amount: string; currencyCode: string } };
  lines: {
    nodes: {
      id: string;
      quantity: number;
      merchandise: { sku: string };
      cost: { amountPerQuantity: { amount: string; currencyCode: string }; totalAmount: { amount: string } };
    }[];
  };
};
type Payload = {
  cart: Cart | null;
  userErrors: { code: string; field: string[]; message: string }[];
  warnings: { code: string; message: string }[];
};

async function run(query: string, variables: Record<string, unknown> = {}) {
  const r = await executeStorefront(db.db, 'https://shop.test', { query, variables });
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, Payload>;
}

describe('Storefront API cart', () => {
  let cartId: string;

  it('creates a cart priced in the buyer country, with a localized checkout URL', async () => {
    const data = await run(
      `mutation M($input: CartInput) @inContext(country: DE, language: DE) { cartCreate(input: $input) { cart { ...C } ${ERR} } } ${CART}`,
      {
        input: {
          lines: [{ merchandiseId: sweater, quantity: 1 }],
          note: 'Gift',
          attributes: [{ key: 'gift', value: 'yes' }],
        },
      },
    );
    const cart = data.cartCreate!.cart!;
    cartId = cart.id;
    expect(cart.id).toMatch(/^gid:\/\/shopify\/Cart\/c1-/);
    expect(cart.checkoutUrl).toBe(`https://shop.test/de-de/checkout/${cart.id.split('/').pop()}`);
    expect(cart.buyerIdentity.countryCode).toBe('DE');
    expect(cart.cost.subtotalAmount.currencyCode).toBe('EUR');
    expect(cart.lines.nodes[0]!.cost.amountPerQuantity.currencyCode).toBe('EUR');
    expect(cart.note).toBe('Gift');
    // Germany shows gross prices: the VAT inside them is known before checkout.
    const tax = await executeStorefront(db.db, 'https://shop.test', {
      query: `{ cart(id: "${cart.id}") { cost { subtotalAmount { amount } totalTaxAmount { amount currencyCode } } } }`,
    });
    const cost = (
      tax.data as {
        cart: {
          cost: {
            subtotalAmount: { amount: string };
            totalTaxAmount: { amount: string; currencyCode: string };
          };
        };
      }
    ).cart.cost;
    expect(cost.totalTaxAmount.currencyCode).toBe('EUR');
    expect(Number(cost.totalTaxAmount.amount)).toBeCloseTo(
      (Number(cost.subtotalAmount.amount) * 19) / 119,
      1,
    );
    expect(cart.attributes).toEqual([{ key: 'gift', value: 'yes' }]);
  });

  it('merges a repeated variant into one line, caps at stock with a warning, and updates and removes lines', async () => {
    const added = (
      await run(
        `mutation { cartLinesAdd(cartId: "${cartId}", lines: [{ merchandiseId: "${sweater}", quantity: 5 }]) { cart { ...C } ${ERR} } } ${CART}`,
      )
    ).cartLinesAdd!;
    expect(added.cart!.lines.nodes).toHaveLength(1);
    expect(added.cart!.lines.nodes[0]!.quantity).toBe(3);
    expect(added.warnings[0]!.code).toBe('MERCHANDISE_NOT_ENOUGH_STOCK');
    const line = added.cart!.lines.nodes[0]!;
    expect(Number(line.cost.totalAmount.amount)).toBeCloseTo(
      Number(line.cost.amountPerQuantity.amount) * 3,
      2,
    );
    const updated = (
      await run(
        `mutation { cartLinesUpdate(cartId: "${cartId}", lines: [{ id: "${line.id}", quantity: 2 }]) { cart { ...C } ${ERR} } } ${CART}`,
      )
    ).cartLinesUpdate!;
    expect(updated.cart!.totalQuantity).toBe(2);
    const removed = (
      await run(
        `mutation { cartLinesRemove(cartId: "${cartId}", lineIds: ["${line.id}"]) { cart { ...C } ${ERR} } } ${CART}`,
      )
    ).cartLinesRemove!;
    expect(removed.cart!.lines.nodes).toHaveLength(0);
    await run(
      `mutation { cartLinesAdd(cartId: "${cartId}", lines: [{ merchandiseId: "${sweater}", quantity: 1 }]) { cart { id } } }`,
    );
  });

  it('re-prices the cart in the new currency when the buyer country changes', async () => {
    const data = await run(
      `mutation { cartBuyerIdentityUpdate(cartId: "${cartId}", buyerIdentity: { countryCode: JP, email: "aiko@example.jp" }) { cart { ...C } ${ERR} } } ${CART}`,
    );
    const cart = data.cartBuyerIdentityUpdate!.cart!;
    expect(cart.buyerIdentity).toEqual({ countryCode: 'JP', email: 'aiko@example.jp' });
    expect(cart.cost.subtotalAmount.currencyCode).toBe('JPY');
    expect(cart.cost.subtotalAmount.amount).toMatch(/^\d+$/);
    // A cart query is priced in the cart's country, whatever @inContext says.
    const q = await executeStorefront(db.db, 'https://shop.test', {
      query: `query @inContext(country: US) { cart(id: "${cartId}") { cost { totalAmount { currencyCode } } } }`,
    });
    expect(q.data).toEqual({ cart: { cost: { totalAmount: { currencyCode: 'JPY' } } } });
  });

  it('refuses bad input with localized userErrors and changes nothing', async () => {
    const bad = (
      await run(
        `mutation @inContext(country: DE, language: DE) { cartLinesAdd(cartId: "${cartId}", lines: [{ merchandiseId: "gid://shopify/ProductVariant/999999", quantity: 1 }, { merchandiseId: "${sweater}", quantity: 0 }]) { cart { totalQuantity } ${ERR} } }`,
      )
    ).cartLinesAdd!;
    expect(bad.userErrors.map((e) => e.code)).toEqual(['INVALID_MERCHANDISE_LINE', 'LESS_THAN']);
    expect(bad.userErrors[0]!.field).toEqual(['lines', '0', 'merchandiseId']);
    expect(bad.userErrors[0]!.message).toMatch(/nicht mehr verfügbar|nicht verfügbar/);
    expect(bad.cart!.totalQuantity).toBe(1);
    const out = (
      await run(
        `mutation { cartLinesAdd(cartId: "${cartId}", lines: [{ merchandiseId: "${soldOut}", quantity: 1 }]) { cart { totalQuantity } ${ERR} } }`,
      )
    ).cartLinesAdd!;
    expect(out.warnings[0]!.code).toBe('MERCHANDISE_OUT_OF_STOCK');
    expect(out.cart!.totalQuantity).toBe(1);
    const unknown = (
      await run(
        `mutation { cartNoteUpdate(cartId: "gid://shopify/Cart/nope", note: "x") { cart { id } ${ERR} } }`,
      )
    ).cartNoteUpdate!;
    expect(unknown).toMatchObject({ cart: null, userErrors: [{ code: 'INVALID', field: ['cartId'] }] });
    const long = (
      await run(`mutation($n: String!) { cartNoteUpdate(cartId: "${cartId}", note: $n) { ${ERR} } }`, {
        n: 'x'.repeat(5001),
      })
    ).cartNoteUpdate!;
    expect(long.userErrors[0]!.code).toBe('NOTE_TOO_LONG');
  });

  it('keeps discount codes once each (case and look-alikes folded); the demo WELCOME10 applies, an unknown one is reported', async () => {
    const data = await run(
      `mutation { cartDiscountCodesUpdate(cartId: "${cartId}", discountCodes: [" WELCOME10 ", "welcome10", "ＷＥＬＣＯＭＥ１０", "", "NOSUCH"]) { cart { discountCodes { code applicable } } ${ERR} } }`,
    );
    expect(data.cartDiscountCodesUpdate!.cart!.discountCodes).toEqual([
      { code: 'WELCOME10', applicable: true },
      { code: 'NOSUCH', applicable: false },
    ]);
    expect(data.cartDiscountCodesUpdate!.warnings).toEqual([
      expect.objectContaining({ code: 'DISCOUNT_NOT_FOUND', message: expect.stringContaining('NOSUCH') }),
    ]);
  });

  it('expires carts after ten days without a change and cleans them up', async () => {
    const token = cartId.split('/').pop()!;
    await db.db
      .update(carts)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(carts.id, token));
    const gone = await executeStorefront(db.db, 'https://shop.test', {
      query: `{ cart(id: "${cartId}") { id } }`,
    });
    expect(gone.data).toEqual({ cart: null });
    expect(await deleteExpiredCarts(db.db)).toBeGreaterThanOrEqual(1);
    expect(await db.db.select().from(carts).where(eq(carts.id, token))).toEqual([]);
  });
});

describe('quantities that would overflow a line', () => {
  const run = (query: string) => executeStorefront(db.db, 'https://shop.test', { query });
  type Reply = {
    cart: { id: string; lines: { nodes: { quantity: number }[] } } | null;
    userErrors: { code: string }[];
    warnings: { code: string; target: string }[];
  };

  it('one variant twice in cartCreate (999 + 999) merges into one line of 999 with a warning', async () => {
    const [c] = await db.db
      .select({ id: variants.id })
      .from(variants)
      .where(sql`${variants.inventoryPolicy} = 'continue'`)
      .limit(1);
    const unlimited = `gid://shopify/ProductVariant/${c!.id}`;
    const created = await run(
      `mutation { cartCreate(input: { lines: [{ merchandiseId: "${unlimited}", quantity: 999 }, { merchandiseId: "${unlimited}", quantity: 999 }] }) { cart { id lines(first: 5) { nodes { quantity } } } ${ERR} } }`,
    );
    expect(created.errors).toBeUndefined();
    const reply = (created.data as { cartCreate: Reply }).cartCreate;
    expect(reply.userErrors).toEqual([]);
    expect(reply.cart!.lines.nodes.map((l) => l.quantity)).toEqual([999]);
    expect(reply.warnings).toEqual([
      expect.objectContaining({ code: 'MERCHANDISE_NOT_ENOUGH_STOCK', target: unlimited }),
    ]);
    // 999 more onto the full line: still 999, warned, no internal error.
    const added = await run(
      `mutation { cartLinesAdd(cartId: "${reply.cart!.id}", lines: [{ merchandiseId: "${unlimited}", quantity: 999 }]) { cart { lines(first: 5) { nodes { quantity } } } ${ERR} } }`,
    );
    expect(added.errors).toBeUndefined();
    const again = (added.data as { cartLinesAdd: Reply }).cartLinesAdd;
    expect(again.cart!.lines.nodes.map((l) => l.quantity)).toEqual([999]);
    expect(again.warnings.map((w) => w.code)).toEqual(['MERCHANDISE_NOT_ENOUGH_STOCK']);
  });
});
