import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { startApiServer } from './api-server.ts';
import { createTestDb } from './test-db.ts';

/** A fresh database with the demo store and the Storefront API on a real port, for one test file. */
export function useSeededApi() {
  const state = {} as { db: DbHandle; api: Awaited<ReturnType<typeof startApiServer>> };
  beforeAll(async () => {
    state.db = await createTestDb('seeded');
    state.api = await startApiServer(state.db.db);
  });
  afterAll(async () => {
    await state.api?.close();
    await state.db?.close();
  });
  return state;
}
