import type { RouterContextProvider } from 'react-router';
import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';
import { intlLocale } from '#app/lib/format.ts';
import { setJsonLd } from '#app/storefront/json-ld-bodies.server.ts';
import { countryChoices, languageChoices, localeChipLabel } from '#app/storefront/locale-choice.ts';
import { suggestLocale } from '#app/storefront/locale-suggestion.server.ts';
import { storefrontContext } from '#app/storefront/storefront-context.server.ts';
import { countryOf } from '#app/storefront/locales.ts';
import { brandOf, policyLinks } from '#app/storefront/brand-and-policies.ts';
import { LAYOUT_QUERY } from '#app/storefront/storefront-queries.ts';

export interface MenuItem {
  id: string;
  title: string;
  type: string;
  url?: string | null;
  items?: MenuItem[];
}
/** Strips the origin from Storefront API menu URLs so links stay on this host. */
function relative(url: string | null | undefined, origin: string): string | null {
  if (!url) return null;
  return url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
}

export interface ShownMenuItem {
  /** The item's number, unique in the shop: enough for a React key. */
  id: string;
  title: string;
  url: string | null;
  items: ShownMenuItem[];
}

/** What the header and footer draw of a menu: every page's hydration data carries it. */
function relativeItems(items: MenuItem[] | undefined, origin: string): ShownMenuItem[] {
  return (items ?? []).map((i) => ({
    id: i.id.slice(i.id.lastIndexOf('/') + 1),
    title: i.title,
    url: relative(i.url, origin),
    items: relativeItems(i.items, origin),
  }));
}

/** The storefront chrome around every `($locale)` page: menus, locale selector, banner, market facts. */
export async function loadLayout(request: Request, context: Readonly<RouterContextProvider>) {
  const sf = context.get(storefrontContext);
  const locale = sf.locale.current;
  const url = new URL(request.url);
  const layout = await sf.storefront.query(LAYOUT_QUERY, { cache: sf.storefront.CacheShort() });
  const pathRest =
    locale.pathPrefix && url.pathname.startsWith(locale.pathPrefix)
      ? url.pathname.slice(locale.pathPrefix.length) || '/'
      : url.pathname;
  const country = countryOf(sf.locale.store, locale.country);
  const currency = layout.localization.country.currency.isoCode;
  // Country and language names in the shopper's language (Intl), chosen separately.
  const countries = countryChoices(layout.localization.availableCountries, locale.language);
  const selector = {
    countries,
    languages: languageChoices(countries, locale.language),
    chip: localeChipLabel(locale.country, currency),
  };
  const brand = brandOf(layout.shop.brand, sf.origin);
  const organization = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': `${sf.origin}/#organization`,
        name: layout.shop.name,
        url: `${sf.origin}/`,
        logo: brand.logo ? `${sf.origin}${brand.logo.url}` : `${sf.origin}/favicon.svg`,
      },
      {
        '@type': 'WebSite',
        '@id': `${sf.origin}/#website`,
        name: layout.shop.name,
        url: `${sf.origin}${locale.pathPrefix}/`,
        inLanguage: locale.language,
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${sf.origin}${locale.pathPrefix}/search?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
  setJsonLd(context, 'organization', organization);
  return {
    country: locale.country,
    intlLocale: intlLocale(locale.language, locale.country),
    prefix: locale.pathPrefix,
    shopName: layout.shop.name,
    slogan: layout.shop.brand?.slogan ?? '',
    header: relativeItems(layout.header?.items, sf.origin),
    footer: relativeItems(layout.footer?.items, sf.origin),
    policies: policyLinks(layout.shop),
    logo: brand.logo,
    brandCss: brand.css,
    language: locale.language,
    currency,
    taxInclusive: country?.taxInclusive ?? false,
    /** EU price-indication rules apply: show the 30-day lowest price next to reductions. */
    omnibus: EU_COUNTRIES.has(locale.country),
    unitSystem: layout.localization.country.unitSystem,
    selector,
    pathRest,
    search: url.search,
    suggestion: suggestLocale(request, sf.locale.store, locale, pathRest + url.search),
  };
}
