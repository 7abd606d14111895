import type { SQL } from 'drizzle-orm';
import type { Db } from './client.server.ts';

/**
 * Runs a raw SQL fragment and returns its rows. PGlite returns {rows}, postgres.js
 * an array; this hides the difference from modules.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
