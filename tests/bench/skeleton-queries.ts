import { API_HEADERS, API_PATH } from './api.ts';
import type { Target } from './targets.ts';

/**
 * Storefront API requests as Hydrogen's skeleton sends them for its header, an article, its
 * sitemap index and its search page (issue 16), German context, so `npm run bench` shows what
 * the new fields cost next to the product query.
 */
const SKELETON = {
  header: `query Header @inContext(country: DE, language: DE) {
    shop { id name description primaryDomain { url } brand { logo { image { url } } } }
    menu(handle: "main-menu") { id items { id resourceId tags title type url items { id title url } } }
  }`,
  article: `query Article @inContext(country: DE, language: DE) {
    blog(handle: "magazin") { handle articleByHandle(handle: "merino-richtig-pflegen") {
      handle title contentHtml publishedAt author: authorV2 { name }
      image { id altText url width height } seo { description title } } }
  }`,
  sitemapIndex: `query SitemapIndex @inContext(country: DE, language: DE) {
    products: sitemap(type: PRODUCT) { pagesCount { count } }
    collections: sitemap(type: COLLECTION) { pagesCount { count } }
    articles: sitemap(type: ARTICLE) { pagesCount { count } }
    pages: sitemap(type: PAGE) { pagesCount { count } }
    blogs: sitemap(type: BLOG) { pagesCount { count } }
    metaObjects: sitemap(type: METAOBJECT) { pagesCount { count } }
  }`,
  search: `query RegularSearch @inContext(country: DE, language: DE) {
    articles: search(query: "merino", types: [ARTICLE], first: 10) { nodes { ... on Article { handle id title trackingParameters } } }
    pages: search(query: "merino", types: [PAGE], first: 10) { nodes { ... on Page { handle id title trackingParameters } } }
    products: search(query: "merino", types: [PRODUCT], first: 8, sortKey: RELEVANCE, unavailableProducts: HIDE) {
      nodes { ... on Product { handle id title trackingParameters selectedOrFirstAvailableVariant { price { amount currencyCode } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
};

/** GraphQL errors come with HTTP 200: a usable answer has none and a value for every root field. */
function answered(json: unknown): string | null {
  const r = json as { data?: Record<string, unknown> | null; errors?: unknown };
  if (r.errors) return `GraphQL errors: ${JSON.stringify(r.errors).slice(0, 300)}`;
  const empty = Object.entries(r.data ?? {}).filter(([, v]) => v == null);
  return r.data && empty.length === 0
    ? null
    : `no data for ${empty.map(([k]) => k).join(', ') || 'the query'}`;
}

const api = (name: string, query: string): Target => ({
  name,
  path: API_PATH,
  method: 'POST',
  headers: API_HEADERS,
  body: JSON.stringify({ query }),
  check: answered,
});

export const SKELETON_TARGETS: Target[] = [
  api('API skeleton header (DE)', SKELETON.header),
  api('API skeleton article (DE)', SKELETON.article),
  api('API skeleton sitemap index', SKELETON.sitemapIndex),
  api('API skeleton search (DE)', SKELETON.search),
];
