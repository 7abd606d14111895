import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { FastHandler } from '#app/edge/fast-lane.server.ts';
import { getEnv, type Env } from '#app/env.server.ts';
import { on } from '#app/lib/events.server.ts';
import { ageSeconds, chooseEncoding, etagMatches, pageKey, storableFor } from './core/page-rules.ts';
import { LISTING_TAG, pageTags, productTag, tagHeader, variantTag } from './core/page-tags.ts';
import { PageStore, type StoredPage } from './page-store.server.ts';
import { collectingTags } from './tag-collector.server.ts';

/**
 * The page cache for anonymous storefront pages (ADR 0027): `serve` answers hits in the fast lane,
 * before Express; `capture` sits in front of React Router and stores what may be stored.
 */
export interface PageCache {
  store: PageStore;
  serve: FastHandler;
  capture: RequestHandler;
  /** Stops listening to domain events. */
  close(): void;
}

/** Local lifetime cap (seconds): the page's own max-age bounds it further. */
const MAX_TTL_SECONDS = 300;
/** A page larger than this streams through unstored. */
const MAX_PAGE_BYTES = 4 * 1024 * 1024;

const factsOf = (req: IncomingMessage, url: string | undefined) => ({
  method: req.method,
  url,
  cookie: req.headers.cookie,
  authorization: req.headers.authorization,
  acceptLanguage: req.headers['accept-language'],
  userAgent: req.headers['user-agent'],
});

/** Vary of a cached page: its encoding, and the locale banner's language unless a store was chosen. */
const varyOf = (key: string) =>
  key.endsWith('\nchosen') ? 'Accept-Encoding' : 'Accept-Encoding, Accept-Language';

export function createPageCache(options: { maxBytes: number }): PageCache {
  const store = new PageStore(options.maxBytes);
  const unsubscribe = [
    // Prices show on nearly every page (cards, recommendations, the cart drawer's suggestions).
    on('prices-changed', () => store.purgeAll()),
    on('markets-changed', () => store.purgeAll()),
    // Named products: their pages and every listing (one may have joined or left it); anything
    // else (content, SEO, brand, policies: productIds [] or null) purges everything.
    on('catalog-changed', ({ productIds }) =>
      productIds?.length ? store.purgeTags([...productIds.map(productTag), LISTING_TAG]) : store.purgeAll(),
    ),
    // Units sold or put back: the pages showing those variants (a product page's stock and its
    // add-to-cart button). Listings show only "sold out" and catch up within their lifetime:
    // purging them on every order would empty the cache when a sale needs it most.
    on('stock-changed', ({ variantIds }) =>
      variantIds?.length ? store.purgeTags(variantIds.map(variantTag)) : store.purgeAll(),
    ),
  ];

  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    page: StoredPage,
    now: number,
    state: string,
  ) => {
    const variant = page.variants[chooseEncoding(req.headers['accept-encoding'])] ?? page.variants.identity;
    const age = String(ageSeconds(page.storedAt, now));
    if (etagMatches(req.headers['if-none-match'], variant.etag)) {
      // A 304 carries what a 200 would, but no body or its length (RFC 9110 §15.4.5).
      const headers: string[] = ['etag', variant.etag, 'age', age, 'x-cache', state];
      for (let i = 0; i < variant.headers.length; i += 2)
        if (variant.headers[i] !== 'content-length')
          headers.push(variant.headers[i]!, variant.headers[i + 1]!);
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, [...variant.headers, 'etag', variant.etag, 'age', age, 'x-cache', state]);
    res.end(req.method === 'HEAD' ? undefined : variant.body);
    return true;
  };

  const serve: FastHandler = (req, res) => {
    // A request that declares a body is the edge's to judge (ADR 0016).
    if (req.headers['transfer-encoding'] || (req.headers['content-length'] ?? '0') !== '0') return false;
    const key = pageKey(factsOf(req, req.url));
    if (!key) return false;
    const now = Date.now();
    const page = store.get(key, now);
    if (page && now < page.expiresAt) return answer(req, res, page, now, 'HIT');
    if (!store.worthWaiting(key)) return false;
    const flight = store.flight(key, now);
    // Expired: the old copy while one request renders the new one (the page's stale-while-revalidate).
    if (flight && page) return answer(req, res, page, now, 'STALE');
    // Not stored yet: wait for the render already under way rather than start another.
    if (flight)
      return flight.then(() => {
        const later = Date.now();
        const landed = store.get(key, later);
        return landed && later < landed.expiresAt ? answer(req, res, landed, later, 'HIT') : false;
      });
    // This request renders it; whatever becomes of it, the others stop waiting when it closes.
    store.takeOff(key, now);
    res.once('close', () => store.land(key));
    return false;
  };

  const capture: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Admin writes that no domain event announces yet (menus, collections): this process's
      // pages go at once; other processes' within the page's max-age.
      if (/^\/app(?:[/?.]|$)/.test(req.originalUrl))
        res.on('finish', () => res.statusCode < 400 && store.purgeAll());
      return next();
    }
    const key = pageKey(factsOf(req, req.originalUrl));
    if (!key || req.method === 'HEAD') return next();
    const generation = store.generation;
    const tags = new Set<string>();
    capturePage(res, {
      notStorable: () => {
        store.notStorable(key);
        store.land(key);
      },
      complete: (body, lifetime) => {
        const seen = pageTags(tags);
        const vary = varyOf(key);
        const headers = res.getHeaders();
        res.setHeader('vary', vary);
        res.setHeader('x-cache', 'MISS');
        const storing = { body, headers, vary, tags: seen, storedAt: Date.now() };
        void store
          .put(key, { ...storing, ttlSeconds: lifetime.fresh, staleSeconds: lifetime.stale }, generation)
          .catch(() => undefined);
        store.land(key);
        return seen;
      },
    });
    collectingTags(tags, next);
  };

  return { store, serve, capture, close: () => unsubscribe.forEach((off) => off()) };
}

/**
 * Holds a storable response's body until it ends, then sends it whole with its ETag and tags (a CDN
 * needs every tag in the headers, and deferred data adds tags after the first bytes are ready);
 * anything not storable (status, Cache-Control, Set-Cookie, size) streams through untouched.
 */
function capturePage(
  res: ServerResponse,
  on: {
    notStorable: () => void;
    complete: (body: Buffer, lifetime: { fresh: number; stale: number }) => readonly string[];
  },
): void {
  const write = res.write;
  const end = res.end;
  const chunks: Buffer[] = [];
  let size = 0;
  let lifetime: { fresh: number; stale: number } | null | undefined;
  const release = () => {
    res.write = write;
    res.end = end;
  };
  const decide = () => {
    if (lifetime === undefined) {
      lifetime = res.headersSent
        ? null
        : storableFor(
            res.statusCode,
            {
              cacheControl: res.getHeader('cache-control') as string | undefined,
              setCookie: res.getHeader('set-cookie'),
              vary: res.getHeader('vary') as string | undefined,
            },
            MAX_TTL_SECONDS,
          );
      if (!lifetime) on.notStorable();
    }
    if (lifetime) return true;
    release();
    return false;
  };
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : Buffer.from(chunk as Uint8Array);
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (!decide()) return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    const buffer = toBuffer(chunk, rest[0]);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) {
      release();
      on.notStorable();
      return (write as (chunk: Buffer) => boolean).call(this, Buffer.concat(chunks));
    }
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (!decide()) return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function')
      chunks.push(toBuffer(chunk, rest[0]));
    const callback = [chunk, ...rest].find((r) => typeof r === 'function') as (() => void) | undefined;
    release();
    const body = Buffer.concat(chunks);
    const tags = on.complete(body, lifetime!);
    // No ETag here: compression may still re-encode this body; hits carry one per stored encoding.
    res.setHeader('surrogate-key', tagHeader(tags, ' '));
    res.setHeader('cache-tag', tagHeader(tags, ','));
    return (end as (chunk: Buffer, cb?: () => void) => ServerResponse).call(this, body, callback);
  } as ServerResponse['end'];
}

/** The page cache as configured (PAGE_CACHE, PAGE_CACHE_MAX_BYTES), or null when it is off. */
export function pageCacheFromEnv(
  env: Pick<Env, 'PAGE_CACHE' | 'PAGE_CACHE_MAX_BYTES'> = getEnv(),
): PageCache | null {
  if (env.PAGE_CACHE === 'off' || env.PAGE_CACHE_MAX_BYTES <= 0) return null;
  return createPageCache({ maxBytes: env.PAGE_CACHE_MAX_BYTES });
}
