/**
 * Checkout bench (issue 4), against the production server over real HTTP:
 *  - add-to-cart latency: the Storefront API's cartLinesAdd (what Hydrogen's cart handler
 *    sends), 8 shoppers at once, each on their own cart; p50 / p99 / mean and requests per second;
 *  - full checkout completion: 8 concurrent shoppers, each running contact → address → shipping →
 *    payment → review → pay through the storefront's own routes; completed orders per second.
 * Run after `npm run build`: node tests/bench/checkout.ts  (BENCH_SHOPPERS, BENCH_ADDS, BENCH_ORDERS)
 */
import { ROOT } from './repo-root.ts';
import { checkoutOnce } from './checkout-flow.ts';
import { machineInfo, machineLine } from './machine.ts';
import { startServer } from './server.ts';
import { markdownTable } from './table.ts';

const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 8);
const ADDS = Number(process.env.BENCH_ADDS ?? 400);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 80);
const TOKEN = 'mrdn_demo_public_4f9c2a7d1b3e7c0';

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const server = await startServer(ROOT);
const api = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`${server.origin}/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Shopify-Storefront-Access-Token': TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
};

try {
  // Variants that can always be sold (made to order or in stock), so stock never caps the run.
  const products = (await api(
    '{ products(first: 30) { nodes { variants(first: 5) { nodes { id availableForSale quantityAvailable } } } } }',
  )) as {
    products: {
      nodes: {
        variants: { nodes: { id: string; availableForSale: boolean; quantityAvailable: number }[] };
      }[];
    };
  };
  const variants = products.products.nodes
    .flatMap((p) => p.variants.nodes)
    .filter((v) => v.availableForSale && v.quantityAvailable > 50)
    .map((v) => v.id);

  // Add to cart: one cart per shopper, each shopper adds lines in a loop.
  const carts: string[] = [];
  for (let i = 0; i < SHOPPERS; i++)
    carts.push(
      (
        (await api('mutation { cartCreate(input: {}) { cart { id } } }')) as {
          cartCreate: { cart: { id: string } };
        }
      ).cartCreate.cart.id,
    );
  const ADD =
    'mutation($cartId: ID!, $lines: [CartLineInput!]!) @inContext(country: DE) { cartLinesAdd(cartId: $cartId, lines: $lines) { cart { id totalQuantity cost { subtotalAmount { amount } } } userErrors { code } } }';
  for (const cart of carts)
    await api(ADD, { cartId: cart, lines: [{ merchandiseId: variants[0], quantity: 1 }] }); // warm-up
  // One shopper alone: the latency a shopper sees when the store is not busy.
  const alone: number[] = [];
  for (let n = 0; n < Math.min(100, ADDS); n++) {
    const t = performance.now();
    await api(ADD, {
      cartId: carts[0],
      lines: [{ merchandiseId: variants[n % variants.length], quantity: 1 }],
    });
    alone.push(performance.now() - t);
  }
  alone.sort((a, b) => a - b);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    carts.map(async (cartId) => {
      for (let n = next++; n < ADDS; n = next++) {
        const t = performance.now();
        await api(ADD, { cartId, lines: [{ merchandiseId: variants[n % variants.length], quantity: 1 }] });
        latencies.push(performance.now() - t);
      }
    }),
  );
  const addSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  // Full checkout through the storefront routes (server-rendered forms, as a browser without JS posts them).
  const checkout = (i: number) =>
    checkoutOnce(server.origin, variants[i % variants.length]!, `bench${i}@example.com`);
  await checkout(0); // warm-up
  let done = 0;
  let index = 1;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: SHOPPERS }, async () => {
      for (let i = index++; i <= ORDERS; i = index++) {
        await checkout(i);
        done++;
      }
    }),
  );
  const checkoutSeconds = (performance.now() - t0) / 1000;

  console.log(machineLine(machineInfo()));
  console.log(
    `\n### Checkout (production build, PGlite, HTTP on 127.0.0.1, ${SHOPPERS} concurrent shoppers)\n`,
  );
  console.log(
    markdownTable(
      ['Measure', 'Count', 'p50 ms', 'p99 ms', 'Mean ms', 'Throughput'],
      [
        [
          'Add to cart, 1 shopper',
          String(alone.length),
          pct(alone, 50).toFixed(1),
          pct(alone, 99).toFixed(1),
          (alone.reduce((a, b) => a + b, 0) / alone.length).toFixed(1),
          '',
        ],
        [
          `Add to cart, ${SHOPPERS} shoppers at once`,
          String(latencies.length),
          pct(latencies, 50).toFixed(1),
          pct(latencies, 99).toFixed(1),
          (latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(1),
          `${(latencies.length / addSeconds).toFixed(0)} req/s`,
        ],
        [
          'Full checkout (6 form posts + 1 page, pay and order)',
          String(done),
          '',
          '',
          ((checkoutSeconds * 1000 * SHOPPERS) / done).toFixed(0),
          `${(done / checkoutSeconds).toFixed(1)} orders/s`,
        ],
      ],
    ),
  );
  console.log(`\nServer RSS after the run: ${server.rssMb()?.toFixed(0) ?? '?'} MB`);
} finally {
  await server.stop();
}
