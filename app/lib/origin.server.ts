import { data } from 'react-router';
import { getEnv } from '#app/env.server.ts';

/** Public origin for absolute URLs: PUBLIC_STORE_URL, else the request's own origin. */
export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_STORE_URL;
  if (configured) return configured.replace(/\/$/, '');
  return new URL(request.url).origin;
}

/** Same-origin check for every POST: browsers send Origin on cross-site form posts. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && new URL(origin).host !== host) throw data({ error: 'csrf' }, { status: 403 });
}
