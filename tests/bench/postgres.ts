import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDb, type DbHandle } from '../../app/db/client.server.ts';

/**
 * Runs `fn` on a fresh PostgreSQL database (BENCH_DATABASE_URL, else the local server) and
 * drops it afterwards; null, with a note, when no server answers.
 */
export async function onFreshPostgres<T>(
  fn: (handle: DbHandle, url: string) => Promise<T>,
): Promise<T | null> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(base, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  const dbName = `meridian_bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin.unsafe(`create database ${dbName}`);
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    const handle = openDb({ databaseUrl: url.toString(), max: 4 });
    try {
      return await fn(handle, url.toString());
    } finally {
      await handle.close();
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    }
  } catch (error) {
    console.error(`PostgreSQL skipped: ${(error as Error).message}`);
    return null;
  } finally {
    await admin.end();
  }
}
