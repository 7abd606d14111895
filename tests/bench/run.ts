/**
 * `npm run bench`: issue 17's target table, then the older per-page and per-query rows and the
 * in-process vs HTTP hop. Everything runs against the production build over loopback HTTP
 * (autocannon); phases 1–3 on embedded PGlite, seeded once and copied for each server:
 *
 *  1. defaults (result cache and page cache on): the API product query with a warm result cache,
 *     a warmed product page (a page cache hit), a fingerprinted static asset, the product page's
 *     first-load JS and inline script bytes, Lighthouse mobile, and add-to-cart by 8 shoppers;
 *  2. PAGE_CACHE=off: the product page rendered every time, then Shopify's Hydrogen skeleton
 *     (built from the registry by scripts/hydrogen-skeleton.ts, served by MiniOxygen with its
 *     default sub-request caching) pointed at this same server's Storefront API; then the older rows;
 *  3. STOREFRONT_RESULT_CACHE=off: the API product query again, every request executed;
 *  4. scale-out, when a PostgreSQL server answers (BENCH_DATABASE_URL, else 127.0.0.1:5432): a
 *     fresh database, WEB_CONCURRENCY=2 and the page cache off; the product page and add-to-cart.
 *
 * Prints Markdown tables and writes tests/bench/results.json. BENCH_DURATION=<s> per load run
 * (default 10); BENCH_CONNECTIONS for the older rows (default 32; e.g. "1,32"); BENCH_SHOPPERS (8).
 */
import { ROOT } from './repo-root.ts';
import { fork } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareSkeleton } from '../../scripts/hydrogen-skeleton.ts';
import { graphqlErrors } from '../hydrogen-skeleton/graphql-errors.ts';
import { startPreview, type Preview } from '../hydrogen-skeleton/preview.ts';
import { API_BODY, API_HEADERS, API_PATH, API_TOKEN } from './api.ts';
import { addToCartLoad, sellableVariants, type CartAddResult } from './cart-load.ts';
import { hopHeading, hopTable, type HopResult } from './hop-report.ts';
import { lighthouseScores, lighthouseUnavailable, type LighthouseScore } from './lighthouse.ts';
import { measure, warmUp, type Row } from './load.ts';
import { machineInfo, machineLine } from './machine.ts';
import { pageWeight, type PageWeight } from './page-weight.ts';
import { onFreshPostgres } from './postgres.ts';
import { seededPglite, startServer, type BenchServer } from './server.ts';
import { fmt, markdownTable } from './table.ts';
import { judge, targetTable, type TargetRow } from './target-table.ts';
import { targets, type Target } from './targets.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '32').split(',').map(Number);
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 8);
const TARGET_CONNECTIONS = 32;
/** Runs of each load in the target table; the median run counts. */
const TARGET_REPEATS = 3;
/** Worker processes of the scale-out phase (PostgreSQL). */
const SCALE_OUT_WORKERS = 2;
const WARMUP_REQUESTS = 5;
/** Seconds of load before the older rows' runs (on a server the targets already warmed), not counted. */
const WARM_BURST_S = 2;
/**
 * Seconds of load before each target, not counted. A freshly started server keeps getting faster
 * for a while under load (V8 tiering up a 1.6 MB server bundle): after 2 s the first runs on a new
 * server read 20–40 % below the same server's later runs.
 */
const TARGET_WARM_S = 10;
if (!(DURATION_S > 0))
  throw new Error(`BENCH_DURATION must be a positive number of seconds, got ${process.env.BENCH_DURATION}`);
if (!CONNECTIONS.every((c) => Number.isInteger(c) && c > 0))
  throw new Error(`BENCH_CONNECTIONS must be positive integers, got ${process.env.BENCH_CONNECTIONS}`);

const PRODUCT = '/products/merino-crew-sweater';
const PRODUCT_TITLE = 'Merino Crew Sweater';
/**
 * Sent with every page request of the target table: what a browser asks for, its user agent too
 * (fetch's own, "node", is a bot to isbot, and crawlers get a different page: all data awaited).
 */
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent':
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
};
const page = (name: string, pathname: string): Target => ({
  name,
  path: pathname,
  method: 'GET',
  headers: BROWSER_HEADERS,
});
/** The product page, checked to be the product's own page (a cheap error page must not pass for one). */
const productPage = (name: string): Target => ({
  ...page(name, PRODUCT),
  checkText: (html) =>
    html.includes('</html>') && html.includes(PRODUCT_TITLE)
      ? null
      : `no "${PRODUCT_TITLE}" in a full HTML page`,
});
const apiProduct: Target = {
  name: 'API product (DE)',
  path: API_PATH,
  method: 'POST',
  headers: API_HEADERS,
  body: API_BODY,
};

const machine = machineInfo();
console.log(machineLine(machine));
console.log(
  `Settings: ${DURATION_S} s per load run, ${TARGET_CONNECTIONS} connections for the targets ` +
    `(${CONNECTIONS.join(' and ')} for the older rows), ${SHOPPERS} shoppers, ${WARMUP_REQUESTS} warm-up requests ` +
    `and ${TARGET_WARM_S} s of unmeasured load before each target (${WARM_BURST_S} s for the older rows); each load of the target table runs ` +
    `${TARGET_REPEATS} times and the median run counts\n`,
);
const log = (line: string) => console.error(line);

/** Fatal problems fail the bench (exit 1); the rest, like a few stray errors under load, are only reported. */
const problems: { message: string; fatal: boolean }[] = [];
const problem = (message: string, fatal = true) => {
  problems.push({ message, fatal });
  log(`${fatal ? 'FAIL ' : ''}${message}`);
};

/** Every autocannon run, for results.json and the older table. */
const runs: (Row & { server: string })[] = [];

interface LoadPlan {
  connections: number;
  repeats: number;
  /** Seconds of unmeasured load first. */
  warmS: number;
}
/** How each load of the target table runs. */
const TARGET_PLAN: LoadPlan = {
  connections: TARGET_CONNECTIONS,
  repeats: TARGET_REPEATS,
  warmS: TARGET_WARM_S,
};

/**
 * Warms a target up, then loads it; null (with a problem noted) when either fails. With `repeats`,
 * it loads that many times and returns the run of median req/s (every run goes to results.json):
 * a single run on a shared machine is as likely to catch a neighbour's burst as the server's pace.
 */

async function load(
  server: { name: string; origin: string; assertAlive(): void; rssMb(): number | null },
  target: Target,
  { connections, repeats, warmS }: LoadPlan = TARGET_PLAN,
): Promise<Row | null> {
  server.assertAlive();
  const warm = await warmUp(server.origin, target, WARMUP_REQUESTS).catch((error: Error) => {
    server.assertAlive(); // a dead server explains a failed fetch better than "fetch failed"
    return error.message;
  });
  if (warm) {
    problem(`${server.name} ${target.name}: ${warm}`);
    return null;
  }
  const times = repeats > 1 ? `, ${repeats} times` : '';
  log(`${server.name}: ${target.name} × ${connections} connection(s) for ${DURATION_S} s${times}…`);
  // A short burst at the same concurrency first, discarded: JIT and pools reach their steady state.
  await measure(server.origin, target, connections, warmS);
  const rows: Row[] = [];
  for (let i = 0; i < repeats; i++) {
    // The last load leaves requests in flight that the server still works on: one more request waits them out.
    await warmUp(server.origin, target, 1).catch(() => null);
    const row = {
      ...(await measure(server.origin, target, connections, DURATION_S)),
      serverRssMb: server.rssMb(),
    };
    server.assertAlive(); // autocannon would only count a dead server as errors
    runs.push({ ...row, server: server.name });
    if (row.non2xx || row.errors || !row.ok2xx)
      problem(
        `${server.name} ${target.name} × ${connections}: ${row.ok2xx} 2xx, ${row.non2xx} non-2xx, ${row.errors} errors`,
        row.ok2xx === 0,
      );
    // No answer within the run: a rate of 0 and latencies of 0 ms would read as figures.
    if (row.ok2xx) rows.push(row);
  }
  rows.sort((a, b) => a.reqPerSec - b.reqPerSec);
  return rows[Math.floor((rows.length - 1) / 2)] ?? null;
}

/** SHOPPERS shoppers adding to their carts, after a warm-up burst as `load` gives; failures are problems. */
async function cartLoad(server: { name: string; origin: string }): Promise<CartAddResult> {
  log(`${server.name}: add to cart, ${SHOPPERS} shoppers for ${DURATION_S} s…`);
  const variants = await sellableVariants(server.origin);
  await addToCartLoad(server.origin, variants, SHOPPERS, TARGET_WARM_S); // unmeasured
  const result = await addToCartLoad(server.origin, variants, SHOPPERS, DURATION_S);
  if (result.failures)
    problem(
      `${server.name} add to cart: ${result.failures} failed adds, first: ${result.firstFailure}`,
      result.adds === 0,
    );
  return result;
}

const named = (name: string, s: BenchServer) => ({ ...s, name });
const skeletonNamed = (p: Preview) => ({
  name: 'skeleton',
  origin: p.origin,
  assertAlive() {},
  rssMb: () => null,
});

/** Follows redirects (a localized handle) so Lighthouse audits the page itself, not a hop to it. */
async function finalUrl(url: string): Promise<string> {
  const res = await fetch(url, { headers: BROWSER_HEADERS }).catch(() =>
    fetch(url, { headers: BROWSER_HEADERS }),
  );
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.url;
}

async function htmlOf(origin: string, pathname: string): Promise<string> {
  // One retry: a pooled keep-alive socket the server closed while autocannon ran fails the first fetch.
  const res = await fetch(origin + pathname, { headers: BROWSER_HEADERS }).catch(() =>
    fetch(origin + pathname, { headers: BROWSER_HEADERS }),
  );
  const html = await res.text();
  if (!res.ok) throw new Error(`${origin}${pathname} answered ${res.status}`);
  return html;
}

/** Runs `fn`, turning a throw into a fatal problem so the later phases and results.json still happen. */
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    problem(`${name}: ${(error as Error).message}`);
    return null;
  }
}

/** What the phases measured; null where a phase failed or did not get that far. */
interface Got {
  bootRssMb: number | null;
  apiWarm: Row | null;
  apiCold: Row | null;
  cachedPage: Row | null;
  /** The X-Cache header of the warmed product page (undefined until it was asked for). */
  cacheHeader: string | null | undefined;
  staticAsset: { path: string; row: Row | null } | null;
  ssr: { meridian: Row | null; skeleton: Row | null };
  weight: { meridian: PageWeight | null; skeleton: PageWeight | null };
  cart: CartAddResult | null;
  /** PostgreSQL with WEB_CONCURRENCY=2 (the scale-out setup), page cache off; null without a server. */
  scaleOut: { page: Row | null; cart: CartAddResult | null; note: string | null };
  lighthouse: { meridian: LighthouseScore[]; skeleton: LighthouseScore[]; unavailable: string | null };
  skeleton: { dir: string; createHydrogen: string; hydrogen: string } | null;
}
const got: Got = {
  bootRssMb: null,
  apiWarm: null,
  apiCold: null,
  cachedPage: null,
  cacheHeader: undefined,
  staticAsset: null,
  ssr: { meridian: null, skeleton: null },
  weight: { meridian: null, skeleton: null },
  cart: null,
  scaleOut: { page: null, cart: null, note: null },
  lighthouse: { meridian: [], skeleton: [], unavailable: lighthouseUnavailable() },
  skeleton: null,
};
const olderRows: Row[] = [];

const started = Date.now();
log('Seeding a PGlite directory for the servers to copy…');
const seeded = await phase('seeding', () => seededPglite(ROOT));

if (seeded) {
  // 1. Defaults: caches on.
  await phase('defaults', async () => {
    const server = named('defaults', await startServer(ROOT, 120_000, { pgliteFrom: seeded }));
    got.bootRssMb = server.rssMb();
    log(`server (defaults) pid ${server.pid} at ${server.origin}, RSS after boot ${fmt(got.bootRssMb)} MB`);
    try {
      got.apiWarm = await load(server, apiProduct);

      const product = productPage('product en-US (page cache)');
      const warm = await warmUp(server.origin, product, WARMUP_REQUESTS);
      if (warm) problem(`defaults product page: ${warm}`);
      const res = await fetch(server.origin + PRODUCT, { headers: BROWSER_HEADERS });
      await res.arrayBuffer();
      got.cacheHeader = res.headers.get('x-cache');
      got.cachedPage = await load(server, product);

      const html = await htmlOf(server.origin, PRODUCT);
      got.weight.meridian = await pageWeight(html, path.join(ROOT, 'build/client'), server.origin);
      const asset = got.weight.meridian.modules.find((m) => m.startsWith('/assets/'));
      if (!asset) throw new Error('the product page references no /assets/ module');
      got.staticAsset = {
        path: asset,
        row: await load(server, {
          ...page('static asset', asset),
          headers: { 'accept-encoding': 'gzip, deflate, br' },
          checkText: (text) => (text.length > 1000 ? null : `a ${text.length}-byte body`),
        }),
      };

      got.cart = await cartLoad(server);

      if (!got.lighthouse.unavailable) {
        const pages = await Promise.all(
          [
            ['home en-US', '/'],
            ['collection en-US', '/collections/apparel'],
            ['product en-US', PRODUCT],
            ['home ja-JP', '/ja-jp'],
            ['collection ja-JP', '/ja-jp/collections/apparel'],
            ['product ja-JP', `/ja-jp${PRODUCT}`],
          ].map(async ([name, pathname]) => ({ name: name!, url: await finalUrl(server.origin + pathname) })),
        );
        got.lighthouse.meridian = await lighthouseScores(pages, log);
      }
    } finally {
      await server.stop();
    }
  });

  // 2. Page cache off: Meridian's product page rendered every time, then the skeleton on this same engine.
  await phase('page cache off', async () => {
    const server = named(
      'page cache off',
      await startServer(ROOT, 120_000, { pgliteFrom: seeded, env: { PAGE_CACHE: 'off' } }),
    );
    try {
      got.ssr.meridian = await load(server, productPage('product en-US'));

      await phase('skeleton', async () => {
        log('Preparing the Hydrogen skeleton (built once, then from its cache)…');
        const skeleton = await prepareSkeleton((line) => log(`[skeleton] ${line}`));
        got.skeleton = {
          dir: skeleton.dir,
          createHydrogen: skeleton.createHydrogen,
          hydrogen: skeleton.hydrogen,
        };
        const logFile = path.join(os.tmpdir(), `meridian-bench-skeleton-${process.pid}.log`);
        const preview = await startPreview({
          dir: skeleton.dir,
          storeDomain: server.origin,
          token: API_TOKEN,
          logFile,
        });
        try {
          const sk = skeletonNamed(preview);
          got.ssr.skeleton = await load(sk, productPage('skeleton product'));
          // Hydrogen logs every Storefront API error: pages built on errors would flatter the skeleton.
          const errors = graphqlErrors(preview.log());
          if (errors.length)
            problem(`skeleton: GraphQL errors in its log: ${errors.slice(0, 3).join(' | ')}`);
          got.weight.skeleton = await pageWeight(
            await htmlOf(preview.origin, PRODUCT),
            path.join(skeleton.dir, 'dist/client'),
            preview.origin,
          );
          if (!got.lighthouse.unavailable)
            got.lighthouse.skeleton = await lighthouseScores(
              [
                { name: 'home en-US', url: `${preview.origin}/` },
                { name: 'collection en-US', url: `${preview.origin}/collections/apparel` },
                { name: 'product en-US', url: `${preview.origin}${PRODUCT}` },
              ],
              log,
            );
        } finally {
          await preview.stop();
          rmSync(logFile, { force: true });
        }
      });

      for (const target of targets)
        for (const connections of CONNECTIONS) {
          const row = await load(server, target, { connections, repeats: 1, warmS: WARM_BURST_S });
          if (row) olderRows.push(row);
        }
    } finally {
      await server.stop();
    }
  });

  // 3. Result cache off: what the engine costs per query.
  await phase('result cache off', async () => {
    const server = named(
      'result cache off',
      await startServer(ROOT, 120_000, { pgliteFrom: seeded, env: { STOREFRONT_RESULT_CACHE: 'off' } }),
    );
    try {
      got.apiCold = await load(server, apiProduct);
    } finally {
      await server.stop();
    }
  });
}

// 4. Scale-out: PostgreSQL and two worker processes, as a store expecting a flash sale runs it.
await phase('scale-out', async () => {
  const measured = await onFreshPostgres(async (_, databaseUrl) => {
    log(`Scale-out: PostgreSQL, ${SCALE_OUT_WORKERS} workers (seeding the database)…`);
    const server = named(
      `PostgreSQL, ${SCALE_OUT_WORKERS} workers`,
      await startServer(ROOT, 600_000, {
        databaseUrl,
        env: { PAGE_CACHE: 'off', WEB_CONCURRENCY: String(SCALE_OUT_WORKERS) },
      }),
    );
    try {
      got.scaleOut.page = await load(server, productPage('product en-US'));
      got.scaleOut.cart = await cartLoad(server);
    } finally {
      await server.stop();
    }
    return true;
  });
  if (!measured) got.scaleOut.note = 'no PostgreSQL server answered (BENCH_DATABASE_URL or 127.0.0.1:5432)';
});

// The hop comparison runs after the servers are gone so the two do not compete for CPU.
log('Storefront API in-process vs HTTP hop…');
const hop = await runHopScript().catch((error: Error) => {
  problem(`hop.ts: ${error.message}`);
  return null;
});

// ---- The target table ----
const cartNote = (c: CartAddResult) =>
  `${c.adds} adds, p99 ${fmt(c.p99Ms, 1)} ms, ${fmt(c.perSecond, 0)} adds/s, ${c.failures} failures`;
const rps = (r: Row | null) => r?.reqPerSec ?? null;
const lhRow = (name: string): TargetRow => {
  const m = got.lighthouse.meridian.find((s) => s.name === name);
  const s = got.lighthouse.skeleton.find((x) => x.name === name);
  const errors = [m?.error && `Meridian: ${m.error}`, s?.error && `skeleton: ${s.error}`].filter(Boolean);
  return {
    measure: `Lighthouse mobile performance, ${name}`,
    unit: '',
    meridian: m?.score ?? null,
    skeleton: s?.score ?? null,
    goal: { kind: 'atLeast', value: 95 },
    digits: 0,
    note: got.lighthouse.unavailable
      ? `not run: ${got.lighthouse.unavailable}`
      : errors.length
        ? errors.join('; ')
        : m
          ? `LCP ${fmt((m.lcpMs ?? NaN) / 1000, 1)} s, TBT ${fmt(m.tbtMs, 0)} ms, CLS ${fmt(m.cls, 3)}` +
            (s ? ` (skeleton LCP ${fmt((s.lcpMs ?? NaN) / 1000, 1)} s, TBT ${fmt(s.tbtMs, 0)} ms)` : '')
          : 'not run (an earlier step failed)',
  };
};
const hitNote =
  got.cacheHeader && /hit/i.test(got.cacheHeader)
    ? `X-Cache: ${got.cacheHeader} on the warmed page`
    : `no X-Cache: HIT on the warmed page (X-Cache: ${got.cacheHeader ?? 'absent'}), so these were not page cache hits`;
const kib = (bytes: number | undefined) => (bytes == null ? null : bytes / 1024);
const kb = (bytes: number | undefined) => (bytes == null ? null : bytes / 1000);
const weightNote = (w: PageWeight | null, who: string) =>
  w
    ? `${who}: ${w.modules.length} modules${w.missing.length ? ` (${w.missing.length} not found: ${w.missing.join(', ')})` : ''}`
    : null;

const targetRows: TargetRow[] = [
  {
    measure: `Storefront API product query, HTTP, ${TARGET_CONNECTIONS} conns, result cache warm`,
    unit: 'req/s',
    meridian: rps(got.apiWarm),
    skeleton: null,
    goal: { kind: 'atLeast', value: 3000 },
    digits: 0,
  },
  {
    measure: 'the same, STOREFRONT_RESULT_CACHE=off',
    unit: 'req/s',
    meridian: rps(got.apiCold),
    skeleton: null,
    goal: { kind: 'atLeast', value: 800 },
    digits: 0,
  },
  {
    measure: `Product page SSR, PAGE_CACHE=off, ${TARGET_CONNECTIONS} conns`,
    unit: 'req/s',
    meridian: rps(got.ssr.meridian),
    skeleton: rps(got.ssr.skeleton),
    goal: { kind: 'ratioAtLeast', value: 2 },
    digits: 0,
  },
  {
    measure: `the same on PostgreSQL, ${SCALE_OUT_WORKERS} worker processes`,
    unit: 'req/s',
    meridian: rps(got.scaleOut.page),
    skeleton: rps(got.ssr.skeleton),
    goal: { kind: 'ratioAtLeast', value: 2 },
    digits: 0,
    note: got.scaleOut.page
      ? `p99 ${got.scaleOut.page.latencyMs.p99} ms; the database and both workers share the two cores`
      : (got.scaleOut.note ?? undefined),
  },
  {
    measure: `Product page p99, PAGE_CACHE=off, ${TARGET_CONNECTIONS} conns`,
    unit: 'ms',
    meridian: got.ssr.meridian?.latencyMs.p99 ?? null,
    skeleton: got.ssr.skeleton?.latencyMs.p99 ?? null,
    goal: { kind: 'below', value: 50 },
    digits: 0,
  },
  {
    // The default setup: an anonymous shopper's product page comes from the page cache.
    measure: `Product page p99, as served (page cache on), ${TARGET_CONNECTIONS} conns`,
    unit: 'ms',
    meridian: got.cachedPage?.latencyMs.p99 ?? null,
    skeleton: null,
    goal: { kind: 'below', value: 50 },
    digits: 0,
  },
  {
    measure: `Anonymous cached page (warmed product page), ${TARGET_CONNECTIONS} conns`,
    unit: 'req/s',
    meridian: rps(got.cachedPage),
    skeleton: null,
    goal: { kind: 'atLeast', value: 15000 },
    digits: 0,
    note:
      got.cacheHeader === undefined
        ? undefined
        : got.cachedPage
          ? `${hitNote}; p99 ${got.cachedPage.latencyMs.p99} ms`
          : hitNote,
  },
  {
    measure: `Static asset, ${TARGET_CONNECTIONS} conns`,
    unit: 'req/s',
    meridian: rps(got.staticAsset?.row ?? null),
    skeleton: null,
    goal: { kind: 'atLeast', value: 20000 },
    digits: 0,
    note: got.staticAsset
      ? `${got.staticAsset.path}; autocannon shares the two cores, so this may be client-bound`
      : undefined,
  },
  {
    measure: 'First-load JS, product page (gzip)',
    unit: 'KiB',
    meridian: kib(got.weight.meridian?.jsGzipBytes),
    skeleton: kib(got.weight.skeleton?.jsGzipBytes),
    goal: { kind: 'below', value: 110, inclusive: true },
    digits: 1,
    note: [weightNote(got.weight.meridian, 'Meridian'), weightNote(got.weight.skeleton, 'skeleton')]
      .filter(Boolean)
      .join('; '),
  },
  {
    measure: 'Inline hydration data, product page (raw)',
    unit: 'KB',
    meridian: kb(got.weight.meridian?.hydrationBytes),
    skeleton: kb(got.weight.skeleton?.hydrationBytes),
    goal: { kind: 'below', value: 20, inclusive: true },
    digits: 1,
    note: got.weight.meridian
      ? `React Router's context and stream chunks; all executable inline scripts (route manifest and ` +
        `bootstrap too) ${fmt(kb(got.weight.meridian.inlineScriptBytes), 1)} KB` +
        (got.weight.skeleton ? ` (skeleton ${fmt(kb(got.weight.skeleton.inlineScriptBytes), 1)} KB)` : '') +
        `; JSON-LD adds ${fmt(kb(got.weight.meridian.jsonLdBytes), 1)} KB` +
        (got.weight.skeleton ? ` (skeleton ${fmt(kb(got.weight.skeleton.jsonLdBytes), 1)} KB)` : '')
      : undefined,
  },
  ...[
    'home en-US',
    'collection en-US',
    'product en-US',
    'home ja-JP',
    'collection ja-JP',
    'product ja-JP',
  ].map(lhRow),
  {
    measure: `Add-to-cart p50, ${SHOPPERS} concurrent shoppers (POST /cart.data)`,
    unit: 'ms',
    meridian: got.cart?.p50Ms ?? null,
    skeleton: null,
    goal: { kind: 'below', value: 20 },
    digits: 1,
    note: got.cart ? cartNote(got.cart) : 'PGlite, one process',
  },
  {
    measure: `the same on PostgreSQL, ${SCALE_OUT_WORKERS} worker processes`,
    unit: 'ms',
    meridian: got.scaleOut.cart?.p50Ms ?? null,
    skeleton: null,
    goal: { kind: 'below', value: 20 },
    digits: 1,
    note: got.scaleOut.cart ? cartNote(got.scaleOut.cart) : (got.scaleOut.note ?? undefined),
  },
];
const soak = soakSummary();
const results = targetRows.map(judge);
const soakLine = soak
  ? `RSS soak (npm run bench:soak, ${soak.date}, ${soak.minutes} min): ${soak.verdict}`
  : 'RSS soak: not part of this run; `npm run bench:soak` (10 minutes) checks it.';

console.log(`\n### Issue 17 targets (${machineLine(machine)})\n\n${targetTable(results)}\n\n${soakLine}\n`);
if (got.skeleton)
  console.log(
    `Hydrogen skeleton: @shopify/create-hydrogen ${got.skeleton.createHydrogen} with @shopify/hydrogen ${got.skeleton.hydrogen}, ` +
      'in MiniOxygen (shopify hydrogen preview), its Storefront API calls going to the PAGE_CACHE=off server.\n',
  );

const table = markdownTable(
  ['Target', 'Conns', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'server RSS MB'],
  olderRows.map((r) => [
    r.target,
    r.connections,
    fmt(r.reqPerSec),
    r.latencyMs.p50,
    r.latencyMs.p97_5,
    r.latencyMs.p99,
    r.ok2xx,
    r.non2xx,
    r.errors,
    fmt(r.serverRssMb),
  ]),
);
console.log(
  `### HTTP load, PAGE_CACHE=off (autocannon, ${DURATION_S} s per run; server RSS ${fmt(got.bootRssMb)} MB after boot)\n\n${table}\n`,
);
if (hop) console.log(`${hopHeading(hop)}\n\n${hopTable(hop)}\n`);

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));
const settings = {
  durationS: DURATION_S,
  targetConnections: TARGET_CONNECTIONS,
  connections: CONNECTIONS,
  shoppers: SHOPPERS,
  warmupRequests: WARMUP_REQUESTS,
  targetWarmS: TARGET_WARM_S,
  targetRepeats: TARGET_REPEATS,
  olderRowsWarmS: WARM_BURST_S,
  host: '127.0.0.1',
  storefrontCacheMaxEntries: process.env.STOREFRONT_CACHE_MAX_ENTRIES ?? 'default',
  wallClockS: Math.round((Date.now() - started) / 1000),
};
writeFileSync(
  resultsPath,
  `${JSON.stringify(
    {
      machine,
      settings,
      targets: results,
      details: {
        cacheHeader: got.cacheHeader ?? null,
        staticAsset: got.staticAsset?.path ?? null,
        pageWeight: got.weight,
        cart: got.cart,
        scaleOut: got.scaleOut,
        lighthouse: got.lighthouse,
        skeleton: got.skeleton,
        soak,
      },
      bootRssMb: got.bootRssMb,
      runs,
      rows: olderRows,
      hop,
      problems,
    },
    null,
    2,
  )}\n`,
);
console.log(`Results written to ${resultsPath} (${settings.wallClockS} s in all)`);

if (problems.length)
  console.log(`\nProblems:\n${problems.map((p) => `- ${p.fatal ? 'FAIL ' : ''}${p.message}`).join('\n')}`);
if (problems.some((p) => p.fatal)) process.exitCode = 1;

/** The last soak's verdict, from tests/bench/soak-results.json, if one was run here. */
function soakSummary(): { date: string; minutes: number; verdict: string } | null {
  const file = fileURLToPath(new URL('./soak-results.json', import.meta.url));
  if (!existsSync(file)) return null;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as {
      machine: { date: string };
      minutes: number;
      verdict: string;
    };
    return { date: s.machine.date, minutes: s.minutes, verdict: s.verdict };
  } catch {
    return null;
  }
}

/** hop.ts in its own process (it loads the app and its own database); the result comes back over IPC. */
function runHopScript(): Promise<HopResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./hop.ts', import.meta.url)), [], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: HopResult | undefined;
    child.on('message', (message) => (result = message as HopResult));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      result && code === 0
        ? resolve(result)
        : reject(new Error(`exited with ${signal ?? `code ${code}`} without a result`)),
    );
  });
}
