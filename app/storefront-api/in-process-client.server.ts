import {
  CacheCustom,
  CacheLong,
  CacheNone,
  CacheShort,
  generateCacheControlHeader,
  type CachingStrategy,
  type I18nBase,
} from '@shopify/hydrogen';
import type { ExecutionResult } from 'graphql';
import type { Db } from '#app/db/client.server.ts';
import type { StorefrontApiClient } from '#app/storefront/api-client.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { ResultCache, type CachePolicy } from '#app/lib/result-cache.server.ts';
import { notePageData } from '#app/page-cache/tag-collector.server.ts';
import { processResultCache } from './http-result-cache.server.ts';

/**
 * The storefront's Storefront API client in standalone mode: the same query/mutate
 * interface and cache strategies as Hydrogen's createStorefrontClient, executing
 * Meridian's schema in-process instead of over a loopback HTTP hop
 * (docs/decisions/0003-in-process-storefront-client.md).
 */
export type { StorefrontApiClient };

/** One cache per process, shared by all requests; null when STOREFRONT_RESULT_CACHE=off. */
export function sharedResultCache(): ResultCache<ExecutionResult> | null {
  return processResultCache<ExecutionResult>('storefront-cache');
}

function policyOf(strategy: CachingStrategy | undefined): CachePolicy | null {
  const s = strategy ?? CacheShort();
  if ((s as { mode?: string }).mode === 'no-store') return null;
  return { maxAge: s.maxAge ?? 1, staleWhileRevalidate: s.staleWhileRevalidate ?? 0 };
}

/** Hydrogen adds $country and $language from i18n when a document declares them; so does this client. */
function withLocaleVariables(query: string, i18n: I18nBase, variables: Record<string, unknown> = {}) {
  const out = { ...variables };
  if (out.country === undefined && /\$country\b/.test(query)) out.country = i18n.country;
  if (out.language === undefined && /\$language\b/.test(query)) out.language = i18n.language;
  return out;
}

export function createInProcessStorefront(options: {
  db: Db;
  origin: string;
  i18n: I18nBase;
  cache?: ResultCache<ExecutionResult> | null;
}): StorefrontApiClient {
  const { db, origin, i18n } = options;
  const cache = options.cache === undefined ? sharedResultCache() : options.cache;
  const run = async (
    query: string,
    given: Record<string, unknown>,
    strategy: CachingStrategy | undefined,
  ) => {
    // What the wire would carry: keys whose value is undefined vanish, as they do in JSON over HTTP.
    const variables = JSON.parse(JSON.stringify(given ?? {})) as Record<string, unknown>;
    const exec = () => executeStorefront(db, origin, { query, variables });
    const policy = policyOf(strategy);
    const result =
      policy && cache
        ? await cache.getOrLoad(
            `${origin}\n${query}\n${JSON.stringify(variables)}`,
            policy,
            exec,
            (r) => JSON.stringify(r.data ?? null).length,
            (r) => !r.errors?.length,
          )
        : await exec();
    // The page cache tags the page with what it shows (app/page-cache/); a no-op outside a page.
    if (result.data) notePageData(result.data);
    return { ...(result.data ?? {}), ...(result.errors?.length ? { errors: result.errors } : {}) };
  };
  return {
    query: (query, opts) =>
      run(
        query,
        withLocaleVariables(query, i18n, opts?.variables as Record<string, unknown>),
        opts?.cache,
      ) as never,
    mutate: (mutation, opts) =>
      run(
        mutation,
        withLocaleVariables(mutation, i18n, opts?.variables as Record<string, unknown>),
        CacheNone(),
      ) as never,
    i18n,
    CacheNone,
    CacheShort,
    CacheLong,
    CacheCustom,
    generateCacheControlHeader,
  };
}
