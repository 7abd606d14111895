import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { statementsSent } from '#app/db/statement-count.server.ts';
import { emit } from '#app/lib/events.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { PRODUCT_QUERY, PRODUCT_VARIABLES } from '#tests/bench/api.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';

/**
 * SQL statements per Storefront API operation (issue 17): each per-item field is loaded in
 * batches, so the count stays flat as a page grows. The ceilings are what the engine reaches
 * today; an N+1 coming back fails here before it shows in a benchmark.
 */
let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb('seeded');
});
afterAll(() => db.close());

/**
 * Statements one run of the operation sends: cold (right after a catalog and a price event have
 * cleared every per-process memo) and warm (run again at once).
 */
async function statementsOf(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ cold: number; warm: number }> {
  const run = async () => {
    const before = statementsSent();
    const result = await executeStorefront(db.db, 'https://shop.test', { query, variables });
    expect(result.errors ?? []).toEqual([]);
    return statementsSent() - before;
  };
  await run();
  emit('catalog-changed', { productIds: null });
  emit('prices-changed', { variantIds: null });
  const cold = await run();
  const warm = await run();
  return { cold, warm };
}

const listing = (first: number) => `query Listing @inContext(country: DE, language: DE) {
  collection(handle: "apparel") {
    title
    seo { title description }
    products(first: ${first}) {
      nodes {
        id title handle vendor availableForSale onlineStoreUrl
        seo { title description }
        featuredImage { url altText width height }
        images(first: 3) { nodes { url } }
        options { name optionValues { name } }
        priceRange { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
        compareAtPriceRange { minVariantPrice { amount } }
        collections(first: 2) { nodes { handle } }
        variants(first: 5) {
          nodes { id title availableForSale price { amount currencyCode } compareAtPrice { amount }
            selectedOptions { name value } image { url } }
        }
      }
    }
  }
}`;

describe('SQL statements per Storefront API operation', () => {
  it('an order shows in the stock at once, though stock is kept between queries', async () => {
    const sku = 'AO-MER-OAT-M';
    const variantId = await variantIdBySku(db.db, sku);
    const stockQuery = `query { product(handle: "merino-crew-sweater") {
      variants(first: 50) { nodes { sku quantityAvailable } } } }`;
    const quantity = async () => {
      const before = statementsSent();
      const result = await executeStorefront(db.db, 'https://shop.test', { query: stockQuery });
      const nodes = (
        result.data as { product: { variants: { nodes: { sku: string; quantityAvailable: number }[] } } }
      ).product.variants.nodes;
      return {
        left: nodes.find((v) => v.sku === sku)!.quantityAvailable,
        statements: statementsSent() - before,
      };
    };
    const first = await quantity();
    expect((await quantity()).statements).toBe(0);
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId, quantity: 2 }],
    });
    const outcome = await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX);
    expect(outcome.kind).toBe('placed');
    const after = await quantity();
    expect(after.left).toBe(first.left - 2);
    expect(after.statements).toBeGreaterThan(0);
  });

  it('the German product query', async () => {
    const n = await statementsOf(PRODUCT_QUERY, PRODUCT_VARIABLES);
    expect(n.cold).toBeLessThanOrEqual(CEILING.product.cold);
    // Warm, nothing is read: catalog, translations, prices and (for seconds) stock come from the memo.
    expect(n.warm).toBeLessThanOrEqual(CEILING.product.warm);
  });

  it('a collection page: 20 products cost no more statements than 10', async () => {
    // 10, not 2: the first two products belong to no collection but this one, whose translations
    // are already loaded; from 10 on, the products' other collections take one batched statement.
    const ten = await statementsOf(listing(10));
    const twenty = await statementsOf(listing(20));
    expect(twenty.cold).toBeLessThanOrEqual(ten.cold);
    expect(twenty.warm).toBeLessThanOrEqual(ten.warm);
    expect(twenty.cold).toBeLessThanOrEqual(CEILING.collection.cold);
    expect(twenty.warm).toBeLessThanOrEqual(CEILING.collection.warm);
  });
});

/** Reached in issue 17 (before it: 10 for the product query in steady state, and a listing grew with its size). */
const CEILING = { product: { cold: 15, warm: 0 }, collection: { cold: 20, warm: 6 } };
