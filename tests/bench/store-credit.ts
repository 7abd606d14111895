/**
 * Store credit bench (issue 15), on PGlite and a fresh PostgreSQL database, through the real
 * services:
 *  - pay: a German checkout paid by card alone, then one where store credit pays part of it
 *    (the spend runs inside the order's transaction); median and p90 of payForCheckout;
 *  - contention: 16 checkouts at once, all applying one shopper's balance, which covers only one
 *    of them: how long until every one has an answer, and that exactly one order was placed.
 * Run: node tests/bench/store-credit.ts  (BENCH_ORDERS)
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDb, type DbHandle } from '../../app/db/client.server.ts';
import { checkouts, variants } from '../../app/db/schema/index.ts';
import { readyCheckout } from '../../app/db/seed/order-factories.server.ts';
import { payForCheckout } from '../../app/modules/checkout/pay.server.ts';
import { loadCheckout } from '../../app/modules/checkout/checkout.server.ts';
import { createTestProvider } from '../../app/modules/payments/test-provider.server.ts';
import { addCredit, creditBalance } from '../../app/modules/store-credit/store-credit.server.ts';
import { buildDatabase } from '../support/template-db.ts';
import { machineInfo, machineLine } from './machine.ts';
import { onFreshPostgres } from './postgres.ts';
import { fmt, markdownTable } from './table.ts';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 30);
const RACERS = 16;
const ctx = {
  returnUrl: 'https://bench.test/r',
  orderUrl: (c: string, n: number) => `https://bench.test/${c}/${n}`,
};
const ADDRESS = {
  firstName: 'Mia',
  lastName: 'Schulz',
  address1: 'Sendlinger Straße 8',
  zip: '80331',
  city: 'München',
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function checkout(db: DbHandle['db'], variantId: number, email: string, credit: boolean) {
  const { token } = await readyCheckout(db, {
    country: 'DE',
    language: 'de',
    address: { ...ADDRESS, countryCode: 'DE' },
    lines: [{ variantId, quantity: 1 }],
  });
  // The emailed code is proved the way verifyCreditCode records it (the bench times paying, not mail).
  await db
    .update(checkouts)
    .set({ email, ...(credit ? { creditEmail: email, useCredit: true } : {}) })
    .where(eq(checkouts.cartId, token));
  return token;
}

async function run(handle: DbHandle) {
  const db = handle.db;
  const provider = createTestProvider(db);
  const [sweater] = await db
    .select({ id: variants.id })
    .from(variants)
    .where(eq(variants.sku, 'AO-MER-OAT-M'));
  await db.update(variants).set({ inventoryQuantity: 100_000 }).where(eq(variants.id, sweater!.id));
  const grant = (email: string, amount: number) =>
    db.transaction((tx) =>
      addCredit(tx as unknown as typeof db, 'issue', {
        email,
        currency: 'EUR',
        amount,
        idempotencyKey: `bench:${email}:${amount}:${Math.random()}`,
        expiresAt: null,
      }),
    );
  const times = { card: [] as number[], credit: [] as number[] };
  for (let i = 0; i < ORDERS; i++)
    for (const kind of ['card', 'credit'] as const) {
      const email = `bench-${kind}-${i}@example.de`;
      if (kind === 'credit') await grant(email, 2000);
      const token = await checkout(db, sweater!.id, email, kind === 'credit');
      const started = performance.now();
      const outcome = await payForCheckout(db, provider, token, ctx);
      times[kind].push(performance.now() - started);
      if (outcome.kind !== 'placed') throw new Error(`${kind} checkout ${i}: ${outcome.kind}`);
    }
  // Contention: one balance that covers one order, applied by 16 checkouts paying at once.
  const racer = 'bench-racer@example.de';
  await grant(racer, 1);
  const tokens = [];
  for (let i = 0; i < RACERS; i++) tokens.push(await checkout(db, sweater!.id, racer, true));
  const total = (await loadCheckout(db, tokens[0]!))!.totals.total.amount;
  await grant(racer, total - 1);
  const started = performance.now();
  const outcomes = await Promise.all(tokens.map((t) => payForCheckout(db, provider, t, ctx)));
  const wall = performance.now() - started;
  const placed = outcomes.filter((o) => o.kind === 'placed').length;
  const balance = (await creditBalance(db, racer, 'EUR')).amount;
  return { times, wall, placed, refused: outcomes.filter((o) => o.kind === 'creditChanged').length, balance };
}

const results: [string, Awaited<ReturnType<typeof run>>][] = [];
const lite = openDb({ pgliteDir: 'memory://' });
try {
  await buildDatabase(lite, 'seeded');
  results.push(['PGlite', await run(lite)]);
} finally {
  await lite.close();
}
const pg = await onFreshPostgres(async (handle) => {
  await buildDatabase(handle, 'seeded');
  return run(handle);
});
if (pg) results.push(['PostgreSQL', pg]);

console.log(machineLine(machineInfo()));
console.log(`\npayForCheckout, ${ORDERS} orders each (ms)\n`);
console.log(
  markdownTable(
    [
      'database',
      'card only p50',
      'card only p90',
      'with credit p50',
      'with credit p90',
      'credit / card (p50)',
    ],
    results.map(([name, r]) => [
      name,
      fmt(pct(r.times.card, 50)),
      fmt(pct(r.times.card, 90)),
      fmt(pct(r.times.credit, 50)),
      fmt(pct(r.times.credit, 90)),
      `${fmt(pct(r.times.credit, 50) / pct(r.times.card, 50), 2)}×`,
    ]),
  ),
);
console.log(`\n${RACERS} checkouts racing for one balance that covers one order\n`);
console.log(
  markdownTable(
    ['database', 'all answered (ms)', 'placed', 'refused (credit changed)', 'balance after'],
    results.map(([name, r]) => [name, fmt(r.wall, 0), r.placed, r.refused, r.balance]),
  ),
);
