import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '#app/db/client.server.ts';
import { buildDatabase, databaseUrl, onServer, randomDbName, type TemplateKind } from './template-db.ts';

/**
 * Vitest global setup for the integration projects: migrate (and seed the demo store) ONCE,
 * then every test file starts from a copy (see createTestDb). Two templates: 'seeded' for
 * most files, 'empty' (migrated only) for files that build their own data.
 */
const KINDS: TemplateKind[] = ['empty', 'seeded'];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.config.env?.MERIDIAN_TEST_DB === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error('MERIDIAN_TEST_DB=postgres needs TEST_DATABASE_URL');
    const names = {} as Record<TemplateKind, string>;
    for (const kind of KINDS) {
      names[kind] = randomDbName(`meridian_tpl_${kind}`);
      await onServer(base, `create database ${names[kind]}`);
      const handle = openDb({ databaseUrl: databaseUrl(base, names[kind]), max: 1 });
      try {
        await buildDatabase(handle, kind);
      } finally {
        await handle.close();
      }
    }
    project.provide('postgresTemplates', names);
    return async () => {
      for (const name of Object.values(names))
        await onServer(base, `drop database if exists ${name} with (force)`);
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'meridian-tpl-'));
  const files = {} as Record<TemplateKind, string>;
  for (const kind of KINDS) {
    const handle = openDb({ pgliteDir: 'memory://' });
    try {
      await buildDatabase(handle, kind);
      const client = (handle.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
      files[kind] = path.join(dir, `${kind}.tar`);
      writeFileSync(files[kind], new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await handle.close();
    }
  }
  project.provide('pgliteTemplates', files);
  return async () => rmSync(dir, { recursive: true, force: true });
}
