import { data } from 'react-router';
import { allLocales, defaultLocale, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { parseLocaleSegment, type Locale } from '#app/modules/markets/core/locale.ts';

/**
 * The locale a path asks for. The first path segment is a locale prefix only if it
 * names a storefront locale; "/" and paths without one use the default locale.
 * Returns {locale: null} when the first segment looks like a prefix but is unknown.
 */
export function localeFromPath(config: MarketConfig, pathname: string): { locale: Locale | null; prefixed: boolean } {
  const segment = pathname.split('/')[1] ?? '';
  const parsed = parseLocaleSegment(segment);
  if (!parsed) return { locale: defaultLocale(config), prefixed: false };
  const match = allLocales(config).find((l) => l.language === parsed.language && l.country === parsed.country);
  return { locale: match ?? null, prefixed: true };
}

/** Route guard for `($locale)` routes: an unknown prefix is a 404. */
export function assertLocaleParam(config: MarketConfig, param: string | undefined): Locale {
  if (param === undefined) return defaultLocale(config);
  const parsed = parseLocaleSegment(param);
  const match = parsed && allLocales(config).find((l) => l.language === parsed.language && l.country === parsed.country && l.pathPrefix !== '');
  if (!match) throw data(null, { status: 404 });
  return match;
}
