import { data, type RouterContextProvider } from 'react-router';
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

export function notFound(): never {
  throw data(null, { status: 404 });
}

/** Reads a bounded integer query parameter; absurd values fall back to the default. */
export function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw == null || !/^\d{1,6}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}
