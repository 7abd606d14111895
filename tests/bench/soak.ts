/**
 * `npm run bench:soak`: the production server on embedded PGlite under SOAK_MINUTES (default 10)
 * of mixed traffic (soak-load.ts: pages, Storefront API queries, add-to-cart, cart pages and a
 * checkout every CHECKOUT_EVERY_S seconds) from SOAK_WORKERS (default 8) clients. The server's RSS
 * (VmRSS from /proc, its workers included) is sampled every SAMPLE_S seconds and printed per minute.
 * Exits 1 when the server dies, when more than 5 % of operations fail, when the last minute's average RSS is more than 10 % above the
 * reference minute's (minute 3 of 10; shorter soaks: see soak-bounds.ts), or when the peak
 * exceeds 800 MB.
 *
 * SOAK_HEAP_SNAPSHOTS=1 also writes a heap snapshot before the load and one after it (the server
 * runs with --heapsnapshot-signal=SIGUSR2) to .data/soak/, for Chrome DevTools' comparison view.
 * Taking one pauses the server and may leave its RSS higher, so the bound is judged without them.
 * Writes tests/bench/soak-results.json. Run after `npm run build`.
 */
import { ROOT } from './repo-root.ts';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sellableVariants } from './cart-load.ts';
import { machineInfo, machineLine } from './machine.ts';
import { seededPglite, startServer } from './server.ts';
import { judgeSoak, perMinute, referenceMinute, type Sample } from './soak-bounds.ts';
import { loadCatalog, mixedLoad, type Tally } from './soak-load.ts';
import { fmt, markdownTable } from './table.ts';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const WORKERS = Number(process.env.SOAK_WORKERS ?? 8);
const SNAPSHOTS = process.env.SOAK_HEAP_SNAPSHOTS === '1';
const SAMPLE_S = 2;
const CHECKOUT_EVERY_S = 15;
/** Idle time after the load, to see whether RSS comes back down. */
const IDLE_AFTER_S = 20;
const MAX_ERROR_SHARE = 0.05;
const ref = referenceMinute(MINUTES); // throws on a bad SOAK_MINUTES before anything starts
if (!(Number.isInteger(WORKERS) && WORKERS > 0)) throw new Error(`SOAK_WORKERS must be a positive integer`);

const machine = machineInfo();
const log = (line: string) => console.error(line);
console.log(machineLine(machine));
console.log(
  `Soak: ${MINUTES} min of mixed load from ${WORKERS} clients, a checkout every ${CHECKOUT_EVERY_S} s, RSS every ${SAMPLE_S} s; ` +
    `bound: minute ${MINUTES}'s average within 10 % of minute ${ref}'s, peak under 800 MB\n`,
);

const snapshotDir = path.join(ROOT, '.data/soak');
const snapshots: string[] = [];
if (SNAPSHOTS) mkdirSync(snapshotDir, { recursive: true });

log('Seeding a PGlite directory (the server then boots on a copy, as a restarted production server would)…');
const seeded = await seededPglite(ROOT);
const server = await startServer(ROOT, 120_000, {
  pgliteFrom: seeded,
  nodeArgs: SNAPSHOTS ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`] : [],
});
const bootRssMb = server.rssMb();
log(`server pid ${server.pid} at ${server.origin}, RSS after boot ${fmt(bootRssMb)} MB`);

/** Signals the server to write a heap snapshot and waits until the file stops growing. */
async function heapSnapshot(label: string): Promise<void> {
  const before = new Set(readdirSync(snapshotDir));
  process.kill(server.pid, 'SIGUSR2');
  const deadline = Date.now() + 180_000;
  let file: string | undefined;
  let size = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server.assertAlive();
    file ??= readdirSync(snapshotDir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (file) {
      const now = statSync(path.join(snapshotDir, file)).size;
      // Written in one go while the server is paused: it answers again once the file is complete.
      if (
        now > 0 &&
        now === size &&
        (await fetch(`${server.origin}/robots.txt`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        break;
      size = now;
    }
    if (Date.now() > deadline) throw new Error(`no complete heap snapshot (${label}) within 3 minutes`);
  }
  snapshots.push(path.join(snapshotDir, file));
  log(`heap snapshot ${label}: ${path.join(snapshotDir, file)} (${fmt(size / 1024 ** 2, 0)} MB)`);
}

const samples: Sample[] = [];
const tallies: Tally[] = [];
let after: { rssMb: number | null; afterIdleS: number } | null = null;
let failure: string | null = null;
try {
  const variants = await sellableVariants(server.origin);
  const catalog = await loadCatalog(server.origin, variants);
  if (SNAPSHOTS) await heapSnapshot('before');

  const started = performance.now();
  const until = started + MINUTES * 60_000;
  const minuteNow = () => Math.min(MINUTES, Math.floor((performance.now() - started) / 60_000) + 1);
  const tally = () =>
    (tallies[minuteNow() - 1] ??= { operations: 0, errors: 0, checkouts: 0, firstErrors: [] });
  let printed = 0;
  const sampler = setInterval(() => {
    const t = (performance.now() - started) / 1000;
    const rssMb = server.rssMb();
    if (rssMb !== null && t < MINUTES * 60) samples.push({ t, rssMb });
    // Each minute's line as soon as it is over.
    const done = Math.min(MINUTES, Math.floor(t / 60));
    for (; printed < done; printed++) {
      const m = perMinute(samples, printed + 1).find((s) => s.minute === printed + 1);
      const k = tallies[printed];
      log(
        `minute ${printed + 1}: RSS avg ${fmt(m?.avgMb, 0)} MB, max ${fmt(m?.maxMb, 0)} MB; ` +
          `${k?.operations ?? 0} operations, ${k?.errors ?? 0} errors, ${k?.checkouts ?? 0} checkouts`,
      );
    }
  }, SAMPLE_S * 1000);
  try {
    await mixedLoad({
      origin: server.origin,
      catalog,
      workers: WORKERS,
      until,
      checkoutEveryS: CHECKOUT_EVERY_S,
      tally,
    });
  } finally {
    clearInterval(sampler);
  }
  server.assertAlive();
  await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_S * 1000));
  after = { rssMb: server.rssMb(), afterIdleS: IDLE_AFTER_S };
  if (SNAPSHOTS) await heapSnapshot('after');
} catch (error) {
  failure = (error as Error).message;
} finally {
  await server.stop();
}

const minutes = perMinute(samples, MINUTES);
const verdict = judgeSoak(samples, MINUTES);
const errors = tallies.reduce((a, t) => a + (t?.errors ?? 0), 0);
const operations = tallies.reduce((a, t) => a + (t?.operations ?? 0), 0);
if (failure) verdict.failures.unshift(`the soak stopped: ${failure}`);
// A server that fails its requests does little work: its memory would say nothing.
if (errors > MAX_ERROR_SHARE * operations)
  verdict.failures.push(`${errors} of ${operations} operations failed (limit ${MAX_ERROR_SHARE * 100} %)`);
const ok = verdict.failures.length === 0;

console.log(
  `### RSS per minute (production server, PGlite, ${WORKERS} clients; boot ${fmt(bootRssMb, 0)} MB)\n\n` +
    markdownTable(
      ['Minute', 'RSS avg MB', 'RSS max MB', 'samples', 'operations', 'errors', 'checkouts'],
      minutes.map((m) => [
        m.minute === verdict.referenceMinute ? `${m.minute} (reference)` : m.minute,
        fmt(m.avgMb, 0),
        fmt(m.maxMb, 0),
        m.samples,
        tallies[m.minute - 1]?.operations ?? 0,
        tallies[m.minute - 1]?.errors ?? 0,
        tallies[m.minute - 1]?.checkouts ?? 0,
      ]),
    ),
);
const summary =
  `last minute ${fmt(verdict.lastAvgMb, 0)} MB vs minute ${verdict.referenceMinute} ${fmt(verdict.referenceAvgMb, 0)} MB ` +
  `(${verdict.growth === null ? '-' : `${verdict.growth >= 0 ? '+' : ''}${fmt(verdict.growth * 100, 1)} %`}), ` +
  `peak ${fmt(verdict.peakMb, 0)} MB` +
  (after ? `, ${fmt(after.rssMb, 0)} MB after ${after.afterIdleS} s idle` : '');
const verdictText = `${ok ? 'flat' : 'FAILED'}: ${summary}`;
console.log(`\n${verdictText}`);
if (errors)
  console.log(
    `${errors} of ${operations} operations failed; first errors:\n${tallies
      .flatMap((t) => t?.firstErrors ?? [])
      .slice(0, 5)
      .map((e) => `- ${e}`)
      .join('\n')}`,
  );
if (snapshots.length) console.log(`Heap snapshots:\n${snapshots.map((s) => `- ${s}`).join('\n')}`);
if (!ok) console.log(`\nFailures:\n${verdict.failures.map((f) => `- ${f}`).join('\n')}`);

const resultsPath = fileURLToPath(new URL('./soak-results.json', import.meta.url));
writeFileSync(
  resultsPath,
  `${JSON.stringify(
    {
      machine,
      minutes: MINUTES,
      workers: WORKERS,
      sampleS: SAMPLE_S,
      checkoutEveryS: CHECKOUT_EVERY_S,
      bootRssMb,
      after,
      verdict: verdictText,
      judgement: verdict,
      perMinute: minutes.map((m) => ({ ...m, ...tallies[m.minute - 1] })),
      operations,
      errors,
      snapshots,
      samples,
    },
    null,
    2,
  )}\n`,
);
console.log(`Results written to ${resultsPath}`);
process.exitCode = ok ? 0 : 1;
