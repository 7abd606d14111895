import { data, redirect, type RouterContextProvider } from 'react-router';
import { localeTag } from '#app/modules/markets/core/locale.ts';
import { findRedirect, recordNotFound } from '#app/modules/seo/redirects.server.ts';
import type { StorefrontRequest } from './request-context.ts';
import { assertLocaleParam } from './locale.server.ts';
import { storefrontContext } from './request-context.ts';

/** Public pages may be cached by shared caches, and served stale while they refresh. */
export const PUBLIC_PAGE_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';

/**
 * A shopper with a cart sees their own cart count in the header, so their pages must not
 * land in a shared cache; everyone else gets the public policy.
 */
export function pageCache(request: Request): string {
  return /(?:^|;\s*)cart=/.test(request.headers.get('cookie') ?? '') ? 'private, no-cache' : PUBLIC_PAGE_CACHE;
}

/** The storefront context for a `($locale)` route; throws a 404 for an unknown locale prefix. */
export function storefrontFor(context: Readonly<RouterContextProvider>, localeParam: string | undefined) {
  const sf = context.get(storefrontContext);
  const locale = assertLocaleParam(sf.config, localeParam);
  return { ...sf, locale };
}

/**
 * A storefront page that does not exist: a 301 if a redirect matches the path in this locale
 * (or in every locale), else a 404 that is counted in the 404 log (admin: one click to redirect it).
 */
export async function missingPage(request: Request, sf: Pick<StorefrontRequest, 'db'> & { locale: { language: string; country: string; pathPrefix: string } }): Promise<never> {
  const { pathname } = new URL(request.url);
  const prefix = sf.locale.pathPrefix;
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  const locale = localeTag(sf.locale);
  const target = await findRedirect(sf.db, locale, path);
  if (target) throw redirect(target.startsWith('/') ? `${prefix}${target}` : target, 301);
  await recordNotFound(sf.db, locale, path);
  throw data(null, { status: 404 });
}

/** Reads a bounded integer query parameter; absurd values fall back to the default. */
export function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw == null || !/^\d{1,6}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}
