import { createContext } from 'react-router';
import type { Db } from '#app/db/client.server.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import type { Locale } from '#app/modules/markets/core/locale.ts';
import type { StorefrontApiClient } from './storefront-client.server.ts';

/** What every storefront loader gets from the root middleware. */
export interface StorefrontRequest {
  db: Db;
  origin: string;
  config: MarketConfig;
  /** The locale the URL asked for; null when its prefix names no storefront locale. */
  locale: Locale | null;
  /** Locale used to render (the URL's, or the default one for unknown prefixes). */
  renderLocale: Locale;
  storefront: StorefrontApiClient;
}

export const storefrontContext = createContext<StorefrontRequest>();
