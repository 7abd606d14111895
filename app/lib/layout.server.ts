import type { RouterContextProvider } from 'react-router';
import { resourcesFor } from '#app/i18n/resources-for.server.ts';
import { uiLanguage } from '#app/i18n/config.ts';
import { allLocales, marketForCountry } from '#app/modules/markets/core/market.ts';
import { textDirection, toLanguageCode } from '#app/modules/markets/core/locale.ts';
import { intlLocale } from './format.ts';
import { jsonLdScript } from './json-ld.ts';
import { suggestLocale } from './locale-suggestion.server.ts';
import { storefrontContext } from './request-context.ts';
import { LAYOUT_QUERY } from './storefront-queries.ts';

export interface MenuItem { id: string; title: string; type: string; url?: string | null; items?: MenuItem[] }
/** Strips the origin from Storefront API menu URLs so links stay on this host. */
function relative(url: string | null | undefined, origin: string): string | null {
  if (!url) return null;
  return url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
}

function relativeItems(items: MenuItem[] | undefined, origin: string): (MenuItem & { url: string | null })[] {
  return (items ?? []).map((i) => ({ ...i, url: relative(i.url, origin), items: relativeItems(i.items, origin) }));
}

/** Everything the root layout renders: locale, strings, menus, selector, hreflang, banner. */
export async function loadLayout(request: Request, context: Readonly<RouterContextProvider>) {
  const sf = context.get(storefrontContext);
  const locale = sf.renderLocale;
  const url = new URL(request.url);
  const layout = await sf.storefront.query(LAYOUT_QUERY, { cache: sf.storefront.CacheShort() });
  const locales = allLocales(sf.config);
  const pathRest = locale.pathPrefix && url.pathname.startsWith(locale.pathPrefix) ? url.pathname.slice(locale.pathPrefix.length) || '/' : url.pathname;
  const market = marketForCountry(sf.config, locale.country);
  const countryNames = new Map(layout.localization.availableCountries.map((c) => [c.isoCode, c.name]));
  const languageName = (lng: string) => new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng;
  const hreflang = (l: { language: string; country: string }) => `${l.language.split('-')[0]}-${l.country}`;
  const uniqueHreflang = new Map<string, string>();
  for (const l of locales) uniqueHreflang.set(hreflang(l), `${sf.origin}${l.pathPrefix}${pathRest === '/' && l.pathPrefix ? '' : pathRest}`);
  const selector = locales.map((l) => ({
    value: `${l.language}_${l.country}`,
    prefix: l.pathPrefix,
    label: `${countryNames.get(l.country as never) ?? l.country} · ${languageName(l.language)} · ${marketForCountry(sf.config, l.country)?.currency ?? ''}`,
    lang: l.language,
  })).sort((a, b) => a.label.localeCompare(b.label, locale.language));
  const organization = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': `${sf.origin}/#organization`, name: layout.shop.name, url: `${sf.origin}/`, logo: `${sf.origin}/favicon.svg` },
      {
        '@type': 'WebSite', '@id': `${sf.origin}/#website`, name: layout.shop.name, url: `${sf.origin}${locale.pathPrefix}/`, inLanguage: locale.language,
        potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${sf.origin}${locale.pathPrefix}/search?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
      },
    ],
  };
  return {
    language: uiLanguage(locale.language),
    htmlLang: locale.language === 'zh-CN' ? 'zh-Hans-SG' : `${locale.language}-${locale.country}`,
    country: locale.country,
    intlLocale: intlLocale(locale.language, locale.country),
    dir: textDirection(locale.language),
    prefix: locale.pathPrefix,
    languageCode: toLanguageCode(locale.language),
    resources: resourcesFor(locale.language),
    shopName: layout.shop.name,
    slogan: layout.shop.brand?.slogan ?? '',
    header: relativeItems(layout.header?.items, sf.origin),
    footer: relativeItems(layout.footer?.items, sf.origin),
    currency: market?.currency ?? sf.config.shopCurrency,
    taxInclusive: market?.taxInclusive ?? false,
    unitSystem: layout.localization.country.unitSystem,
    selector,
    currentSelector: `${locale.language}_${locale.country}`,
    pathRest,
    search: url.search,
    suggestion: suggestLocale(request, sf.config, locale, pathRest + url.search),
    seo: {
      canonical: `${sf.origin}${url.pathname}`,
      alternates: [...[...uniqueHreflang].map(([h, href]) => ({ hreflang: h, href })), { hreflang: 'x-default', href: `${sf.origin}${pathRest}` }],
    },
    jsonLd: jsonLdScript(organization),
  };
}
