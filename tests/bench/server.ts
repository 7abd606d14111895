import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../support/free-port.ts';
import os from 'node:os';
import path from 'node:path';

export interface BenchServer {
  origin: string;
  pid: number;
  pgliteDir: string;
  /** Resident memory of the server process and its children (workers) in MB (Linux /proc only; null elsewhere). */
  rssMb(): number | null;
  /** Throws, with the exit status and the server's last output, if the server has died. */
  assertAlive(): void;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s); `keepDataIn` first copies its closed PGlite directory there. */
  stop(options?: { keepDataIn?: string }): Promise<void>;
}

function vmRssKb(pid: number): number | null {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) : null;
  } catch {
    return null;
  }
}

/** Child pids of every thread of `pid` (Linux exposes them per task). */
function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * VmRSS of `pid` plus its descendants, in MB: with WEB_CONCURRENCY > 1 the server forks workers,
 * and their memory is the server's too. Null when /proc has no such process.
 */
export function readRssMb(pid: number): number | null {
  const own = vmRssKb(pid);
  if (own === null) return null;
  let kb = own;
  const pending = childPids(pid);
  for (let child = pending.pop(); child !== undefined; child = pending.pop()) {
    kb += vmRssKb(child) ?? 0;
    pending.push(...childPids(child));
  }
  return Math.round((kb / 1024) * 10) / 10;
}

export interface ServerOptions {
  databaseUrl?: string;
  /** Environment for this server only, e.g. `{ PAGE_CACHE: 'off' }`. */
  env?: Record<string, string>;
  /** Node options before server.ts, e.g. `--heapsnapshot-signal=SIGUSR2`. */
  nodeArgs?: string[];
  /**
   * A migrated and seeded PGlite directory (seededPglite()) to copy instead of seeding a fresh
   * one: seeding takes about a minute here, and every server then starts from the same data.
   */
  pgliteFrom?: string;
}

/**
 * Starts `node server.ts` in production mode on a free loopback port with a fresh
 * PGlite directory (so it migrates and seeds, unless `pgliteFrom` gives one to copy), and
 * resolves once /robots.txt answers.
 * The child is killed and the directory removed even if the bench crashes or is interrupted.
 */
export async function startServer(
  root: string,
  timeoutMs = 120_000,
  options: ServerOptions = {},
): Promise<BenchServer> {
  const port = await freePort();
  const pgliteDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'));
  if (options.pgliteFrom) cpSync(options.pgliteFrom, pgliteDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: pgliteDir,
    // As `npm start` runs it: glibc's malloc with two arenas (MALLOC_ARENA_MAX, README).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  };
  // The bench measures the self-contained setup (embedded PGlite, in-process Storefront API)
  // unless it is given a PostgreSQL database.
  delete env.DATABASE_URL;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    env.SESSION_SECRET = randomBytes(32).toString('hex');
  }
  delete env.STOREFRONT_API_URL;
  // Its own address, as a deployment configures it: pages are public (page-cacheable) only with it.
  env.PUBLIC_STORE_URL = `http://127.0.0.1:${port}`;
  Object.assign(env, options.env);

  // As `npm start` runs it: V8's old space bounded (HEAP_LIMIT_MB, README).
  const heap = `--max-old-space-size=${process.env.HEAP_LIMIT_MB ?? 512}`;
  const child = spawn(process.execPath, [heap, ...(options.nodeArgs ?? []), 'server.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the pipes drained (a full pipe would stall the server) and the tail for error messages.
  const log: string[] = [];
  const collect = (chunk: Buffer) => {
    log.push(...chunk.toString().split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - 40));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const failure = (what: string) => {
    const status = alive() ? '' : ` (exit code ${child.exitCode}, signal ${child.signalCode})`;
    return new Error(`${what}${status}\n--- server output (tail) ---\n${log.join('\n')}`);
  };

  const cleanupSync = () => {
    if (alive()) child.kill('SIGKILL');
    rmSync(pgliteDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the bench server`);
    process.exit(signal === 'SIGINT' ? 130 : 143); // runs the 'exit' hook below
  };
  process.on('exit', cleanupSync);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const stop = async ({ keepDataIn }: { keepDataIn?: string } = {}) => {
    if (alive()) {
      child.kill('SIGTERM'); // server.ts closes PGlite cleanly on SIGTERM
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    try {
      if (keepDataIn) {
        // Only a clean exit has closed PGlite; a copy of a killed server's files may not open.
        if (child.exitCode !== 0) throw failure('server did not shut down cleanly; its data is not kept');
        cpSync(pgliteDir, keepDataIn, { recursive: true });
      }
    } finally {
      cleanupSync();
      process.off('exit', cleanupSync);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive() || Date.now() > deadline) {
      const error = failure(
        alive()
          ? `server did not answer /robots.txt within ${timeoutMs / 1000} s`
          : 'server exited before answering',
      );
      await stop();
      throw error;
    }
    if (
      await fetch(`${origin}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const assertAlive = () => {
    if (!alive()) throw failure('server died during the bench');
  };
  return {
    origin,
    pid: child.pid ?? -1,
    pgliteDir,
    rssMb: () => readRssMb(child.pid ?? -1),
    assertAlive,
    stop,
  };
}

/**
 * Boots a server once on a fresh PGlite directory (migrations, seed, order history), stops it
 * cleanly and keeps the directory for `pgliteFrom`. Removed when this process exits.
 */
export async function seededPglite(root: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-seed-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  // Seeding takes a minute on a quiet machine, several on a busy one.
  const server = await startServer(root, 600_000);
  await server.stop({ keepDataIn: dir });
  return dir;
}
