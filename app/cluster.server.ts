import cluster, { type Worker } from 'node:cluster';
import { bootstrap } from './bootstrap.server.ts';
import type { Env } from './env.server.ts';
import { startBackgroundWork } from './jobs.server.ts';
import { announceStartup } from './startup-announcement.server.ts';

/**
 * `WEB_CONCURRENCY` HTTP workers on PostgreSQL (ADR 0027). The primary migrates and seeds once,
 * runs the background work (job runner, mailer, schedules) and supervises; the workers run
 * server.ts again and only serve, sharing the port through node:cluster. Caches and job runners
 * stay coherent across them through the event bus (LISTEN/NOTIFY).
 */

/** Whether this process should be the supervising primary; explains why not when it cannot be. */
export function isClusterPrimary(env: Env): boolean {
  if (!cluster.isPrimary || env.WEB_CONCURRENCY <= 1) return false;
  if (!env.DATABASE_URL) {
    console.warn(
      `WEB_CONCURRENCY=${env.WEB_CONCURRENCY} asks for ${env.WEB_CONCURRENCY} processes, but the embedded PGlite database belongs to one process: starting one. Set DATABASE_URL to a PostgreSQL server to run several.`,
    );
    return false;
  }
  return true;
}

export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** Workers that die this often in a row mean they cannot start (a port in use, a bad build): stop trying. */
const CRASH_WINDOW_MS = 30_000;
const MAX_CRASHES_IN_WINDOW = 5;

/** Runs the primary until SIGTERM/SIGINT and its workers have stopped; resolves to the exit code. */
export async function superviseWorkers(env: Env): Promise<number> {
  const boot = await bootstrap(env);
  const stopBackgroundWork = startBackgroundWork(
    boot.handle.db,
    env,
    env.PUBLIC_STORE_URL ?? `http://localhost:${env.PORT}`,
  );
  let stopping = false;
  let exitCode = 0;
  const crashes: number[] = [];
  const workers = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    workers.add(worker);
  };

  const stopped = new Promise<void>((resolve) => {
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      if (!workers.size) resolve();
      for (const worker of workers) worker.process.kill('SIGTERM');
      // A worker that does not stop in time is killed, so the primary never hangs.
      setTimeout(() => {
        for (const worker of workers) worker.process.kill('SIGKILL');
      }, 10_000).unref();
    };
    cluster.on('exit', (worker, code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (!workers.size) resolve();
        return;
      }
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_CRASHES_IN_WINDOW) {
        console.error(`HTTP workers keep exiting (last: ${signal ?? `code ${code}`}); stopping.`);
        stop(1);
        return;
      }
      console.error(
        `HTTP worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`,
      );
      fork();
    });
    process.on('SIGTERM', () => stop(0));
    process.on('SIGINT', () => stop(0));
  });

  let announced = false;
  cluster.on('listening', () => {
    if (announced) return;
    announced = true;
    announceStartup(env, boot, env.WEB_CONCURRENCY);
  });
  for (let i = 0; i < env.WEB_CONCURRENCY; i++) fork();

  await stopped;
  await stopBackgroundWork();
  await boot.handle.close();
  return exitCode;
}
