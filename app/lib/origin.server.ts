import { data } from 'react-router';
import { getEnv, type Env } from '#app/env.server.ts';

/** Public origin for absolute URLs: PUBLIC_STORE_URL, else the request's own origin. */
export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_STORE_URL;
  if (configured) return configured.replace(/\/$/, '');
  return new URL(request.url).origin;
}

/**
 * Cache-Control for a response that holds absolute URLs (canonical, hreflang, sitemaps): public
 * only when they come from PUBLIC_STORE_URL. Without it they come from the request's Host header,
 * and one request with `Host: evil.example` must not land in a shared cache for everyone.
 */
export function absoluteUrlCache(
  publicPolicy: string,
  env: Pick<Env, 'PUBLIC_STORE_URL'> = getEnv(),
): string {
  return env.PUBLIC_STORE_URL ? publicPolicy : 'private, max-age=60';
}

/** Same-origin check for every POST: browsers send Origin on cross-site form posts. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  // `Origin: null` (sandboxed frames, privacy redirects) and unparsable values are another origin.
  if (origin && host && URL.parse(origin)?.host !== host) throw data({ error: 'csrf' }, { status: 403 });
}
