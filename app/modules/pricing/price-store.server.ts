import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';

/**
 * Writes computed price rows. Rows are staged through `unnest` of parallel arrays (one
 * statement per batch, no JSON parsing), the price history is diffed in SQL against the
 * rows being replaced, and then the stage is either merged into `variant_prices` (a scoped
 * recompute, one transaction) or swapped in as the new table (a full recompute: build and
 * index off to the side, then one short transaction). See ADR 0007.
 */

/** What a (market, country, validity period) group of price rows shares. */
export interface PriceGroup {
  marketId: number;
  countryCode: string;
  validFrom: Date;
  validTo: Date | null;
  currency: string;
  rateSnapshotId: number | null;
}

/** Computed prices as columns; `group` indexes `groups`. */
export interface PriceBatch {
  groups: PriceGroup[];
  group: number[];
  variantId: number[];
  price: number[];
  compareAt: (number | null)[];
  floorClamped: boolean[];
}

export const NEXT_TABLE = 'variant_prices_next';
const PK = 'variant_prices_variant_id_country_code_valid_from_pk';
/** Serialises price writers across processes (scoped merges and the full swap). */
const WRITE_LOCK = sql`select pg_advisory_xact_lock(hashtext('meridian.variant_prices'))`;
/** Omnibus history is only needed where the EU price-indication rules apply. */
const EU_LIST = sql.raw([...EU_COUNTRIES].map((c) => `'${c}'`).join(', '));

/** A Postgres array literal; callers only pass numbers, booleans, ISO dates and ISO codes, which need no quoting. */
const arrayLiteral = (values: (string | number | boolean | null)[]) =>
  `{${values.map((v) => (v == null ? 'NULL' : String(v))).join(',')}}`;

export async function stageRows(db: Db, table: string, batch: PriceBatch, now: Date): Promise<void> {
  if (batch.variantId.length === 0) return;
  const groups = JSON.stringify(
    batch.groups.map((g, idx) => ({
      idx,
      market_id: g.marketId,
      country_code: g.countryCode,
      valid_from: g.validFrom.toISOString(),
      valid_to: g.validTo?.toISOString() ?? null,
      currency: g.currency,
      rate_snapshot_id: g.rateSnapshotId,
    })),
  );
  await db.execute(sql`
    insert into ${sql.identifier(table)} (variant_id, market_id, country_code, valid_from, valid_to, currency, price, compare_at, rate_snapshot_id, floor_clamped, computed_at)
    select x.v, g.market_id, g.country_code, g.valid_from, g.valid_to, g.currency, x.p, x.ca, g.rate_snapshot_id, x.f, ${now.toISOString()}::timestamptz
    from unnest(${arrayLiteral(batch.group)}::int[], ${arrayLiteral(batch.variantId)}::int[], ${arrayLiteral(batch.price)}::int[],
      ${arrayLiteral(batch.compareAt)}::int[], ${arrayLiteral(batch.floorClamped)}::bool[]) as x(g, v, p, ca, f)
    join json_to_recordset(${groups}::json) as g(idx int, market_id int, country_code text, valid_from timestamptz, valid_to timestamptz,
      currency text, rate_snapshot_id int) on g.idx = x.g`);
}

export interface PriceScope {
  variantIds?: number[];
  marketIds?: number[];
}

function scopeFilter(scope: PriceScope, alias = ''): SQL {
  const p = alias ? `${alias}.` : '';
  const parts: SQL[] = [];
  if (scope.variantIds)
    parts.push(sql`${sql.raw(p)}variant_id = any(${arrayLiteral(scope.variantIds)}::int[])`);
  if (scope.marketIds) parts.push(sql`${sql.raw(p)}market_id = any(${arrayLiteral(scope.marketIds)}::int[])`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/**
 * Price history (EU Omnibus), diffed in SQL against the prices being replaced. Only changes
 * are recorded: the new price at `now`, and, the first time a key changes, the price it
 * replaces at the time that one was computed, so the 30-day lowest price has its baseline.
 * Planned periods (scheduled adjustments) are recorded at their start, replacing earlier
 * plans, so the lowest price stays right across a boundary that passes without a recompute.
 */
async function recordHistory(tx: Db, stage: string, scope: PriceScope, now: Date): Promise<void> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const current = (alias: string) =>
    sql.raw(
      `${alias}.valid_from <= '${now.toISOString()}' and (${alias}.valid_to is null or ${alias}.valid_to > '${now.toISOString()}')`,
    );
  const noHistory = (alias: string) =>
    sql.raw(
      `not exists (select 1 from price_history h where h.variant_id = ${alias}.variant_id and h.country_code = ${alias}.country_code)`,
    );
  await tx.execute(sql`delete from price_history where effective_at > ${at} and ${scopeFilter(scope)}`);
  await tx.execute(sql`
    with changed as (
      select n.variant_id, n.market_id, n.country_code, n.price, o.price as old_price, least(o.computed_at, ${at}) as old_at
      from ${sql.identifier(stage)} n
      join variant_prices o on o.variant_id = n.variant_id and o.country_code = n.country_code and ${current('o')}
      where n.country_code in (${EU_LIST}) and ${current('n')} and o.price <> n.price
    ), baseline as (
      select c.* from changed c where ${noHistory('c')}
    )
    insert into price_history (variant_id, market_id, country_code, price, effective_at)
    select variant_id, market_id, country_code, old_price, old_at from baseline
    union all select variant_id, market_id, country_code, price, ${at} from changed`);
  // Planned periods, with today's price as their baseline where the key has no history yet.
  await tx.execute(sql`
    with planned as (
      select variant_id, market_id, country_code, price, valid_from from ${sql.identifier(stage)}
      where country_code in (${EU_LIST}) and valid_from > ${at}
    )
    insert into price_history (variant_id, market_id, country_code, price, effective_at)
    select n.variant_id, n.market_id, n.country_code, n.price, ${at} from ${sql.identifier(stage)} n
    where ${current('n')} and ${noHistory('n')} and exists (select 1 from planned p where p.variant_id = n.variant_id and p.country_code = n.country_code)
    union all select variant_id, market_id, country_code, price, valid_from from planned`);
}

/** Scoped recompute: stage in a temporary table, then diff history and replace the scope's rows in one transaction. */
export async function replaceScope(
  db: Db,
  scope: PriceScope,
  now: Date,
  produce: (stage: (batch: PriceBatch) => Promise<void>, tx: Db) => Promise<void>,
): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(WRITE_LOCK);
    await tx.execute(
      sql`create temporary table price_stage (like variant_prices including defaults) on commit drop`,
    );
    await produce((batch) => stageRows(tx, 'price_stage', batch, now), tx);
    // Tells a full recompute running alongside that its generation misses this change.
    await tx.execute(sql`select nextval('price_writes')`);
    await recordHistory(tx, 'price_stage', scope, now);
    await tx.execute(sql`delete from variant_prices where ${scopeFilter(scope)}`);
    await tx.execute(sql`insert into variant_prices select * from price_stage`);
  });
}

/** Full recompute, part 1: a fresh, unindexed next-generation table. */
export async function createNextTable(db: Db): Promise<number> {
  await db.execute(sql`drop table if exists ${sql.identifier(NEXT_TABLE)}`);
  await db.execute(sql`create table ${sql.identifier(NEXT_TABLE)} (like variant_prices including defaults)`);
  return scopedWrites(db);
}

async function scopedWrites(db: Db): Promise<number> {
  const [row] = await queryRows<{ v: number }>(
    db,
    sql`select (case when is_called then last_value else 0 end)::int as v from price_writes`,
  );
  return Number(row?.v ?? 0);
}

/**
 * Full recompute, part 2: index the staged generation (bulk index build, far cheaper than
 * row-by-row maintenance), then swap it in. Returns false, changing nothing, when a scoped
 * write landed after the build started (null: swap regardless); the caller rebuilds so that
 * change is not lost.
 */
export async function swapInNextTable(db: Db, writesAtStart: number | null, now: Date): Promise<boolean> {
  await db.execute(
    sql`alter table ${sql.identifier(NEXT_TABLE)} add constraint variant_prices_next_pk primary key (variant_id, country_code, valid_from)`,
  );
  // NOT VALID: every row was computed from a variant and market read moments ago, so the
  // full validation scan is skipped; the constraints still cascade deletes from here on.
  await db.execute(
    sql`alter table ${sql.identifier(NEXT_TABLE)} add constraint variant_prices_variant_id_variants_id_fk foreign key (variant_id) references variants(id) on delete cascade not valid`,
  );
  await db.execute(
    sql`alter table ${sql.identifier(NEXT_TABLE)} add constraint variant_prices_market_id_markets_id_fk foreign key (market_id) references markets(id) on delete cascade not valid`,
  );
  // Fresh statistics, so the history diff below joins the generations efficiently.
  await db.execute(sql`analyze ${sql.identifier(NEXT_TABLE)}`);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(WRITE_LOCK);
    if (writesAtStart != null && (await scopedWrites(tx)) !== writesAtStart) {
      await tx.execute(sql`drop table ${sql.identifier(NEXT_TABLE)}`);
      return false;
    }
    await recordHistory(tx, NEXT_TABLE, {}, now);
    await tx.execute(sql`drop table variant_prices`);
    await tx.execute(sql`alter table ${sql.identifier(NEXT_TABLE)} rename to variant_prices`);
    await tx.execute(
      sql`alter table variant_prices rename constraint variant_prices_next_pk to ${sql.identifier(PK)}`,
    );
    return true;
  });
}
