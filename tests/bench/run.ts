/**
 * `npm run bench`: load-tests the production build (autocannon at 1 and 32 connections per
 * target), then runs hop.ts for the in-process vs HTTP Storefront API comparison.
 * Prints Markdown tables and writes tests/bench/results.json. BENCH_DURATION=<s> per run.
 */
import { ROOT } from './repo-root.ts';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hopHeading, hopTable, type HopResult } from './hop-report.ts';
import { measure, warmUp, type Row } from './load.ts';
import { machineInfo, machineLine } from './machine.ts';
import { startServer } from './server.ts';
import { fmt, markdownTable } from './table.ts';
import { targets } from './targets.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = [1, 32];
const WARMUP_REQUESTS = 5;
if (!(DURATION_S > 0))
  throw new Error(`BENCH_DURATION must be a positive number of seconds, got ${process.env.BENCH_DURATION}`);

const machine = machineInfo();
console.log(machineLine(machine));
console.log(
  `Settings: ${DURATION_S} s per run, connections ${CONNECTIONS.join(' and ')}, ${WARMUP_REQUESTS} warm-up requests per target\n`,
);

const rows: Row[] = [];
/** Fatal problems fail the bench (exit 1); the rest, like a few stray errors under load, are only reported. */
const problems: { message: string; fatal: boolean }[] = [];

const server = await startServer(ROOT);
const bootRssMb = server.rssMb();
console.error(`server pid ${server.pid} at ${server.origin}, RSS after boot ${fmt(bootRssMb)} MB`);
try {
  for (const target of targets) {
    server.assertAlive();
    const warm = await warmUp(server.origin, target, WARMUP_REQUESTS).catch((error: Error) => {
      server.assertAlive(); // a dead server explains a failed fetch better than "fetch failed"
      return `warm-up: ${error.message}`;
    });
    if (warm) problems.push({ message: `${target.name}: ${warm}`, fatal: true });
    for (const connections of CONNECTIONS) {
      console.error(`${target.name} × ${connections} connection(s) for ${DURATION_S} s…`);
      const row: Row = {
        ...(await measure(server.origin, target, connections, DURATION_S)),
        serverRssMb: server.rssMb(),
      };
      server.assertAlive(); // autocannon would only count a dead server as errors
      rows.push(row);
      if (row.non2xx || row.errors || !row.ok2xx) {
        const message = `${target.name} × ${connections}: ${row.ok2xx} 2xx, ${row.non2xx} non-2xx, ${row.errors} errors`;
        problems.push({ message, fatal: row.ok2xx === 0 });
      }
    }
  }
} catch (error) {
  // Keep going: the rows so far, the hop comparison and results.json are still worth having.
  problems.push({ message: (error as Error).message, fatal: true });
} finally {
  await server.stop();
}

// The hop comparison runs after the server is gone so the two do not compete for CPU.
console.error('Storefront API in-process vs HTTP hop…');
const hop = await runHopScript().catch((error: Error) => {
  problems.push({ message: `hop.ts: ${error.message}`, fatal: true });
  return null;
});

const table = markdownTable(
  ['Target', 'Conns', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'server RSS MB'],
  rows.map((r) => [
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
  `### HTTP load (autocannon, ${DURATION_S} s per run; server RSS ${fmt(bootRssMb)} MB after boot)\n\n${table}\n`,
);
if (hop) console.log(`${hopHeading(hop)}\n\n${hopTable(hop)}\n`);

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));
const settings = {
  durationS: DURATION_S,
  connections: CONNECTIONS,
  warmupRequests: WARMUP_REQUESTS,
  host: '127.0.0.1',
  storefrontCacheMaxEntries: process.env.STOREFRONT_CACHE_MAX_ENTRIES ?? 'default',
};
writeFileSync(
  resultsPath,
  `${JSON.stringify({ machine, settings, bootRssMb, rows, hop, problems }, null, 2)}\n`,
);
console.log(`Results written to ${resultsPath}`);

if (problems.length)
  console.log(`\nProblems:\n${problems.map((p) => `- ${p.fatal ? 'FAIL ' : ''}${p.message}`).join('\n')}`);
if (problems.some((p) => p.fatal)) process.exitCode = 1;

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
