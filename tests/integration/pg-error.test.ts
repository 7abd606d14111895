import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { isCheckViolation, isPgError, isUniqueViolation, PG_ERROR } from '#app/db/pg-error.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb();
  await db.db.execute(sql`create table pg_error_probe (
    id integer primary key, code text constraint pg_error_probe_code unique, qty integer constraint pg_error_probe_qty check (qty >= 0))`);
});
afterAll(async () => db?.close());

/** The error the driver (PGlite or postgres.js, through Drizzle) raises for a statement. */
async function failure(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await db.db.execute(statement);
  } catch (error) {
    return error;
  }
  throw new Error('the statement succeeded');
}

describe('Postgres error codes, on the driver this run uses', () => {
  it('recognises a unique violation, by code and by constraint', async () => {
    await db.db.execute(sql`insert into pg_error_probe (id, code, qty) values (1, 'a', 1)`);
    const error = await failure(sql`insert into pg_error_probe (id, code, qty) values (2, 'a', 1)`);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'pg_error_probe_code')).toBe(true);
    expect(isUniqueViolation(error, 'pg_error_probe_pkey')).toBe(false);
    expect(isCheckViolation(error)).toBe(false);
    expect(
      isUniqueViolation(
        await failure(sql`insert into pg_error_probe (id, code, qty) values (1, 'b', 1)`),
        'pg_error_probe_pkey',
      ),
    ).toBe(true);
  });

  it('recognises a check violation on its named constraint', async () => {
    const error = await failure(sql`update pg_error_probe set qty = -1 where id = 1`);
    expect(isCheckViolation(error, 'pg_error_probe_qty')).toBe(true);
    expect(isCheckViolation(error, 'variants_inventory_not_oversold')).toBe(false);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it('says no for other errors and non-errors', async () => {
    const error = await failure(sql`insert into pg_error_probe (id, code, qty) values (3, 'c', 'x')`); // 22P02 invalid text
    for (const code of Object.values(PG_ERROR)) expect(isPgError(error, code)).toBe(false);
    for (const value of [null, undefined, 'x', 23505, { code: 23505 }, new Error('23505')])
      expect(isUniqueViolation(value)).toBe(false);
  });
});
