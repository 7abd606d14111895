import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { EventTransport } from '#app/lib/events.server.ts';
import { postgresEventTransport } from './event-transport.server.ts';
import { fairQueue } from './fair-share.ts';
import * as schema from './schema/index.ts';
import { statementCounter } from './statement-count.server.ts';

export type Schema = typeof schema;
/** The common Drizzle type of both drivers; modules depend on this, never on a driver. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: domain events to and from other processes (PGlite is one process). */
  eventTransport?: () => EventTransport;
  /**
   * Runs `fn` while no other process on this database runs its own (a session advisory lock on a
   * connection of its own): servers starting together migrate and seed one after another.
   */
  exclusively<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  /** Directory for PGlite, or 'memory://' for a throwaway in-memory database. */
  pgliteDir?: string;
  /** postgres.js pool size. */
  max?: number;
  /** PGlite's shared_buffers (PostgreSQL syntax, e.g. '32MB'): RSS it may keep, against re-reading pages. */
  pgliteSharedBuffers?: string;
  /** A PGlite `dumpDataDir` tarball to start from instead of an empty cluster (tests copy a template this way). */
  pgliteDataDir?: Blob;
}

/** The advisory lock key of start-up work (migrations, seeding): any fixed 64-bit number. */
const STARTUP_LOCK = 7_305_117_004_017;

export function openDb(options: DbOptions): DbHandle {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.max ?? 10,
      onnotice: () => {},
      // Amounts and ids fit in int4; numeric (rates) stays a string so no float ever touches it.
    });
    const db = drizzlePostgres({ client, schema, logger: statementCounter }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      eventTransport: () => postgresEventTransport(client),
      async exclusively(fn) {
        const lock = await client.reserve();
        try {
          await lock`select pg_advisory_lock(${STARTUP_LOCK})`;
          return await fn();
        } finally {
          await lock`select pg_advisory_unlock(${STARTUP_LOCK})`.catch(() => {});
          lock.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, {
    ...(options.pgliteDataDir ? { loadDataDir: options.pgliteDataDir } : {}),
    // PostgreSQL's 128 MB of shared buffers live inside PGlite's WebAssembly memory, which never
    // shrinks: every page ever read would stay in the process's RSS. The OS page cache still
    // holds the files, so a smaller pool costs little (ADR 0027, memory).
    postgresqlconf: [`shared_buffers = ${options.pgliteSharedBuffers ?? '32MB'}`],
  });
  // Queries outside transactions take turns by request (fair-share.ts); a transaction's own
  // queries go through its tx object and are not queued again. Installed once PGlite is ready:
  // its start-up calls query() itself, behind a caller that would be waiting for it.
  const share = fairQueue();
  const query = client.query.bind(client);
  void client.waitReady.then(() => {
    client.query = ((...args: Parameters<typeof query>) => share(() => query(...args))) as typeof query;
  });
  const db = drizzlePglite({ client, schema, logger: statementCounter }) as unknown as Db;
  // One process owns a PGlite directory, so there is no one else to wait for.
  return { db, kind: 'pglite', exclusively: (fn) => fn(), close: () => client.close() };
}

/**
 * One handle per process. It lives on globalThis because server.ts (run by Node)
 * and the Vite-built server bundle each load their own copy of this module, and
 * two PGlite instances on one data directory would corrupt it.
 */
const KEY = Symbol.for('meridian.db');
type Holder = { [KEY]?: DbHandle };

export function setDbHandle(handle: DbHandle): void {
  (globalThis as Holder)[KEY] = handle;
}

export function getDbHandle(): DbHandle {
  const handle = (globalThis as Holder)[KEY];
  if (!handle) throw new Error('Database not initialised: call setDbHandle() at start');
  return handle;
}

export function getDb(): Db {
  return getDbHandle().db;
}
