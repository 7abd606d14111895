import { and, inArray, or, eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { seoResources } from '#app/db/schema/index.ts';
import {
  countSitemapProducts,
  sitemapCollections,
  sitemapProductBatch,
  sitemapProductStart,
  type SitemapRow,
} from '#app/modules/catalog/sitemap-entries.server.ts';
import { sitemapArticleBatches, sitemapBlogs } from '#app/modules/blog/sitemap-entries.server.ts';
import { sitemapPages } from '#app/modules/pages/pages.server.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { hreflangOf, type Locale } from '#app/modules/markets/core/locale.ts';
import { handlesOf } from '#app/modules/translations/translations.server.ts';
import { URLSET_CLOSE, urlEntry, urlsetOpen } from './core/sitemap-xml.ts';

/**
 * Per-locale sitemaps. Each locale has a "main" file (home, collection list, collections,
 * pages) and product files of PRODUCTS_PER_FILE URLs. That keeps every file far under the
 * protocol's 50,000 URLs and 50 MB even with an xhtml:link per locale on every URL, and each
 * file is streamed from id-ordered batches, so memory stays flat however big the catalog.
 */
export const PRODUCTS_PER_FILE = 10_000;
const BATCH = 500;

/** The sitemap file name stem of a locale: "en-us", "de-de", "zh-cn-sg". */
export function sitemapName(l: Locale): string {
  return `${l.language.toLowerCase()}-${l.country.toLowerCase()}`;
}

export type SitemapPart = { kind: 'main' } | { kind: 'products'; page: number };

/** Every sitemap file of every locale, for the index. */
export async function sitemapFiles(db: Db, config: MarketConfig): Promise<string[]> {
  const productFiles = Math.ceil((await countSitemapProducts(db)) / PRODUCTS_PER_FILE);
  return allLocales(config).flatMap((l) => [
    `${sitemapName(l)}.xml`,
    ...Array.from({ length: productFiles }, (_, i) => `${sitemapName(l)}-products-${i + 1}.xml`),
  ]);
}

/** Which locale and part a file name asks for, or null. */
export function parseSitemapFile(
  config: MarketConfig,
  file: string,
): { locale: Locale; part: SitemapPart } | null {
  for (const locale of allLocales(config)) {
    const stem = sitemapName(locale);
    if (file === `${stem}.xml`) return { locale, part: { kind: 'main' } };
    const m = new RegExp(`^${stem}-products-(\\d{1,6})\\.xml$`).exec(file);
    if (m && Number(m[1]) >= 1) return { locale, part: { kind: 'products', page: Number(m[1]) } };
  }
  return null;
}

/** Resources kept out of sitemaps: marked noindex or excluded. */
export async function sitemapExcluded(db: Db, gids: string[]): Promise<Set<string>> {
  if (gids.length === 0) return new Set();
  const rows = await db
    .select({ gid: seoResources.resourceGid })
    .from(seoResources)
    .where(
      and(
        inArray(seoResources.resourceGid, gids),
        or(eq(seoResources.noindex, true), eq(seoResources.sitemapExclude, true)),
      ),
    );
  return new Set(rows.map((r) => r.gid));
}

/** One sitemap file, streamed entry by entry; every URL lists all locales' alternates (reciprocal, with x-default). */
export async function* localeSitemap(
  db: Db,
  config: MarketConfig,
  locale: Locale,
  origin: string,
  part: SitemapPart = { kind: 'main' },
): AsyncGenerator<string> {
  const locales = allLocales(config);
  const fallback = locales.find((l) => l.pathPrefix === '') ?? locales[0]!;
  const href = (l: Locale, path: string) =>
    `${origin}${l.pathPrefix}${path === '/' && l.pathPrefix ? '' : path}`;
  const alternates = (pathFor: (l: Locale) => string) => [
    ...locales.map((l) => ({ hreflang: hreflangOf(l), href: href(l, pathFor(l)) })),
    { hreflang: 'x-default', href: href(fallback, pathFor(fallback)) },
  ];
  async function* entries(
    rows: SitemapRow[],
    type: 'Product' | 'Collection' | 'Page' | 'Blog' | 'Article',
    segment: string,
    /** The path before the handle, when it depends on the row and locale (an article's blog). */
    prefixFor?: (row: number, l: Locale) => string,
  ) {
    const gids = rows.map((r) => `gid://shopify/${type}/${r.id}`);
    const [handles, excluded] = await Promise.all([handlesOf(db, gids), sitemapExcluded(db, gids)]);
    for (const [i, r] of rows.entries()) {
      const gid = gids[i]!;
      if (excluded.has(gid)) continue;
      const localized = handles.get(gid);
      const pathFor = (l: Locale) =>
        `${prefixFor ? prefixFor(i, l) : `/${segment}`}/${encodeURIComponent(localized?.get(l.language) ?? r.handle)}`;
      yield urlEntry({
        loc: href(locale, pathFor(locale)),
        lastmod: r.updatedAt,
        alternates: alternates(pathFor),
      });
    }
  }
  yield urlsetOpen();
  if (part.kind === 'main') {
    const homeHidden = (await sitemapExcluded(db, ['gid://shopify/Shop/1'])).size > 0;
    for (const path of homeHidden ? ['/collections'] : ['/', '/collections'])
      yield urlEntry({ loc: href(locale, path), alternates: alternates(() => path) });
    yield* entries(await sitemapCollections(db), 'Collection', 'collections');
    yield* entries(await sitemapPages(db), 'Page', 'pages');
    yield* entries(await sitemapBlogs(db), 'Blog', 'blogs');
    // Articles live under their blog, whose handle is localized too.
    for await (const rows of sitemapArticleBatches(db, new Date())) {
      const blogGids = [...new Set(rows.map((r) => `gid://shopify/Blog/${r.blogId}`))];
      const blogHandles = await handlesOf(db, blogGids);
      yield* entries(rows, 'Article', 'blogs', (i, l) => {
        const r = rows[i]!;
        const handle = blogHandles.get(`gid://shopify/Blog/${r.blogId}`)?.get(l.language) ?? r.blogHandle;
        return `/blogs/${encodeURIComponent(handle)}`;
      });
    }
  } else {
    let after = await sitemapProductStart(db, (part.page - 1) * PRODUCTS_PER_FILE);
    let left = PRODUCTS_PER_FILE;
    while (after != null && left > 0) {
      const rows = await sitemapProductBatch(db, after, Math.min(BATCH, left));
      if (rows.length === 0) break;
      yield* entries(rows, 'Product', 'products');
      left -= rows.length;
      after = rows[rows.length - 1]!.id;
    }
  }
  yield URLSET_CLOSE;
}
