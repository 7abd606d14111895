/**
 * The subset of Shopify's article search syntax Meridian serves for `articles(query:)` and
 * text search: free words, quoted phrases, `author:`, `blog_title:`, `tag:`, `tag_not:`,
 * `title:`, and a leading `-` to negate. Unknown fields are searched as text, as Shopify does.
 */
export type ArticleTerm =
  | { kind: 'text'; value: string; negate: boolean }
  | { kind: 'field'; field: ArticleSearchField; value: string; negate: boolean };

export const ARTICLE_SEARCH_FIELDS = ['author', 'blog_title', 'tag', 'tag_not', 'title'] as const;
export type ArticleSearchField = (typeof ARTICLE_SEARCH_FIELDS)[number];

const TOKEN_RE = /(-?)(?:([a-z_]+):)?(?:"([^"]*)"|(\S+))/gi;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 100;

export function parseArticleQuery(input: string): ArticleTerm[] {
  const terms: ArticleTerm[] = [];
  for (const m of input.matchAll(TOKEN_RE)) {
    if (terms.length >= MAX_TERMS) break;
    const negate = m[1] === '-';
    const field = m[2]?.toLowerCase();
    const value = (m[3] ?? m[4] ?? '').slice(0, MAX_TERM_LENGTH).replace(/\0/g, '').trim();
    if (!value) continue;
    if (!field && !negate && /^(AND|OR|NOT)$/.test(value)) continue;
    if (field && (ARTICLE_SEARCH_FIELDS as readonly string[]).includes(field))
      terms.push({ kind: 'field', field: field as ArticleSearchField, value, negate });
    else terms.push({ kind: 'text', value: field ? `${field}:${value}` : value, negate });
  }
  return terms;
}

/** A LIKE pattern matching `value` anywhere, its wildcards escaped. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The sort keys of the official ArticleSortKeys enum, and what each orders by. */
export const ARTICLE_SORT_KEYS = [
  'AUTHOR',
  'BLOG_TITLE',
  'ID',
  'PUBLISHED_AT',
  'RELEVANCE',
  'TITLE',
  'UPDATED_AT',
] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];
