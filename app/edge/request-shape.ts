/**
 * What a request must look like before any route sees it: methods the app answers, a path and
 * query that decode and hold no NUL, and a body type the receiving route can read.
 */

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;
/** The Storefront API also answers CORS preflights. */
export const API_METHODS = [...ALLOWED_METHODS, 'OPTIONS'] as const;

export type ShapeProblem =
  | { status: 405; allow: readonly string[] }
  | { status: 400; reason: 'badEncoding' | 'nulInQuery' }
  | { status: 403; reason: 'crossSite' }
  | { status: 404; reason: 'nulInPath' }
  | { status: 415; reason: 'notAForm' };

/** Who sent a request: its Origin header and the host it was sent to (X-Forwarded-Host, else Host). */
export interface Sender {
  origin?: string;
  host?: string;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The problem with a request's method, URL, body type or origin, or null. `rawUrl` is the path and query as sent. */
export function shapeProblem(
  method: string,
  rawUrl: string,
  contentType: string | undefined,
  sender: Sender = {},
): ShapeProblem | null {
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
  const api = rawPath.startsWith('/api/');
  const allowed: readonly string[] = api ? API_METHODS : ALLOWED_METHODS;
  if (!allowed.includes(method)) return { status: 405, allow: allowed };
  let path: string;
  let query: string;
  try {
    path = decodeURIComponent(rawPath);
    query = decodeURIComponent(rawQuery.replace(/\+/g, ' '));
  } catch {
    return { status: 400, reason: 'badEncoding' };
  }
  if (path.includes('\0')) return { status: 404, reason: 'nulInPath' };
  if (query.includes('\0')) return { status: 400, reason: 'nulInQuery' };
  // Pages and admin actions read forms; only the API and webhooks take JSON.
  if (method === 'POST' && !api && !rawPath.startsWith('/webhooks/')) {
    const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type && !FORM_TYPES.includes(type)) return { status: 415, reason: 'notAForm' };
    // A form posted from another site (browsers send Origin on every cross-site post; `null` from
    // sandboxed frames). The routes check again; refusing here keeps forged posts out of the app.
    const { origin, host } = sender;
    if (origin && host && URL.parse(origin)?.host !== host) return { status: 403, reason: 'crossSite' };
  }
  return null;
}

/**
 * Watches a urlencoded body chunk by chunk for a NUL, raw or as `%00`, which may straddle two
 * chunks. PostgreSQL cannot store NUL, so no form field may carry one.
 */
export function nulWatcher(): (chunk: Buffer) => boolean {
  let tail = '';
  return (chunk) => {
    const text = tail + chunk.toString('latin1');
    tail = text.slice(-2);
    return /%00|\0/.test(text);
  };
}
