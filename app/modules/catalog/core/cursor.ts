import { z } from 'zod';

/**
 * Opaque pagination cursors: base64url JSON of the sort value and the row id,
 * so keyset pagination stays stable while the catalog changes. A decoded cursor is checked
 * against the shape its sort needs before it reaches SQL: a forged one (a string where a number
 * is sorted, an id past int4, 1e300, a NUL) is an invalid cursor, not a database error.
 */
export interface CursorValue {
  /** Sort key the cursor was issued for; a cursor from another sort is rejected. */
  k: string;
  v: string | number | null;
  id: number;
}

export class InvalidCursorError extends Error {
  readonly cursor: string;
  constructor(cursor: string) {
    super('Invalid cursor');
    this.cursor = cursor;
    this.name = 'InvalidCursorError';
  }
}

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** What a sort's value is: a number (prices), text (titles, dates as ISO text), or none (id order). */
export type CursorValueKind = 'int' | 'text' | 'none';

const INT4_MAX = 2_147_483_647;
const VALUE_SCHEMAS = {
  int: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
  // PostgreSQL text cannot hold NUL.
  text: z
    .string()
    .max(1_000)
    .refine((s) => !s.includes('\0'))
    .nullable(),
  none: z.null(),
} as const;

export function decodeCursor(cursor: string, sortKey: string, kind: CursorValueKind): CursorValue {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+=*$/.test(cursor)) throw new InvalidCursorError(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  const shape = z.strictObject({
    k: z.literal(sortKey),
    v: VALUE_SCHEMAS[kind],
    id: z.number().int().min(1).max(INT4_MAX),
  });
  const checked = shape.safeParse(parsed);
  if (!checked.success) throw new InvalidCursorError(cursor);
  return checked.data;
}
