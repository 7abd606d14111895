import { redirect, type MiddlewareFunction } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { defaultLocale } from '#app/modules/markets/core/market.ts';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { localeFromPath } from './locale.server.ts';
import { publicOrigin } from './origin.server.ts';
import { storefrontContext } from './request-context.ts';
import { createInProcessStorefront } from './storefront-client.server.ts';

/** Builds the per-request storefront context: market config, locale and the API client. */
export const storefrontMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const db = getDb();
  const config = await getMarketConfig(db);
  const url = new URL(request.url);
  const { locale, prefixed } = localeFromPath(config, url.pathname);
  // The default locale has no prefix: /en-us/x is the same page as /x.
  if (prefixed && locale && locale.pathPrefix === '') {
    const rest = url.pathname.split('/').slice(2).join('/').replace(/^\/+/, '');
    throw redirect(`/${rest}${url.search}`, 301);
  }
  // One URL per page: a trailing slash ("/de-de/", "/products/x/") 301s to the canonical form.
  // Leading slashes collapse too, so "//host/" can never become an off-site redirect.
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (isRead && url.pathname.length > 1 && url.pathname.endsWith('/') && !/^\/(app|api)(\/|$)/.test(url.pathname)) {
    throw redirect(`/${url.pathname.replace(/^\/+|\/+$/g, '')}${url.search}`, 301);
  }
  const renderLocale = locale ?? defaultLocale(config);
  const origin = publicOrigin(request);
  const storefront = createInProcessStorefront({
    db,
    origin,
    i18n: { language: toLanguageCode(renderLocale.language) as never, country: renderLocale.country as never },
    cache: getEnv().STOREFRONT_CACHE_MAX_ENTRIES > 0 ? undefined : null,
  });
  context.set(storefrontContext, { db, origin, config, locale, renderLocale, storefront });
  return next();
};
