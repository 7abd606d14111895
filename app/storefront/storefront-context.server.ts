import { createContext, type RouterContextProvider } from 'react-router';
import { toLanguageCode, type Locale } from '#app/modules/markets/core/locale.ts';
import type { StorefrontApiClient } from './api-client.ts';
import type { StorefrontBackend } from './backend.ts';
import { cartHandlerFor, type CartHandler } from './cart-handler.server.ts';
import {
  assertLocaleParam,
  localeFromPath,
  STORE_LOCALIZATION_QUERY,
  storeLocalesFrom,
  type StoreLocales,
} from './locales.ts';
import type { StorefrontSession } from './session.server.ts';

/**
 * What every storefront loader gets, as Hydrogen's createHydrogenContext gives it: the Storefront
 * API client, the locale, the session and the cart handler. Nothing here knows the mode: the
 * backend (standalone or Shopify) only makes the client and takes the 404 log.
 */
export interface StorefrontRequest {
  storefront: StorefrontApiClient;
  locale: {
    /** The store's locales, from the Storefront API's `localization`. */
    store: StoreLocales;
    /** The locale the URL asked for; null when its prefix names no storefront locale. */
    requested: Locale | null;
    /** The locale used to render (the URL's, or the default one for unknown prefixes). */
    current: Locale;
  };
  session: StorefrontSession;
  cart: CartHandler;
  backend: StorefrontBackend;
  /** Public origin for absolute URLs (canonical, JSON-LD). */
  origin: string;
}

export const storefrontContext = createContext<StorefrontRequest>();

/**
 * The store's locales, asked of the Storefront API on every request, so from its result cache: in
 * standalone mode a market change clears that cache at once in every process (the markets-changed
 * event); on Shopify, Hydrogen's short cache bounds how long a change takes.
 */
export async function loadStoreLocales(client: StorefrontApiClient): Promise<StoreLocales> {
  const { localization } = await client.query(STORE_LOCALIZATION_QUERY, { cache: client.CacheShort() });
  return storeLocalesFrom(localization);
}

/** The storefront context for one request (see StorefrontRequest). */
export async function createStorefrontRequest(
  request: Request,
  options: { backend: StorefrontBackend; origin: string; session: StorefrontSession },
): Promise<StorefrontRequest> {
  const { backend, origin, session } = options;
  // The store's locales decide what the path's first segment means, so they come first. The query
  // declares no $country/$language, so it is answered in the shop's default locale whatever the
  // client's i18n.
  const store = await loadStoreLocales(backend.client({ origin, i18n: { language: 'EN', country: 'US' } }));
  const { locale: requested } = localeFromPath(store, new URL(request.url).pathname);
  const current = requested ?? store.defaultLocale;
  const storefront = backend.client({
    origin,
    i18n: { language: toLanguageCode(current.language) as never, country: current.country as never },
  });
  return {
    storefront,
    locale: { store, requested, current },
    session,
    cart: cartHandlerFor(request, storefront),
    backend,
    origin,
  };
}

/** What a `($locale)` route works with: the context, with the route's own locale checked. */
export type StorefrontPage = Omit<StorefrontRequest, 'locale'> & { locale: Locale; store: StoreLocales };

/** The storefront context for a `($locale)` route; throws a 404 for an unknown locale prefix. */
export function storefrontFor(
  context: Readonly<RouterContextProvider>,
  localeParam: string | undefined,
): StorefrontPage {
  const sf = context.get(storefrontContext);
  return { ...sf, locale: assertLocaleParam(sf.locale.store, localeParam), store: sf.locale.store };
}
