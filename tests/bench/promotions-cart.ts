/**
 * Add-to-cart with live promotions (issue 14): the Storefront API's cartLinesAdd, as Hydrogen's
 * cart handler sends it, executed in-process on the demo store (PGlite), 8 shoppers at once on
 * their own German carts; first with no promotion live, then with 50 live automatic promotions
 * in the shopper's market (every kind, on products and collections). Target: p50 no more than
 * 2 ms slower with 50 promotions than with none. Run: node tests/bench/promotions-cart.ts
 */
import './repo-root.ts';
import { sql } from 'drizzle-orm';
import { openDb, setDbHandle } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { seedDemoStore } from '../../app/db/seed/seed.server.ts';
import { collections, products, variants as variantsTable } from '../../app/db/schema/index.ts';
import { installRuleLibrary } from '../../app/modules/checkout/import-rules.server.ts';
import { getMarketConfig } from '../../app/modules/markets/markets.server.ts';
import { createCampaign } from '../../app/modules/promotions/campaigns.server.ts';
import type { Action } from '../../app/modules/promotions/core/strategies.ts';
import { executeStorefront } from '../../app/storefront-api/execute.server.ts';
import { machineInfo, machineLine } from './machine.ts';
import { markdownTable } from './table.ts';

const SHOPPERS = 8;
const ADDS = Number(process.env.BENCH_ADDS ?? 400);
const ROUNDS = 3;

const handle = openDb({ pgliteDir: 'memory://' });
setDbHandle(handle);
const db = handle.db;
await migrate(handle);
await installRuleLibrary(db);
await seedDemoStore(db);
const config = await getMarketConfig(db);
const de = config.markets.find((m) => m.countries.includes('DE'))!;

const run = async (query: string, variables: Record<string, unknown>) => {
  const r = await executeStorefront(db, 'https://bench.test', { query, variables });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as unknown;
};
const variants = (
  await db
    .select({ id: variantsTable.id })
    .from(variantsTable)
    .where(sql`${variantsTable.inventoryQuantity} > 0 or ${variantsTable.inventoryPolicy} = 'continue'`)
    .orderBy(variantsTable.id)
    .limit(40)
).map((r) => `gid://shopify/ProductVariant/${r.id}`);
const ADD = `mutation($cartId: ID!, $lines: [CartLineInput!]!) @inContext(country: DE) {
  cartLinesAdd(cartId: $cartId, lines: $lines) {
    cart { id totalQuantity cost { subtotalAmount { amount } totalAmount { amount } }
      discountAllocations { discountedAmount { amount } }
      lines(first: 100) { nodes { id quantity cost { totalAmount { amount } } discountAllocations { discountedAmount { amount } } } } }
    userErrors { code } } }`;

async function measure(): Promise<number[]> {
  const carts: string[] = [];
  for (let i = 0; i < SHOPPERS; i++) {
    const created = (await run(
      'mutation @inContext(country: DE) { cartCreate(input: {}) { cart { id } } }',
      {},
    )) as {
      cartCreate: { cart: { id: string } };
    };
    carts.push(created.cartCreate.cart.id);
  }
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    carts.map(async (cartId) => {
      for (let n = next++; n < ADDS; n = next++) {
        const t = performance.now();
        await run(ADD, { cartId, lines: [{ merchandiseId: variants[n % variants.length], quantity: 1 }] });
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function fiftyPromotions(): Promise<void> {
  const productIds = (await db.select({ id: products.id }).from(products).limit(30)).map((p) => p.id);
  const collectionIds = (await db.select({ id: collections.id }).from(collections).limit(6)).map((c) => c.id);
  for (let i = 0; i < 50; i++) {
    const target =
      i % 2 === 0
        ? {
            kind: 'products' as const,
            productIds: [productIds[i % productIds.length]!, productIds[(i + 3) % productIds.length]!],
          }
        : { kind: 'collections' as const, collectionIds: [collectionIds[i % collectionIds.length]!] };
    const actions: Action[] = [
      { code: 'percent-off', args: { percent: String((i % 20) + 5), target } },
      { code: 'amount-off', args: { amounts: { EUR: 200 + i * 10 }, target } },
      { code: 'buy-x-get-y', args: { buy: 2, get: 1, percent: '50', target, maxUses: 2 } },
      {
        code: 'tiered-spend',
        args: {
          tiers: [
            { minimum: { EUR: 10_000 + i }, amount: { EUR: 500 } },
            { minimum: { EUR: 20_000 }, amount: { EUR: 1500 } },
          ],
        },
      },
      { code: 'shipping-off', args: { percent: '100', countries: null } },
    ];
    await createCampaign(
      db,
      {
        name: `Bench ${i}`,
        marketIds: [de.id],
        startsAt: new Date('2026-01-01T00:00:00Z'),
        endsAt: null,
        status: 'active',
        budget: i % 5 === 0 ? { EUR: 10_000_000 } : null,
        usageLimit: null,
        perCustomerLimit: null,
      },
      [
        {
          title: { en: `Bench ${i}` },
          conditions: i % 3 === 0 ? [{ code: 'minimum-spend', args: { amounts: { EUR: 5000 } } }] : [],
          action: actions[i % actions.length]!,
          code: null,
          priority: i,
          stacks: i % 4 === 0,
        },
      ],
    );
  }
}

const machine = machineInfo();
console.log(machineLine(machine));
// Warm-up (JIT, prepared plans), then alternate rounds so drift on a shared machine hits both.
await measure();
const without: number[] = [];
const withFifty: number[] = [];
for (let round = 0; round < ROUNDS; round++) without.push(pct(await measure(), 0.5));
await fiftyPromotions();
await measure();
for (let round = 0; round < ROUNDS; round++) withFifty.push(pct(await measure(), 0.5));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const none = median(without);
const fifty = median(withFifty);
console.log(
  markdownTable(
    ['live promotions in the market', 'add-to-cart p50 (median of 3 rounds)', 'rounds', 'target'],
    [
      ['0', `${none.toFixed(2)} ms`, without.map((x) => x.toFixed(2)).join(' / '), ''],
      ['50 automatic', `${fifty.toFixed(2)} ms`, withFifty.map((x) => x.toFixed(2)).join(' / '), ''],
      ['difference', `${(fifty - none).toFixed(2)} ms`, '', '≤ 2 ms'],
    ],
  ),
);
await handle.close();
