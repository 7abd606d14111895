import { parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { loadOfficialSchema } from '#app/storefront-api/schema/official-schema.server.ts';
import { buildServedSchema } from '#app/storefront-api/schema/served-schema.server.ts';
import { createTestDb } from './test-db.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are read field by field
export type Json = Record<string, any>;
export const STOREFRONT_ORIGIN = 'https://shop.test';

/**
 * A fresh demo-store database for one test file, and `run`: one Storefront API operation through
 * the in-process executor, failing the test on any GraphQL error.
 */
export function useSeededStorefront() {
  const env = {} as { db: DbHandle };
  beforeAll(async () => {
    env.db = await createTestDb('seeded');
  });
  afterAll(async () => env.db?.close());
  const run = async (query: string, variables?: Record<string, unknown>): Promise<Json> => {
    const r = await executeStorefront(env.db.db, STOREFRONT_ORIGIN, { query, variables });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data as Json;
  };
  return { env, run };
}

/** A client's document is valid against both the official 2026-04 schema and the served subset. */
export function expectValidEverywhere(doc: string): void {
  expect(validate(loadOfficialSchema(), parse(doc), specifiedRules).map((e) => e.message)).toEqual([]);
  expect(validate(buildServedSchema(), parse(doc), specifiedRules).map((e) => e.message)).toEqual([]);
}
