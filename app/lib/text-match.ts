/**
 * Whether a search query matches a title and body, for content that is too small a set to index
 * (pages, articles): every term must appear in the title or the body. 2 = all terms in the
 * title, 1 = some only in the body, 0 = no match. Case-folding follows the language (Turkish i).
 */
export function matchRank(query: string, title: string, body: string, language: string): 0 | 1 | 2 {
  const fold = (s: string) => s.toLocaleLowerCase(language).normalize('NFKC');
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return 0;
  const t = fold(title);
  const b = fold(body);
  if (terms.every((term) => t.includes(term))) return 2;
  return terms.every((term) => t.includes(term) || b.includes(term)) ? 1 : 0;
}

/**
 * Shopify's search tracking string for a result at `position` (1-based) of a search for `query`:
 * a storefront appends it to the result's URL so analytics can attribute the visit to the search.
 */
export function searchTrackingParameters(query: string, position: number): string {
  return new URLSearchParams({ _pos: String(position), _psq: query, _ss: 'e', _v: '1.0' }).toString();
}
