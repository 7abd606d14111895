/**
 * Postgres errors by SQLSTATE code, whichever driver raised them: PGlite's DatabaseError carries
 * `constraint`, postgres.js's PostgresError `constraint_name`; Drizzle wraps either in a
 * DrizzleQueryError whose `cause` is the driver's error, so the chain of causes is searched.
 */
export const PG_ERROR = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
} as const;
export type PgErrorCode = (typeof PG_ERROR)[keyof typeof PG_ERROR];

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
}

/** The first error in `error`'s cause chain (at most 5 deep) with this code, optionally on this constraint. */
function findPgError(error: unknown, code: PgErrorCode, constraint?: string): DriverError | null {
  for (
    let e: unknown = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const err = e as DriverError;
    if (err.code !== code) continue;
    const name = err.constraint ?? err.constraint_name;
    if (constraint === undefined || name === constraint) return err;
  }
  return null;
}

/** Whether `error` is (or wraps) a Postgres error with this code, optionally on the named constraint. */
export function isPgError(error: unknown, code: PgErrorCode, constraint?: string): boolean {
  return findPgError(error, code, constraint) !== null;
}

export const isUniqueViolation = (error: unknown, constraint?: string) =>
  isPgError(error, PG_ERROR.uniqueViolation, constraint);
export const isCheckViolation = (error: unknown, constraint?: string) =>
  isPgError(error, PG_ERROR.checkViolation, constraint);
