import type {
  CacheCustom,
  CacheLong,
  CacheNone,
  CacheShort,
  CachingStrategy,
  generateCacheControlHeader,
  I18nBase,
  StorefrontMutations,
  StorefrontQueries,
} from '@shopify/hydrogen';
import type { ExecutionResult } from 'graphql';

/** Result and variable types come from codegen (app/storefrontapi.generated.d.ts), as with Hydrogen's client. */
type Gen<M, Q extends string> = Q extends keyof M
  ? M[Q]
  : { return: Record<string, unknown>; variables: Record<string, unknown> };
type Vars<M, Q extends string> = Omit<
  Gen<M, Q> extends { variables: infer V } ? V : never,
  'country' | 'language'
>;
type Ret<M, Q extends string> = (Gen<M, Q> extends { return: infer R } ? R : never) & {
  errors?: ExecutionResult['errors'];
};

/**
 * The storefront's Storefront API client: Hydrogen's createStorefrontClient interface (query,
 * mutate, i18n, cache strategies), whichever backend answers it.
 */
export interface StorefrontApiClient {
  query<Q extends string>(
    query: Q,
    options?: { variables?: Vars<StorefrontQueries, Q>; cache?: CachingStrategy },
  ): Promise<Ret<StorefrontQueries, Q>>;
  mutate<Q extends string>(
    mutation: Q,
    options?: { variables?: Vars<StorefrontMutations, Q> },
  ): Promise<Ret<StorefrontMutations, Q>>;
  i18n: I18nBase;
  CacheNone: typeof CacheNone;
  CacheShort: typeof CacheShort;
  CacheLong: typeof CacheLong;
  CacheCustom: typeof CacheCustom;
  generateCacheControlHeader: typeof generateCacheControlHeader;
}
