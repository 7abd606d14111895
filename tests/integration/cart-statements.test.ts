import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '#app/db/client.server.ts';
import { variants } from '#app/db/schema/index.ts';
import { statementsSent } from '#app/db/statement-count.server.ts';
import { createInProcessStorefront } from '#app/storefront-api/in-process-client.server.ts';
import { cartHandlerFor } from '#app/storefront/cart-handler.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * What one add-to-cart costs in SQL (issue 17): on PGlite every statement queues behind every
 * other request's, and a transaction holds the one connection across its awaits. The add is the
 * cart read and the stock read, then one statement that writes the line, pushes the expiry and
 * returns the cart as written; no transaction, no second read, no prices when none are asked for.
 */

let handle: DbHandle;
let transactions = 0;
let sweater: string;
let candle: string;

/** Statements `fn` sends (Drizzle's logger, both drivers), with each transaction's BEGIN and COMMIT. */
async function cost<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; statements: number; transactions: number }> {
  const [s0, t0] = [statementsSent(), transactions];
  const result = await fn();
  const t = transactions - t0;
  return { result, statements: statementsSent() - s0 + 2 * t, transactions: t };
}

beforeAll(async () => {
  handle = await createTestDb('seeded');
  const db: Db = handle.db;
  const transaction = db.transaction.bind(db);
  db.transaction = ((...args: Parameters<typeof transaction>) => {
    transactions++;
    return transaction(...args);
  }) as typeof db.transaction;
  const rows = await db
    .select({ id: variants.id })
    .from(variants)
    .where(eq(variants.inventoryPolicy, 'continue'))
    .orderBy(variants.id)
    .limit(2);
  [sweater, candle] = rows.map((v) => `gid://shopify/ProductVariant/${v.id}`) as [string, string];
  // Market config and live promotions are cached per process: load them before counting.
  await cartFor(null).addLines([{ merchandiseId: sweater, quantity: 1 }]);
});
afterAll(async () => handle?.close());

/** Hydrogen's cart handler on the in-process client, as the cart route's action runs it. */
function cartFor(cartId: string | null) {
  const storefront = createInProcessStorefront({
    db: handle.db,
    origin: 'https://shop.test',
    i18n: { language: 'EN', country: 'US' } as never,
    cache: null,
  });
  const cookie = cartId ? `cart=${cartId.split('/').pop()}` : '';
  return cartHandlerFor(new Request('https://shop.test/cart', { headers: { cookie } }), storefront);
}

describe('add-to-cart SQL', () => {
  it('adds a line in three statements and no transaction, and answers with the cart as written', async () => {
    const created = await cost(() => cartFor(null).addLines([{ merchandiseId: sweater, quantity: 1 }]));
    const cartId = created.result.cart!.id;
    // A new cart: the stock read, then one statement inserting the cart with its line.
    expect(created).toMatchObject({ statements: 2, transactions: 0 });

    const added = await cost(() => cartFor(cartId).addLines([{ merchandiseId: candle, quantity: 2 }]));
    expect(added.result.userErrors).toEqual([]);
    expect(added.result.cart).toMatchObject({ id: cartId, totalQuantity: 3 });
    expect(added).toMatchObject({ statements: 3, transactions: 0 });

    const again = await cost(() => cartFor(cartId).addLines([{ merchandiseId: sweater, quantity: 1 }]));
    expect(again.result.cart?.totalQuantity).toBe(4);
    expect(again.statements).toBe(3);

    // What the write returned is what a fresh read sees.
    const read = await cartFor(cartId).get();
    expect(read?.totalQuantity).toBe(4);
    expect(read?.lines.nodes.map((l) => l.quantity).sort()).toEqual([2, 2]);
  });

  it('an unknown cart costs its reads only and writes nothing', async () => {
    const gone = await cost(() =>
      cartFor(`gid://shopify/Cart/c1-${'A'.repeat(32)}`).addLines([{ merchandiseId: sweater, quantity: 1 }]),
    );
    expect(gone.result.userErrors?.map((e) => e.code)).toEqual(['INVALID']);
    expect(gone).toMatchObject({ statements: 2, transactions: 0 });
  });
});
