import type { Logger } from 'drizzle-orm';

/**
 * Counts the SQL statements Drizzle sends, process-wide, so tests can assert how many one request
 * costs (an N+1 shows as a count that grows with the page size). One integer increment per
 * statement: cheap enough to stay on in production.
 */
const KEY = Symbol.for('meridian.statement-count');
type Holder = { [KEY]?: { n: number } };

function counter(): { n: number } {
  const holder = globalThis as Holder;
  holder[KEY] ??= { n: 0 };
  return holder[KEY];
}

/** Statements sent since the process started. */
export function statementsSent(): number {
  return counter().n;
}

/** Drizzle's logger hook: called once per statement, with both drivers. */
export const statementCounter: Logger = {
  logQuery() {
    counter().n++;
  },
};
