import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableName, is, Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '#app/db/schema/index.ts';

/**
 * Drizzle renders a column interpolated into `sql` without its table (`"id"`), so inside a raw
 * subquery over another table it binds to that table's column of the same name: Admin › Products
 * once showed the first variant's count, stock and price for every product. Raw SQL that selects
 * from or joins tables must name columns through its own aliases, or use the query builder.
 */
const tableExports = new Set(
  Object.entries(schema)
    .filter(([, value]) => is(value, Table))
    .map(([name]) => name),
);
const SQL_TEMPLATE = /sql(?:<[^>]*>)?`((?:[^`\\]|\\.)*)`/gs;
const SUBQUERY = /\bselect\b[\s\S]*\bfrom\s+(?:["\w]|\$\{)|\bjoin\s+(?:["\w]|\$\{)/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `${table.column}` uses of schema tables inside raw SQL that reads other tables. */
function unqualifiedColumnsInSubqueries(source: string): string[] {
  const found: string[] = [];
  for (const [, body] of source.matchAll(SQL_TEMPLATE)) {
    if (!body || !SUBQUERY.test(body)) continue;
    for (const [, table, column] of body.matchAll(/\$\{(\w+)\.(\w+)\}/g)) {
      if (table && tableExports.has(table)) found.push(`${table}.${column}`);
    }
  }
  return found;
}

describe('raw SQL never interpolates a Drizzle column into a subquery', () => {
  it('finds the bug it guards against', () => {
    expect(tableExports.size).toBeGreaterThan(10);
    expect(getTableName(schema.products)).toBe('products');
    expect(
      unqualifiedColumnsInSubqueries(
        'sql`(select count(*) from variants v where v.product_id = ${products.id})`',
      ),
    ).toEqual(['products.id']);
    expect(unqualifiedColumnsInSubqueries('sql`${products.publishedAt} desc nulls last`')).toEqual([]);
  });

  it('holds for every file under app/', () => {
    const offenders = sourceFiles('app').flatMap((file) =>
      unqualifiedColumnsInSubqueries(readFileSync(file, 'utf8')).map((column) => `${file}: ${column}`),
    );
    expect(offenders).toEqual([]);
  });
});
