/**
 * Opaque pagination cursors: base64url JSON of the sort value and the row id,
 * so keyset pagination stays stable while the catalog changes.
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

export function decodeCursor(cursor: string, sortKey: string): CursorValue {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+=*$/.test(cursor)) throw new InvalidCursorError(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new InvalidCursorError(cursor);
  const { k, v, id } = parsed as Record<string, unknown>;
  const validValue = v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (k !== sortKey || !validValue || typeof id !== 'number' || !Number.isSafeInteger(id))
    throw new InvalidCursorError(cursor);
  return { k, v: v as CursorValue['v'], id };
}
