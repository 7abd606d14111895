import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openDb, setDbHandle, type DbHandle } from '#app/db/client.server.ts';
import { buildDatabase, databaseUrl, onServer, randomDbName, type TemplateKind } from './template-db.ts';

/**
 * A database of its own for one test file: a copy of a template the integration global setup
 * migrated (and, for 'seeded', filled with the demo store) once. In-memory PGlite loads the
 * template's data-directory tarball; PostgreSQL runs CREATE DATABASE … TEMPLATE (dropped in close()).
 * Without a template (run outside the integration projects) it migrates and seeds itself.
 */
export async function createTestDb(kind: TemplateKind = 'empty'): Promise<DbHandle> {
  const handle =
    process.env.MERIDIAN_TEST_DB === 'postgres' ? await copyPostgres(kind) : await copyPglite(kind);
  setDbHandle(handle);
  return handle;
}

async function copyPglite(kind: TemplateKind): Promise<DbHandle> {
  const template = inject('pgliteTemplates')?.[kind];
  if (template) return openDb({ pgliteDir: 'memory://', pgliteDataDir: new Blob([readFileSync(template)]) });
  const handle = openDb({ pgliteDir: 'memory://' });
  await buildDatabase(handle, kind);
  return handle;
}

async function copyPostgres(kind: TemplateKind): Promise<DbHandle> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('MERIDIAN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const template = inject('postgresTemplates')?.[kind];
  const name = randomDbName('meridian_test');
  await onServer(base, template ? `create database ${name} template ${template}` : `create database ${name}`);
  const handle = openDb({ databaseUrl: databaseUrl(base, name), max: 5 });
  if (!template) await buildDatabase(handle, kind);
  return {
    ...handle,
    async close() {
      await handle.close();
      await onServer(base, `drop database if exists ${name} with (force)`);
    },
  };
}
