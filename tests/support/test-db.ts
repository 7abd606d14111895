import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDb, setDbHandle, type DbHandle } from '#app/db/client.server.ts';
import { migrate } from '#app/db/migrate.server.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * new database on the TEST_DATABASE_URL server (dropped again in close()).
 */
export async function createTestDb(): Promise<DbHandle> {
  const kind = process.env.MERIDIAN_TEST_DB ?? 'pglite';
  if (kind !== 'postgres') {
    const handle = openDb({ pgliteDir: 'memory://' });
    await migrate(handle);
    setDbHandle(handle);
    return handle;
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('MERIDIAN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `meridian_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDb({ databaseUrl: url.toString(), max: 5 });
  await migrate(handle);
  setDbHandle(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = postgres(base, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
