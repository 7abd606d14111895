/**
 * A subset of Shopify's search syntax for `products(query:)` and `search(query:)`:
 * free-text terms, quoted phrases, `field:value` for title, tag, tag_not,
 * product_type, vendor, sku and available_for_sale, and a leading `-` to negate a term.
 */
export type SearchTerm =
  | { kind: 'text'; value: string; negate: boolean }
  | { kind: 'field'; field: SearchField; value: string; negate: boolean };

export const SEARCH_FIELDS = [
  'title',
  'tag',
  'tag_not',
  'product_type',
  'vendor',
  'sku',
  'available_for_sale',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const TOKEN_RE = /(-?)(?:([a-z_]+):)?(?:"([^"]*)"|(\S+))/gi;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 100;

export function parseSearchQuery(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of input.matchAll(TOKEN_RE)) {
    if (terms.length >= MAX_TERMS) break;
    const negate = m[1] === '-';
    const field = m[2]?.toLowerCase();
    const value = (m[3] ?? m[4] ?? '').slice(0, MAX_TERM_LENGTH).trim();
    if (!value) continue;
    // Boolean connectives are implied (AND) in this subset.
    if (!field && !negate && /^(AND|OR|NOT)$/.test(value)) continue;
    if (field && (SEARCH_FIELDS as readonly string[]).includes(field)) {
      terms.push({ kind: 'field', field: field as SearchField, value, negate });
    } else {
      // Unknown fields are searched as text, as Shopify does.
      terms.push({ kind: 'text', value: field ? `${field}:${value}` : value, negate });
    }
  }
  return terms;
}
