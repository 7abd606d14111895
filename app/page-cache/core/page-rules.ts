/**
 * The page cache's rules (ADR 0027), pure: which requests may be answered from it, what they are
 * keyed by, which responses may be stored, for how long, and the headers a hit carries.
 * No I/O and no clock: callers pass `now`.
 */

import { isbot } from 'isbot';

/**
 * Paths whose answers are per buyer, per staff member or machine-to-machine: never cached, with or
 * without a locale prefix (any first segment, so a few odd paths are left out too: safe).
 */
const NEVER = /^\/(?:[^/?]+\/)?(?:app|api|cart|checkout|account|returns|webhooks|locale)(?:[/?.]|$)/i;

/** The headers the rules read, as Node gives them (lower-case names). */
export interface RequestFacts {
  method: string | undefined;
  url: string | undefined;
  cookie: string | string[] | undefined;
  authorization: string | string[] | undefined;
  acceptLanguage: string | string[] | undefined;
  userAgent: string | undefined;
}

/** Cookies that make a page someone's own: the cart (its count shows in the header) and the session. */
const PERSONAL_COOKIE = /(?:^|;)\s*(?:cart|session)=/;
/** Once set, the locale banner never shows, so Accept-Language stops mattering (locale-suggestion.server.ts). */
const LOCALE_HINT_COOKIE = /(?:^|;)\s*meridian_locale_hint=[^;\s]/;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(';') : v);

/**
 * The key of a request the page cache may answer, or null when it must go to the app: only
 * anonymous GET/HEAD (no cart or session cookie, no Authorization) to a storefront path. The
 * method is not part of the key (HEAD is GET without a body). The page reads two more inputs, so
 * the key holds them too: the locale banner (Accept-Language, normalised for case and spaces,
 * unless the shopper has already chosen a store; a page showing the banner is private and never
 * stored, but the same URL without it must not reach a browser that should see it), and whether
 * the client is a crawler (entry.server.tsx renders the whole page at once for crawlers and
 * streams it for browsers).
 */
export function pageKey(req: RequestFacts): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url;
  if (!url || url.charCodeAt(0) !== 47 /* / */ || NEVER.test(url)) return null;
  if (req.authorization !== undefined) return null;
  const cookie = first(req.cookie) ?? '';
  if (cookie && PERSONAL_COOKIE.test(cookie)) return null;
  const client = isbot(req.userAgent ?? '') ? '\nbot' : '';
  if (cookie && LOCALE_HINT_COOKIE.test(cookie)) return `${url}${client}\nchosen`;
  const languages = first(req.acceptLanguage);
  return `${url}${client}${languages ? `\n${languages.toLowerCase().replace(/\s+/g, '')}` : ''}`;
}

/** Cache-Control directives as numbers of seconds (absent ones omitted). */
export function cacheControlOf(header: string | undefined): {
  isPublic: boolean;
  forbids: boolean;
  maxAge?: number;
  sMaxAge?: number;
  staleWhileRevalidate?: number;
} {
  const out: ReturnType<typeof cacheControlOf> = { isPublic: false, forbids: false };
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, value] = part.trim().split('=') as [string, string | undefined];
    if (name === 'public') out.isPublic = true;
    else if (name === 'private' || name === 'no-store' || name === 'no-cache') out.forbids = true;
    else if (value && /^\d+$/.test(value)) {
      if (name === 'max-age') out.maxAge = Number(value);
      else if (name === 's-maxage') out.sMaxAge = Number(value);
      else if (name === 'stale-while-revalidate') out.staleWhileRevalidate = Number(value);
    }
  }
  return out;
}

/**
 * How long a response may be served from this cache, or null when it must not be stored: a 200
 * marked public, without Set-Cookie, with a freshness lifetime. `fresh` is the page's own max-age
 * (the shortest it declares), capped, so a change no domain event announces (stock, menus) shows
 * within that time; `stale` is its stale-while-revalidate, capped the same way, during which the
 * old copy is served only while one request renders the new one. Nothing outlives what the page declared.
 */
export function storableFor(
  status: number,
  headers: { cacheControl: string | undefined; setCookie: unknown; vary: string | undefined },
  cap: number,
): { fresh: number; stale: number } | null {
  if (status !== 200 || headers.setCookie !== undefined) return null;
  // The key holds Accept-Language and nothing else a header could change.
  const vary = (headers.vary ?? '')
    .toLowerCase()
    .split(',')
    .map((v) => v.trim());
  if (vary.some((v) => v && v !== 'accept-encoding' && v !== 'accept-language')) return null;
  const cc = cacheControlOf(headers.cacheControl);
  if (!cc.isPublic || cc.forbids) return null;
  const lifetimes = [cc.maxAge, cc.sMaxAge].filter((n): n is number => n !== undefined);
  if (!lifetimes.length || Math.min(...lifetimes) <= 0) return null;
  return { fresh: Math.min(cap, ...lifetimes), stale: Math.min(cap, cc.staleWhileRevalidate ?? 0) };
}

/** Whether an If-None-Match header names this strong ETag (or `*`); weak forms match too (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best stored encoding the client accepts (brotli, then gzip), by Accept-Encoding. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    if (q && Number(q.trim().slice(2)) === 0) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === 'x-gzip') gzip = true;
    else if (name === '*') br = gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

/** Seconds since storing, as the Age header says it (whole seconds, never negative). */
export function ageSeconds(storedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - storedAt) / 1000));
}
