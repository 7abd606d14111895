import { getEnv } from '#app/env.server.ts';

/** Public origin for absolute URLs: PUBLIC_STORE_URL, else the request's own origin. */
export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_STORE_URL;
  if (configured) return configured.replace(/\/$/, '');
  return new URL(request.url).origin;
}
