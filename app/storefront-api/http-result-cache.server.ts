import { LRUCache } from 'lru-cache';
import { getEnv } from '#app/env.server.ts';
import { on } from '#app/lib/events.server.ts';
import { ResultCache, type CachePolicy } from '#app/lib/result-cache.server.ts';
import { parseLimited } from './limits.ts';
import { getStorefrontSchema } from './schema.server.ts';
import { isSharedQuery } from './shared-cacheability.ts';

/** One HTTP reply as Yoga wrote it: replayed byte for byte on a hit. */
export interface StoredReply {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The body gzipped, made the first time a client that accepts gzip asks. */
  gzip?: Buffer;
}

/**
 * Fresh for a few seconds, then served while one request refreshes it. Prices, catalog, content
 * and markets clear the cache through domain events at once; what has no event (stock levels,
 * a scheduled price or publication reaching its start time) shows within this bound.
 */
export const HTTP_CACHE_POLICY: CachePolicy = { maxAge: 5, staleWhileRevalidate: 25 };

/** Events after which any cached Storefront API answer may be wrong. */
export const INVALIDATING_EVENTS = ['prices-changed', 'catalog-changed', 'markets-changed'] as const;

/**
 * This process's Storefront API result cache named `name` (one per globalThis, so the server build
 * and server.ts share it), or null when STOREFRONT_RESULT_CACHE=off. The HTTP API and the
 * in-process client each hold one, with half of STOREFRONT_CACHE_MAX_BYTES each, so the two
 * together stay inside the configured bound. Any event that may change an answer drops it all.
 */
export function processResultCache<T>(name: string): ResultCache<T> | null {
  const key = Symbol.for(`meridian.${name}`);
  const holder = globalThis as { [key: symbol]: ResultCache<T> | null | undefined };
  if (holder[key] === undefined) {
    const env = getEnv();
    if (env.STOREFRONT_RESULT_CACHE === 'off') holder[key] = null;
    else {
      const cache = new ResultCache<T>({
        maxEntries: env.STOREFRONT_CACHE_MAX_ENTRIES,
        maxBytes: Math.floor(env.STOREFRONT_CACHE_MAX_BYTES / 2),
      });
      for (const event of INVALIDATING_EVENTS) on(event, () => cache.clear());
      holder[key] = cache;
    }
  }
  return holder[key] ?? null;
}

/** The HTTP API's result cache (app/storefront-api/http-fast-path.server.ts). */
export function httpResultCache(): ResultCache<StoredReply> | null {
  return processResultCache<StoredReply>('storefront-http-cache');
}

/** Counted when stored, so it reserves room for the gzip variant made later (never larger than the body, give or take a header). */
export const replySize = (r: StoredReply) => 2 * r.body.length + 512;

/** Whether Yoga's reply may be kept: a 200 whose body holds no top-level errors. */
export function isStorableReply(reply: StoredReply): boolean {
  // `"errors":` with its quotes can only be a key: string contents escape their quotes.
  return reply.status === 200 && !reply.body.includes('"errors":');
}

/** The cacheability decision per document text and operation name (parsing is the costly part). */
const decisions = new LRUCache<string, boolean>({
  max: 2000,
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (_shared, key) => key.length + 1,
});

export function isSharedOperation(query: unknown, operationName: unknown): boolean {
  if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return false;
  const key = `${operationName ?? ''}\n${query}`;
  let shared = decisions.get(key);
  if (shared === undefined) {
    try {
      shared = isSharedQuery(getStorefrontSchema(), parseLimited(query), operationName);
    } catch {
      shared = false; // unparsable or over a limit: Yoga answers with the error, never cached
    }
    decisions.set(key, shared);
  }
  return shared;
}
