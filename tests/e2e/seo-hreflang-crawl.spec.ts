/**
 * Crawls the storefront as a search engine would (plain HTTP, no JavaScript) and checks hreflang:
 *  (a) every page has an x-default and a self-referencing alternate (an hreflang pointing to its canonical);
 *  (b) reciprocity: if A lists B under X, then B answers 200 (no redirect), B's canonical is that URL,
 *      and B lists A back under A's own hreflang;
 *  (c) hreflang values are x-default or language[-Script]-REGION with ISO 639-1 and ISO 3166-1 alpha-2 codes;
 *  (d) no two hreflang values on a page point to the same URL (x-default aside), and no value is listed twice.
 * The crawl starts at every locale's home (found in the sitemaps listed by /sitemap.xml) and
 * follows <a href> links to the collection list, 2 collections, 3 products and 1 content page per locale.
 * Some of those products have German and French handles, so alternates differ in more than the prefix.
 * Every violation is collected and reported at once.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { anchorHrefs, headLinks, ISO, xmlElementTexts, type Alternate } from './seo-html.ts';

/** Pages followed per locale, by kind. */
const BUDGET = { home: 1, 'collection-list': 1, collection: 2, product: 3, page: 1 } as const;
type Kind = keyof typeof BUDGET;
const MAX_FETCHES = 600;
const CONCURRENCY = 4;
/** First path segments (after the locale prefix) never crawled: private, transactional or infinite spaces. */
const SKIP_SEGMENTS = new Set([
  'cart',
  'search',
  'checkout',
  'account',
  'app',
  'api',
  'locale',
  'sitemap',
  'webhooks',
]);
const HREFLANG = /^([a-z]{2})(?:-([a-z]{4}))?-([a-z]{2})$/i;

interface Fetched {
  url: string;
  status: number;
  location?: string;
  html?: string;
  canonical: string[];
  alternates: Alternate[];
}

test.describe.configure({ timeout: 240_000 });

test('hreflang annotations are complete, valid and reciprocal across every locale', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const fetcher = cachedFetcher(request, origin);
  const violations: string[] = [];

  // Every locale's home: in each child sitemap, the shortest <loc> when every other <loc> lies under it
  // (a locale's products-only files have no home and are skipped).
  const index = await request.get('/sitemap.xml');
  expect(index.status(), 'status of /sitemap.xml').toBe(200);
  const homes = new Set<string>();
  for (const loc of xmlElementTexts(await index.text(), 'loc')) {
    const sitemap = await request.get(loc);
    expect(sitemap.status(), `status of ${loc}`).toBe(200);
    const locs = xmlElementTexts(await sitemap.text(), 'loc')
      .filter((l) => new URL(l).origin === origin)
      .map(normalize);
    const home = [...locs].sort((a, b) => a.length - b.length)[0];
    const under = home?.endsWith('/') ? home : `${home}/`;
    if (home && locs.every((l) => l === home || l.startsWith(under))) homes.add(home);
  }
  expect(homes.size, 'locale homes found through the sitemap index').toBeGreaterThan(1);
  const prefixes = [...homes].map((h) => new URL(h).pathname.replace(/\/$/, ''));

  // Crawl, breadth first, within each locale's budget.
  const crawled: Fetched[] = [];
  const taken = new Map<string, number>(); // `${prefix} ${kind}` -> pages taken
  const seen = new Set<string>(homes);
  let frontier = [...homes].map((url) => ({ url, from: '(sitemap)' }));
  while (frontier.length > 0) {
    const pages = await pool(frontier, (f) => fetcher.get(f.url));
    const next: { url: string; from: string }[] = [];
    for (const [i, page] of pages.entries()) {
      const from = frontier[i]!.from;
      if (page.status !== 200) {
        violations.push(
          `(crawl) ${page.url} (linked from ${from}) answered ${page.status}${page.location ? ` → ${page.location}` : ''}`,
        );
        continue;
      }
      if (page.html === undefined) continue;
      crawled.push(page);
      for (const href of anchorHrefs(page.html, page.url)) {
        const url = normalize(href);
        if (seen.has(url)) continue;
        const where = classify(url, origin, prefixes);
        if (!where) continue;
        const key = `${where.prefix} ${where.kind}`;
        if ((taken.get(key) ?? 0) >= BUDGET[where.kind]) continue;
        taken.set(key, (taken.get(key) ?? 0) + 1);
        seen.add(url);
        next.push({ url, from: page.url });
      }
    }
    frontier = next;
  }
  for (const prefix of prefixes) {
    for (const kind of Object.keys(BUDGET) as Kind[]) {
      if (kind !== 'home' && !taken.get(`${prefix} ${kind}`))
        violations.push(`(crawl) no ${kind} page reachable by links from ${prefix || '/'}`);
    }
  }

  for (const page of crawled) {
    const A = page.url;
    if (page.canonical.length !== 1) {
      violations.push(
        `(a) ${A} has ${page.canonical.length} <link rel="canonical"> (${page.canonical.join(', ')}), expected 1`,
      );
      if (page.canonical.length === 0) continue;
    }
    const canonicalA = normalize(page.canonical[0]!);
    const alternates = page.alternates.map((a) => ({ hreflang: a.hreflang, href: normalize(a.href) }));

    // (a) x-default and self reference.
    if (!alternates.some((a) => a.hreflang.toLowerCase() === 'x-default'))
      violations.push(`(a) ${A} has no x-default alternate`);
    const selfLangs = alternates
      .filter((a) => a.href === canonicalA && a.hreflang.toLowerCase() !== 'x-default')
      .map((a) => a.hreflang);
    if (selfLangs.length === 0)
      violations.push(
        `(a) ${A} has no self-referencing alternate (no hreflang points to its canonical ${canonicalA}); alternates: ${alternates.map((a) => `${a.hreflang}=${a.href}`).join(' ')}`,
      );

    // (c) valid values.
    for (const a of alternates) {
      const problem = hreflangProblem(a.hreflang);
      if (problem) violations.push(`(c) ${A}: hreflang="${a.hreflang}" ${problem}`);
    }

    // (d) one URL per value and one value per URL (x-default aside).
    const byHref = new Map<string, string[]>();
    const byLang = new Map<string, string[]>();
    for (const a of alternates) {
      if (a.hreflang.toLowerCase() !== 'x-default')
        byHref.set(a.href, [...(byHref.get(a.href) ?? []), a.hreflang]);
      byLang.set(a.hreflang.toLowerCase(), [...(byLang.get(a.hreflang.toLowerCase()) ?? []), a.href]);
    }
    for (const [href, langs] of byHref)
      if (langs.length > 1) violations.push(`(d) ${A}: hreflang ${langs.join(', ')} all point to ${href}`);
    for (const [lang, hrefs] of byLang)
      if (hrefs.length > 1)
        violations.push(`(d) ${A}: hreflang ${lang} is listed ${hrefs.length} times (${hrefs.join(', ')})`);

    // (b) reciprocity.
    const targets = await pool(alternates, (a) => fetcher.get(a.href));
    for (const [i, B] of targets.entries()) {
      const { hreflang: X, href } = alternates[i]!;
      if (B.status !== 200) {
        violations.push(
          `(b) ${A} lists ${href} for ${X}, which answers ${B.status}${B.location ? ` → ${B.location}` : ''}`,
        );
        continue;
      }
      if (B.html === undefined) {
        violations.push(`(b) ${A} lists ${href} for ${X}, which is not an HTML page`);
        continue;
      }
      const canonicalB = B.canonical[0] ? normalize(B.canonical[0]) : undefined;
      if (canonicalB !== href)
        violations.push(
          `(b) ${A} lists ${href} for ${X}, but that page's canonical is ${canonicalB ?? '(none)'}`,
        );
      if (X.toLowerCase() === 'x-default' || href === canonicalA || selfLangs.length === 0) continue;
      const back = B.alternates.map((b) => ({ hreflang: b.hreflang.toLowerCase(), href: normalize(b.href) }));
      for (const lang of selfLangs) {
        if (!back.some((b) => b.hreflang === lang.toLowerCase() && b.href === canonicalA)) {
          const listed = back.filter((b) => b.hreflang === lang.toLowerCase()).map((b) => b.href);
          violations.push(
            `(b) ${A} lists ${href} for ${X}, but ${href} does not list ${canonicalA} back for ${lang}${listed.length ? ` (it lists ${listed.join(', ')})` : ''}`,
          );
        }
      }
    }
  }

  // The demo store translates the handles of its newest products into German and French, so the
  // crawl must meet pages whose alternates differ in more than the locale prefix.
  const unprefixed = (href: string) => {
    const path = new URL(href).pathname;
    const prefix = prefixes
      .filter((p) => p && (path === p || path.startsWith(`${p}/`)))
      .sort((a, b) => b.length - a.length)[0];
    return path.slice(prefix?.length ?? 0) || '/';
  };
  const translated = crawled.filter((p) => new Set(p.alternates.map((a) => unprefixed(a.href))).size > 1);
  expect(translated.length, 'crawled pages with translated handles').toBeGreaterThan(0);

  const unique = [...new Set(violations)];
  const summary = `${crawled.length} pages crawled in ${prefixes.length} locales, ${fetcher.count()} fetched in all`;
  test.info().annotations.push({ type: 'crawl', description: summary });
  if (unique.length)
    await test
      .info()
      .attach('hreflang-violations.txt', { body: unique.join('\n'), contentType: 'text/plain' });
  const shown =
    unique.length > 300
      ? [
          ...unique.slice(0, 300),
          `… and ${unique.length - 300} more (see the hreflang-violations.txt attachment)`,
        ]
      : unique;
  expect(unique, `${unique.length} hreflang violations (${summary}):\n${shown.join('\n')}`).toEqual([]);
});

/** What a crawlable same-origin URL is, or null if it is not crawled. */
function classify(url: string, origin: string, prefixes: string[]): { prefix: string; kind: Kind } | null {
  const u = new URL(url);
  if (u.origin !== origin || u.search) return null; // filters, sorts, pages, variants: not crawled
  const prefix =
    prefixes
      .filter((p) => p && (u.pathname === p || u.pathname.startsWith(`${p}/`)))
      .sort((a, b) => b.length - a.length)[0] ?? '';
  const rest = u.pathname.slice(prefix.length).split('/').filter(Boolean);
  if (rest.some((s) => SKIP_SEGMENTS.has(s)) || /\.[a-z0-9]+$/i.test(u.pathname)) return null;
  if (rest.length === 0) return { prefix, kind: 'home' };
  if (rest.length === 1 && rest[0] === 'collections') return { prefix, kind: 'collection-list' };
  if (rest.length === 2 && rest[0] === 'collections') return { prefix, kind: 'collection' };
  if (rest.length === 2 && rest[0] === 'products') return { prefix, kind: 'product' };
  if (rest.length === 2 && rest[0] === 'pages') return { prefix, kind: 'page' };
  return null;
}

function hreflangProblem(value: string): string | null {
  if (value.toLowerCase() === 'x-default') return null;
  const m = HREFLANG.exec(value);
  if (!m) return 'is not a BCP 47 language-region code (e.g. de-DE, zh-SG)';
  if (!ISO.iso639_1.has(m[1]!.toLowerCase())) return `has language "${m[1]}", not an ISO 639-1 code`;
  if (!ISO.iso3166Alpha2.has(m[3]!.toUpperCase()))
    return `has region "${m[3]}", not an ISO 3166-1 alpha-2 code`;
  return null;
}

function normalize(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** GETs without following redirects, each URL once, and never more than MAX_FETCHES in all. */
function cachedFetcher(request: APIRequestContext, origin: string) {
  const cache = new Map<string, Promise<Fetched>>();
  return {
    count: () => cache.size,
    get(url: string): Promise<Fetched> {
      let hit = cache.get(url);
      if (!hit) {
        if (cache.size >= MAX_FETCHES)
          throw new Error(`crawl exceeded ${MAX_FETCHES} fetches; raise MAX_FETCHES or lower BUDGET`);
        if (new URL(url).origin !== origin)
          return Promise.resolve({
            url,
            status: 0,
            location: 'off-origin, not fetched',
            canonical: [],
            alternates: [],
          });
        hit = (async () => {
          const r = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
          const isHtml = (r.headers()['content-type'] ?? '').includes('text/html');
          const html = r.status() === 200 && isHtml ? await r.text() : undefined;
          return {
            url,
            status: r.status(),
            location: r.headers().location,
            html,
            ...(html ? headLinks(html, url) : { canonical: [], alternates: [] }),
          };
        })();
        cache.set(url, hit);
      }
      return hit;
    },
  };
}

/** Maps with at most CONCURRENCY calls in flight, keeping order. */
async function pool<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}
