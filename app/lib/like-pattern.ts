/**
 * A LIKE pattern matching user text literally: wildcards escaped, and control characters
 * dropped (PostgreSQL text cannot hold a NUL, so a pattern with one fails the whole query).
 */
export function likePattern(value: string): string {
  return `%${value.replace(/\p{Cc}/gu, '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
