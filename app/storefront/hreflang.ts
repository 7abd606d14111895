/**
 * hreflang alternates for a storefront page. A resource page passes its path in every content
 * language (localized handles); other pages have the same path everywhere. Every locale's page
 * lists the same set, so the alternates are reciprocal; x-default is the unprefixed locale's URL.
 */
export interface HreflangLocale {
  hreflang: string;
  language: string;
  prefix: string;
}

export function hreflangLinks(
  seo: { origin: string; pathRest: string; locales: HreflangLocale[] },
  localizedPaths?: Record<string, string> | null,
): { hreflang: string; href: string }[] {
  const pathIn = (language: string) => localizedPaths?.[language] ?? seo.pathRest;
  const href = (l: HreflangLocale) => {
    const path = pathIn(l.language);
    return `${seo.origin}${l.prefix}${path === '/' && l.prefix ? '' : path}`;
  };
  const links = seo.locales.map((l) => ({ hreflang: l.hreflang, href: href(l) }));
  const fallback = seo.locales.find((l) => l.prefix === '');
  if (fallback) links.push({ hreflang: 'x-default', href: href(fallback) });
  return links;
}
