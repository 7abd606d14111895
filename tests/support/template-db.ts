import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { DbHandle } from '#app/db/client.server.ts';
import { migrate } from '#app/db/migrate.server.ts';
import { seedDemoStore } from '#app/db/seed/seed.server.ts';
import { installRuleLibrary } from '#app/modules/checkout/import-rules.server.ts';

/**
 * Names and connection helpers shared by the integration global setup (which builds the
 * template databases once) and createTestDb (which copies one per test file).
 */
export type TemplateKind = 'seeded' | 'empty';

declare module 'vitest' {
  interface ProvidedContext {
    /** PGlite: path of a `dumpDataDir` tarball per template kind. */
    pgliteTemplates?: Record<TemplateKind, string>;
    /** PostgreSQL: database name per template kind, on TEST_DATABASE_URL's server. */
    postgresTemplates?: Record<TemplateKind, string>;
  }
}

export function randomDbName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** The TEST_DATABASE_URL server with another database name in the path. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer(base: string, sql: string): Promise<void> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(sql);
  } finally {
    await admin.end();
  }
}

/** What a template holds: the migrated schema, plus the demo store for 'seeded'. */
export async function buildDatabase(handle: DbHandle, kind: TemplateKind): Promise<void> {
  await migrate(handle);
  await installRuleLibrary(handle.db);
  if (kind === 'seeded') await seedDemoStore(handle.db);
}
