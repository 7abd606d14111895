/**
 * Sitemap bench (issue 5): 100,000 products × 12 storefront locales, each product with German
 * and Japanese handles. Streams every file of every locale (the index, each locale's main file
 * and its product files) and reports time, URLs, bytes and memory. Memory is measured at two
 * catalog sizes: if streaming is constant-memory, the peak does not grow with the catalog.
 * Run: node --expose-gc tests/bench/sitemap.ts  (BENCH_PRODUCTS to change the large size)
 */
import './repo-root.ts';
import { sql } from 'drizzle-orm';
import { openDb, setDbHandle, type DbHandle } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { createMarket } from '../../app/db/seed/factories.server.ts';
import { allLocales } from '../../app/modules/markets/core/market.ts';
import { getMarketConfig, invalidateMarketConfig } from '../../app/modules/markets/markets.server.ts';
import { localeSitemap, parseSitemapFile, sitemapFiles } from '../../app/modules/seo/sitemap.server.ts';
import { machineInfo, machineLine } from './machine.ts';
import { onFreshPostgres } from './postgres.ts';
import { markdownTable } from './table.ts';

const LARGE = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SMALL = Math.round(LARGE / 5);

/** Twelve locales: nine markets, three of them bilingual. */
const MARKETS = [
  {
    handle: 'us',
    name: 'US',
    countries: ['US'],
    currency: 'USD',
    languages: ['en'],
    taxInclusive: false,
    primary: true,
  },
  {
    handle: 'de',
    name: 'DE',
    countries: ['DE'],
    currency: 'EUR',
    languages: ['de', 'en'],
    taxInclusive: true,
  },
  { handle: 'fr', name: 'FR', countries: ['FR'], currency: 'EUR', languages: ['fr'], taxInclusive: true },
  { handle: 'es', name: 'ES', countries: ['ES'], currency: 'EUR', languages: ['es'], taxInclusive: true },
  { handle: 'it', name: 'IT', countries: ['IT'], currency: 'EUR', languages: ['it'], taxInclusive: true },
  { handle: 'nl', name: 'NL', countries: ['NL'], currency: 'EUR', languages: ['nl'], taxInclusive: true },
  {
    handle: 'jp',
    name: 'JP',
    countries: ['JP'],
    currency: 'JPY',
    languages: ['ja', 'en'],
    taxInclusive: true,
  },
  {
    handle: 'sg',
    name: 'SG',
    countries: ['SG'],
    currency: 'SGD',
    languages: ['en', 'zh-CN'],
    taxInclusive: true,
  },
  { handle: 'ae', name: 'AE', countries: ['AE'], currency: 'AED', languages: ['ar'], taxInclusive: true },
];

let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 10);
const mb = (n: number) => (n / 1048576).toFixed(0);

async function prepare(handle: DbHandle, products: number): Promise<void> {
  await migrate(handle);
  setDbHandle(handle);
  const db = handle.db;
  await db.execute(sql`insert into shop (id, name, currency) values (1, 'Bench', 'USD')`);
  for (const [i, m] of MARKETS.entries()) await createMarket(db, m, i);
  for (let start = 0; start < products; start += 10_000) {
    const end = Math.min(products, start + 10_000);
    await db.execute(sql`insert into products (handle, title, status, published_at)
      select 'bench-product-' || g, 'Bench product ' || g, 'active', now() from generate_series(${start + 1}::int, ${end}::int) g`);
  }
  await db.execute(sql`insert into translations (resource_gid, field, locale, value, source_digest)
    select 'gid://shopify/Product/' || id, 'handle', l.locale, l.prefix || id, 'bench'
    from products cross join (values ('de', 'bench-produkt-'), ('ja', 'ベンチ-')) as l(locale, prefix)`);
  await db.execute(sql`analyze`);
}

async function measure(name: string, handle: DbHandle, products: number) {
  await prepare(handle, products);
  invalidateMarketConfig();
  const config = await getMarketConfig(handle.db);
  const locales = allLocales(config);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  peakRss = baseline;
  peakHeap = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const files = await sitemapFiles(handle.db, config);
  let bytes = 0;
  let urls = 0;
  const fileMs: number[] = [];
  let firstChunkMs: number[] = [];
  for (const file of files) {
    const parsed = parseSitemapFile(config, file)!;
    const t = performance.now();
    let first = true;
    for await (const chunk of localeSitemap(
      handle.db,
      config,
      parsed.locale,
      'https://shop.example',
      parsed.part,
    )) {
      // Time to the first <url>, not to the XML prolog.
      if (first && chunk.startsWith('  <url>')) {
        firstChunkMs.push(performance.now() - t);
        first = false;
      }
      bytes += Buffer.byteLength(chunk);
      if (chunk.startsWith('  <url>')) urls++;
    }
    fileMs.push(performance.now() - t);
  }
  const totalMs = performance.now() - t0;
  fileMs.sort((a, b) => a - b);
  firstChunkMs = firstChunkMs.sort((a, b) => a - b);
  return {
    name,
    products,
    locales: locales.length,
    files: files.length,
    urls,
    bytes,
    totalMs,
    medianFileMs: fileMs[Math.floor(fileMs.length / 2)]!,
    maxFileMs: fileMs.at(-1)!,
    medianFirstMs: firstChunkMs[Math.floor(firstChunkMs.length / 2)]!,
    peakOverBaseline: peakRss - baseline,
    peakHeap,
  };
}

const results = [];
for (const products of [SMALL, LARGE]) {
  const pg = await onFreshPostgres((handle) => measure('PostgreSQL 15 (127.0.0.1)', handle, products));
  if (pg) results.push(pg);
}
for (const products of [SMALL, LARGE]) {
  const handle = openDb({ pgliteDir: 'memory://' });
  results.push(await measure('PGlite (embedded)', handle, products));
  await handle.close();
}
clearInterval(sampler);

console.log(machineLine(machineInfo()));
console.log(
  `\n### Sitemaps: every file of every locale, streamed (${MARKETS.length} markets, 12 locales, 13 hreflang links per URL)\n`,
);
console.log(
  markdownTable(
    [
      'Database',
      'Products',
      'Locales',
      'Files',
      'URLs',
      'MB written',
      'Total s',
      'URLs/s',
      'Median file s',
      'Slowest file s',
      'Median first URL ms',
      'Peak JS heap MB',
      'Peak RSS over baseline MB',
    ],
    results.map((r) => [
      r.name,
      String(r.products),
      String(r.locales),
      String(r.files),
      String(r.urls),
      mb(r.bytes),
      (r.totalMs / 1000).toFixed(1),
      Math.round(r.urls / (r.totalMs / 1000)).toLocaleString('en'),
      (r.medianFileMs / 1000).toFixed(2),
      (r.maxFileMs / 1000).toFixed(2),
      r.medianFirstMs.toFixed(1),
      mb(r.peakHeap),
      mb(r.peakOverBaseline),
    ]),
  ),
);
process.exit(0);
