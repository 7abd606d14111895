import { data, redirect } from 'react-router';
import { localeTag } from '#app/modules/markets/core/locale.ts';
import { absoluteUrlCache } from '#app/lib/origin.server.ts';
import type { StorefrontPage } from './storefront-context.server.ts';

export { storefrontFor } from './storefront-context.server.ts';

/** Public pages may be cached by shared caches, and served stale while they refresh. */
export const PUBLIC_PAGE_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';

/**
 * A shopper with a cart sees their own cart count in the header, so their pages must not
 * land in a shared cache; everyone else gets the public policy (when the store's URL is configured).
 */
export function pageCache(request: Request): string {
  return /(?:^|;\s*)cart=/.test(request.headers.get('cookie') ?? '')
    ? 'private, no-cache'
    : absoluteUrlCache(PUBLIC_PAGE_CACHE);
}

/**
 * A storefront page that does not exist: a 301 if the Storefront API has a redirect for the path
 * in this locale (or in every locale), else a 404 that the backend logs (admin: one click to redirect it).
 */
export async function missingPage(
  request: Request,
  sf: Pick<StorefrontPage, 'storefront' | 'backend' | 'locale'>,
): Promise<never> {
  const { pathname } = new URL(request.url);
  const prefix = sf.locale.pathPrefix;
  const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
  const { urlRedirects, errors } = await sf.storefront.query(URL_REDIRECT_QUERY, {
    variables: { query: `path:${JSON.stringify(path)}` },
    cache: sf.storefront.CacheNone(),
  });
  if (errors?.length) throw new Error(errors[0]?.message);
  const hit = urlRedirects.nodes[0];
  if (hit) {
    await sf.backend.redirectFollowed(hit.id);
    throw redirect(hit.target.startsWith('/') ? `${prefix}${hit.target}` : hit.target, 301);
  }
  await sf.backend.recordNotFound(localeTag(sf.locale), path);
  throw data(null, { status: 404 });
}

/** Reads a bounded integer query parameter; absurd values fall back to the default. */
export function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw == null || !/^\d{1,6}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

const URL_REDIRECT_QUERY = `#graphql
  query UrlRedirect($query: String!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    urlRedirects(first: 1, query: $query) { nodes { id target } }
  }
` as const;
