/**
 * Pricing bench (issue 3): compute and store 100,000 variants × every market country.
 * Reports compute time, full recompute time (compute + transactional write + history),
 * rows per second and peak RSS, on PGlite and (when reachable) PostgreSQL.
 * Run: node tests/bench/pricing.ts  (BENCH_VARIANTS to change the size)
 */
import './repo-root.ts';
import { sql } from 'drizzle-orm';
import { openDb, setDbHandle, type DbHandle } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { createMarket, seedTaxRates, setExchangeRate } from '../../app/db/seed/factories.server.ts';
import { seedMarkets, seedRates } from '../../app/db/seed/markets-data.ts';
import { getMarketConfig, invalidateMarketConfig } from '../../app/modules/markets/markets.server.ts';
import { loadAdjustments, priceRowsFor, recomputePrices } from '../../app/modules/pricing/pricing.server.ts';
import { machineInfo, machineLine } from './machine.ts';
import { onFreshPostgres } from './postgres.ts';
import { markdownTable } from './table.ts';

const VARIANTS = Number(process.env.BENCH_VARIANTS ?? 100_000);
const PER_PRODUCT = 10;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (n: number) => (n / 1048576).toFixed(0);

async function prepare(handle: DbHandle): Promise<void> {
  await migrate(handle);
  setDbHandle(handle);
  const db = handle.db;
  await db.execute(sql`insert into shop (id, name, currency) values (1, 'Bench', 'USD')`);
  for (const [i, m] of seedMarkets.entries()) await createMarket(db, m, i);
  for (const [c, r] of Object.entries(seedRates)) await setExchangeRate(db, c, r, 'bench');
  await seedTaxRates(db);
  // Varied rules so every engine step runs: adjustments, charm and step rounding, margin floors.
  await db.execute(
    sql`update markets set adjustment_percent = 8, rounding = '{"kind":"charm","ending":"0.99"}', margin_floor_percent = 30 where currency in ('EUR', 'GBP')`,
  );
  await db.execute(
    sql`update markets set rounding = '{"kind":"step","mode":"up","step":"10"}' where currency = 'JPY'`,
  );
  const products = VARIANTS / PER_PRODUCT;
  for (let start = 0; start < products; start += 5000) {
    const count = Math.min(5000, products - start);
    await db.execute(sql`insert into products (handle, title, status, published_at)
      select 'bench-' || g, 'Bench product ' || g, 'active', now() from generate_series(${start + 1}::int, ${start + count}::int) g`);
  }
  await db.execute(sql`insert into variants (product_id, position, title, sku, price_amount, compare_at_amount, unit_cost_amount, weight)
    select p.id, v, 'V' || v, 'B-' || p.id || '-' || v, 1000 + (p.id * 37 + v * 101) % 20000,
      case when v % 4 = 0 then 30000 else null end, 400 + (p.id * 13) % 6000, 300
    from products p cross join generate_series(1, ${PER_PRODUCT}::int) v`);
}

async function measure(name: string, handle: DbHandle) {
  await prepare(handle);
  invalidateMarketConfig();
  const config = await getMarketConfig(handle.db);
  const variantRows = await handle.db.execute(
    sql`select id, price_amount as "priceAmount", compare_at_amount as "compareAtAmount", unit_cost_amount as "unitCostAmount" from variants`,
  );
  const rowsIn = (Array.isArray(variantRows) ? variantRows : (variantRows as { rows: unknown[] }).rows) as {
    id: number;
    priceAmount: number;
    compareAtAmount: number | null;
    unitCostAmount: number | null;
  }[];
  const adjustments = await loadAdjustments(handle.db);
  peakRss = process.memoryUsage().rss;
  let t = performance.now();
  const rows = priceRowsFor(config, adjustments, rowsIn, new Map(), new Date());
  const computeMs = performance.now() - t;
  const computePeak = peakRss;
  peakRss = process.memoryUsage().rss;
  t = performance.now();
  const written = await recomputePrices(handle.db, config, {}, new Date());
  const totalMs = performance.now() - t;
  // Steady state: the same recompute again, when no price changed (no history rows to add).
  t = performance.now();
  await recomputePrices(handle.db, config, {}, new Date());
  const againMs = performance.now() - t;
  return {
    name,
    variants: rowsIn.length,
    rows: rows.variantId.length,
    written,
    computeMs,
    totalMs,
    againMs,
    computePeak,
    totalPeak: peakRss,
  };
}

const results = [];
results.push(await measure('PGlite (embedded)', openDb({ pgliteDir: 'memory://' })));

const pg = await onFreshPostgres((handle) => measure('PostgreSQL 15 (127.0.0.1)', handle));
if (pg) results.push(pg);
clearInterval(sampler);

console.log(machineLine(machineInfo()));
console.log(`\n### Pricing: ${VARIANTS.toLocaleString('en')} variants × every market country\n`);
console.log(
  markdownTable(
    [
      'Database',
      'Variants',
      'Price rows',
      'Compute s',
      'Compute rows/s',
      'First full recompute s',
      'Rows/s',
      'Unchanged recompute s',
      'Peak RSS compute MB',
      'Peak RSS total MB',
    ],
    results.map((r) => [
      r.name,
      String(r.variants),
      String(r.rows),
      (r.computeMs / 1000).toFixed(2),
      Math.round(r.rows / (r.computeMs / 1000)).toLocaleString('en'),
      (r.totalMs / 1000).toFixed(2),
      Math.round(r.written / (r.totalMs / 1000)).toLocaleString('en'),
      (r.againMs / 1000).toFixed(2),
      mb(r.computePeak),
      mb(r.totalPeak),
    ]),
  ),
);
process.exit(0);
