/**
 * Add-to-cart with live promotions (issue 14): the Storefront API's cartLinesAdd, as Hydrogen's
 * cart handler sends it, executed in-process on the demo store (PGlite), 8 shoppers at once on
 * their own German carts; first with no promotion live, then with 50 live automatic promotions
 * in the shopper's market (every kind, on products and collections; five add a free gift). Target: p50 no more than
 * 2 ms slower with 50 promotions than with none for one shopper (the latency a shopper sees); at
 * 8 shoppers the difference is reported (on one PGlite connection queries queue, so every extra
 * query shows up about eight times). Run: node tests/bench/promotions-cart.ts
 */
import './repo-root.ts';
import { sql } from 'drizzle-orm';
import { openDb, setDbHandle } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { seedDemoStore } from '../../app/db/seed/seed.server.ts';
import { campaigns, collections, products, variants as variantsTable } from '../../app/db/schema/index.ts';
import { installRuleLibrary } from '../../app/modules/checkout/import-rules.server.ts';
import { getMarketConfig } from '../../app/modules/markets/markets.server.ts';
import { createCampaign } from '../../app/modules/promotions/campaigns.server.ts';
import { invalidateLivePromotions } from '../../app/modules/promotions/live-cache.server.ts';
import type { Action } from '../../app/modules/promotions/core/strategies.ts';
import { executeStorefront } from '../../app/storefront-api/execute.server.ts';
import { machineInfo, machineLine } from './machine.ts';
import { markdownTable } from './table.ts';

const CONCURRENCY = [1, 8];
const ADDS = Number(process.env.BENCH_ADDS ?? 400);
const ROUNDS = 5;

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

async function measure(SHOPPERS: number): Promise<number[]> {
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
      for (let n = next++; n < (SHOPPERS === 1 ? ADDS / 4 : ADDS); n = next++) {
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
      // Every other buy-X-get-Y adds a free gift: each cart change then plans gifts as well.
      {
        code: 'buy-x-get-y',
        args: {
          buy: 2,
          get: 1,
          percent: i % 10 === 2 ? '100' : '50',
          target,
          maxUses: 2,
          gift: i % 10 === 2 ? { productId: productIds[(i + 7) % productIds.length]! } : null,
        },
      },
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
// The 50 campaigns exist throughout and are switched on and off between rounds, alternating,
// so drift on a shared machine falls on both settings alike; the median of each setting's p50s.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
await fiftyPromotions();
const live = async (on: boolean) => {
  await db.update(campaigns).set({ status: on ? 'active' : 'paused' });
  invalidateLivePromotions();
};
const without = new Map<number, number[]>(CONCURRENCY.map((c) => [c, []]));
const withFifty = new Map<number, number[]>(CONCURRENCY.map((c) => [c, []]));
await live(true);
await measure(8); // warm-up: JIT and query plans
for (let round = 0; round < ROUNDS; round++)
  for (const on of [false, true]) {
    await live(on);
    for (const c of CONCURRENCY) (on ? withFifty : without).get(c)!.push(pct(await measure(c), 0.5));
  }
const rows: string[][] = [];
for (const c of CONCURRENCY) {
  const none = median(without.get(c)!);
  const fifty = median(withFifty.get(c)!);
  const rounds = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' / ');
  rows.push(
    [`${c}`, '0', `${none.toFixed(2)} ms`, rounds(without.get(c)!), ''],
    [`${c}`, '50 automatic', `${fifty.toFixed(2)} ms`, rounds(withFifty.get(c)!), ''],
    [`${c}`, 'difference', `${(fifty - none).toFixed(2)} ms`, '', c === 1 ? '≤ 2 ms' : 'reported'],
  );
}
console.log(
  markdownTable(
    [
      'shoppers at once',
      'live promotions in the market',
      `add-to-cart p50 (median of ${ROUNDS} rounds)`,
      'rounds',
      'target',
    ],
    rows,
  ),
);
await handle.close();
