import type { Db } from '#app/db/client.server.ts';
import { sitemapEntries } from '#app/modules/catalog/sitemap-entries.server.ts';
import { sitemapPages } from '#app/modules/pages/pages.server.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import type { Locale } from '#app/modules/markets/core/locale.ts';
import { URLSET_CLOSE, urlEntry, urlsetOpen } from './core/sitemap-xml.ts';

/** hreflang value for a storefront locale: language plus country ("de-AT", "zh-SG"). */
export function hreflangOf(l: Pick<Locale, 'language' | 'country'>): string {
  return `${l.language.split('-')[0]}-${l.country}`;
}

/** The sitemap file name of a locale: "en-us", "de-de", "zh-cn-sg". */
export function sitemapName(l: Locale): string {
  return `${l.language.toLowerCase()}-${l.country.toLowerCase()}`;
}

/** One locale's sitemap, streamed entry by entry; every URL lists all locales' alternates. */
export async function* localeSitemap(db: Db, config: MarketConfig, locale: Locale, origin: string): AsyncGenerator<string> {
  const locales = allLocales(config);
  const [entries, pageEntries] = await Promise.all([sitemapEntries(db), sitemapPages(db)]);
  const href = (l: Locale, path: string) => `${origin}${l.pathPrefix}${path === '/' && l.pathPrefix ? '' : path}`;
  const alternates = (pathFor: (l: Locale) => string) => [
    ...locales.map((l) => ({ hreflang: hreflangOf(l), href: href(l, pathFor(l)) })),
    { hreflang: 'x-default', href: href(locales.find((l) => l.pathPrefix === '')!, pathFor(locales.find((l) => l.pathPrefix === '')!)) },
  ];
  yield urlsetOpen();
  for (const path of ['/', '/collections']) {
    yield urlEntry({ loc: href(locale, path), alternates: alternates(() => path) });
  }
  for (const e of entries) {
    const pathFor = (l: Locale) => `/${e.kind === 'product' ? 'products' : 'collections'}/${encodeURIComponent(e.handles.get(l.language) ?? e.handle)}`;
    yield urlEntry({ loc: href(locale, pathFor(locale)), lastmod: e.updatedAt, alternates: alternates(pathFor) });
  }
  for (const p of pageEntries) {
    const pathFor = (l: Locale) => `/pages/${encodeURIComponent(p.handles.get(l.language) ?? p.handle)}`;
    yield urlEntry({ loc: href(locale, pathFor(locale)), lastmod: p.updatedAt, alternates: alternates(pathFor) });
  }
  yield URLSET_CLOSE;
}
