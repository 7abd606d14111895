import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';

/**
 * A digest of every row of every table, per table: two equal fingerprints mean nothing was written
 * (a write that changes a row back would go unseen, which a refused request has no reason to do).
 */
export async function dbFingerprint(db: Db): Promise<Map<string, string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const parts = tables.map(
    ({ name }) =>
      `select '${name}' as name, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as digest from "${name}" r`,
  );
  const rows = await queryRows<{ name: string; digest: string }>(db, sql.raw(parts.join(' union all ')));
  return new Map(rows.map((r) => [r.name, r.digest]));
}

/** The tables whose digest differs, apart from those the caller expects to change. */
export function changedTables(
  before: Map<string, string>,
  after: Map<string, string>,
  expected: readonly string[] = [],
): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !expected.includes(name) && before.get(name) !== after.get(name));
}

/**
 * dbFingerprint, recomputed only when something may have written since the last one: PostgreSQL
 * (and PGlite) hand out a transaction id on a transaction's first write, so while the snapshot's
 * next id is the same and no transaction is in progress, nothing has changed. On a shared server
 * other databases' writes move the id too; that costs a recomputation, never a missed change.
 */
export function cachedFingerprint(db: Db): () => Promise<Map<string, string>> {
  let last: { snapshot: string; fingerprint: Map<string, string> } | null = null;
  const snapshot = async () => {
    const [row] = await queryRows<{ xmax: string; busy: number }>(
      db,
      sql`select pg_snapshot_xmax(s)::text as xmax, (select count(*)::int from pg_snapshot_xip(s)) as busy
          from pg_current_snapshot() s`,
    );
    return row!.busy === 0 ? row!.xmax : null;
  };
  return async () => {
    const before = await snapshot();
    if (before !== null && last?.snapshot === before) return last.fingerprint;
    const fingerprint = await dbFingerprint(db);
    const after = await snapshot();
    last = before !== null && after === before ? { snapshot: before, fingerprint } : null;
    return fingerprint;
  };
}
