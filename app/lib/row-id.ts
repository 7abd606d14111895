/** PostgreSQL `integer`'s largest value: every serial id fits under it. */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * A row id from text (a URL segment, a query parameter or a form field): decimal digits only,
 * 1 to MAX_ROW_ID, else null. `Number()` alone lets "1e3", " 7", "0x10" and 99999999999 through,
 * and the last one is a database error, not a missing row.
 */
export function parseRowId(text: unknown): number | null {
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_ROW_ID ? id : null;
}
