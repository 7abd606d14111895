/**
 * How many body bytes each kind of request may send: enough for what its route accepts, and
 * checked while the body streams (a chunked body has no Content-Length, and one can lie).
 */
const KB = 1024;
const MB = 1024 * KB;

/** Admin routes that take a file (CSV or XLIFF, up to 10 MB, sent as a form). */
const UPLOAD_ROUTES = ['/app/seo/exchange', '/app/pricing', '/app/seo/redirects', '/app/markets/rates'];

export const BODY_LIMITS = {
  /** Storefront API: a 50,000-character query plus its variables. */
  api: 128 * KB,
  webhook: 1 * MB,
  upload: 12 * MB,
  admin: 1 * MB,
  /** Storefront forms (cart, checkout, locale) and sign-in. */
  form: 64 * KB,
} as const;

export function bodyLimitFor(pathname: string): number {
  if (pathname.startsWith('/api/')) return BODY_LIMITS.api;
  if (pathname.startsWith('/webhooks/')) return BODY_LIMITS.webhook;
  if (UPLOAD_ROUTES.includes(pathname.replace(/\/$/, ''))) return BODY_LIMITS.upload;
  // Sign-in needs no session: anyone can post there.
  if (pathname === '/app/login' || pathname.startsWith('/app/login/')) return BODY_LIMITS.form;
  if (pathname === '/app' || pathname.startsWith('/app/')) return BODY_LIMITS.admin;
  return BODY_LIMITS.form;
}
