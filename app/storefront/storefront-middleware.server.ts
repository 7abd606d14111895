import { redirect, type MiddlewareFunction } from 'react-router';
import { getEnv } from '#app/env.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { resolveSessionSecret } from '#app/lib/session-secret.server.ts';
import type { StorefrontBackend } from './backend.ts';
import { localeFromPath } from './locales.ts';
import { StorefrontSession } from './session.server.ts';
import { createStorefrontRequest, storefrontContext } from './storefront-context.server.ts';

let secret: string | undefined;

/** Builds the per-request storefront context on the given backend, and applies the URL rules every storefront page shares. */
export function storefrontMiddleware(backend: StorefrontBackend): MiddlewareFunction<Response> {
  return async ({ request, context }, next) => {
    const env = getEnv();
    const session = await StorefrontSession.init(request, {
      secret: () => (secret ??= resolveSessionSecret(env)),
      secure: env.NODE_ENV === 'production',
    });
    const sf = await createStorefrontRequest(request, { backend, origin: publicOrigin(request), session });
    const url = new URL(request.url);
    const { locale, prefixed } = localeFromPath(sf.locale.store, url.pathname);
    // The default locale has no prefix: /en-us/x is the same page as /x.
    if (prefixed && locale && locale.pathPrefix === '') {
      const rest = url.pathname.split('/').slice(2).join('/').replace(/^\/+/, '');
      throw redirect(`/${rest}${url.search}`, 301);
    }
    // One URL per page: a trailing slash ("/de-de/", "/products/x/") 301s to the canonical form.
    // Leading slashes collapse too, so "//host/" can never become an off-site redirect.
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (
      isRead &&
      url.pathname.length > 1 &&
      url.pathname.endsWith('/') &&
      !/^\/(app|api)(\/|$)/.test(url.pathname)
    ) {
      throw redirect(`/${url.pathname.replace(/^\/+|\/+$/g, '')}${url.search}`, 301);
    }
    context.set(storefrontContext, sf);
    const response = await next();
    if (sf.session.isPending) response.headers.append('Set-Cookie', await sf.session.commit());
    return response;
  };
}
