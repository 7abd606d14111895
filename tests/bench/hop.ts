/**
 * In-process vs HTTP hop for the Storefront API: the same product query N times, sequentially,
 * via executeStorefront() and via fetch() to the Yoga endpoint on loopback, both in this process
 * on one in-memory PGlite. `node tests/bench/hop.ts` prints a table; under run.ts (IPC) it sends
 * the result to the parent instead.
 */
import './repo-root.ts'; // first: app modules resolve locales/ and migrations from cwd at load
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDb, setDbHandle, type Db } from '../../app/db/client.server.ts';
import { migrate } from '../../app/db/migrate.server.ts';
import { seedDemoStore } from '../../app/db/seed/seed.server.ts';
import { executeStorefront } from '../../app/storefront-api/execute.server.ts';
import { storefrontYoga } from '../../app/storefront-api/yoga.server.ts';
import { API_BODY, API_HEADERS, API_PATH, PRODUCT_QUERY, PRODUCT_VARIABLES, productProblem } from './api.ts';
import { machineInfo, machineLine } from './machine.ts';
import { hopHeading, hopTable, type HopResult, type HopStats } from './hop-report.ts';

const ITERATIONS = Number(process.env.BENCH_HOP_N ?? 2000);
const WARMUP = 200;

function stats(path: string, samplesMs: number[], failures: number): HopStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN) * 1000;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    path,
    medianUs: at(0.5),
    p99Us: at(0.99),
    meanUs: mean * 1000,
    minUs: (sorted[0] ?? NaN) * 1000,
    failures,
  };
}

/** Times `call` n times in a row; `call` resolves to a problem string or null. */
async function time(
  n: number,
  call: () => Promise<string | null>,
): Promise<{ samples: number[]; failures: number; firstProblem: string | null }> {
  const samples: number[] = [];
  let failures = 0;
  let firstProblem: string | null = null;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const problem = await call();
    samples.push(performance.now() - t0);
    if (problem) {
      failures++;
      firstProblem ??= problem;
    }
  }
  return { samples, failures, firstProblem };
}

async function serveYoga(db: Db): Promise<{ origin: string; close(): Promise<void> }> {
  // Same wiring as tests/support/api-server.ts: the Yoga instance is a Node request listener.
  const yoga = storefrontYoga() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    ctx: { db: Db; origin: string },
  ) => Promise<void>;
  let origin = '';
  const server = createServer((req, res) => void yoga(req, res, { db, origin }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function runHop(): Promise<HopResult> {
  const handle = openDb({ pgliteDir: 'memory://' });
  await migrate(handle);
  setDbHandle(handle);
  await seedDemoStore(handle.db);
  const api = await serveYoga(handle.db);
  try {
    const inProcess = async () =>
      productProblem(
        await executeStorefront(handle.db, api.origin, {
          query: PRODUCT_QUERY,
          variables: PRODUCT_VARIABLES,
        }),
      );
    const overHttp = async () => {
      const res = await fetch(api.origin + API_PATH, {
        method: 'POST',
        headers: API_HEADERS,
        body: API_BODY,
      });
      return res.ok ? productProblem(await res.json()) : `HTTP ${res.status}`;
    };
    // Warm-up right before each block: a keep-alive socket left idle through the in-process block
    // outlives the server's 5 s keepAliveTimeout and the next fetch dies with ECONNRESET.
    const measured = async (name: string, call: () => Promise<string | null>) => {
      const warm = await time(WARMUP, call);
      if (warm.firstProblem) throw new Error(`${name} warm-up failed: ${warm.firstProblem}`);
      return time(ITERATIONS, call);
    };
    const a = await measured('in-process', inProcess);
    const b = await measured('HTTP', overHttp);
    const inStats = stats('in-process executeStorefront()', a.samples, a.failures);
    const httpStats = stats('HTTP fetch → Yoga (loopback)', b.samples, b.failures);
    return {
      iterations: ITERATIONS,
      warmup: WARMUP,
      inProcess: inStats,
      http: httpStats,
      medianRatio: httpStats.medianUs / inStats.medianUs,
      p99Ratio: httpStats.p99Us / inStats.p99Us,
    };
  } finally {
    await api.close();
    await handle.close();
  }
}

const result = await runHop();
if (process.send) {
  // Started by run.ts with an IPC channel: hand over the numbers, it prints them.
  process.send(result, () => process.disconnect());
} else {
  console.log(`${machineLine(machineInfo())}\n\n${hopHeading(result)}\n\n${hopTable(result)}`);
}
