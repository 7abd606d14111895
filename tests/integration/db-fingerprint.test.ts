import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { cachedFingerprint, changedTables, dbFingerprint } from '#tests/support/db-fingerprint.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/** The fuzz suite's "database unchanged" check must see every write, cached or not. */
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb('seeded');
});
afterAll(() => handle?.close());

describe('database fingerprints', () => {
  it('name exactly the tables a write touched', async () => {
    const fingerprint = cachedFingerprint(handle.db);
    const before = await fingerprint();
    // Nothing written: the same digests (on a shared PostgreSQL server other databases' writes
    // force a recomputation; on PGlite it is the cached map itself).
    const again = await fingerprint();
    expect(again).toEqual(before);
    if (handle.kind === 'pglite') expect(again).toBe(before);
    await handle.db.execute(
      sql`update products set title = title || '!' where id = (select min(id) from products)`,
    );
    await handle.db.execute(sql`delete from rate_limits`);
    const after = await fingerprint();
    expect(changedTables(before, after)).toEqual(['products']);
    expect(after).toEqual(await dbFingerprint(handle.db));
    await handle.db.execute(sql`insert into rate_limits (key, points) values ('x', 1)`);
    expect(changedTables(after, await fingerprint())).toEqual(['rate_limits']);
    expect(changedTables(after, await fingerprint(), ['rate_limits'])).toEqual([]);
  });
});
