import type { I18nBase } from '@shopify/hydrogen';
import type { StorefrontApiClient } from './api-client.ts';

/**
 * What the storefront needs from the mode it runs in, and nothing more. Standalone mode
 * (app/storefront-api/standalone-backend.server.ts) runs Meridian's Storefront API in-process
 * and keeps the 404 log and redirect hit counts; Shopify mode would return Hydrogen's HTTP client
 * for the shop and skip the two writes (`withoutLogs`). Routes never see which one they have.
 */
export interface StorefrontBackend {
  /** A Storefront API client for one request, in the shopper's locale. */
  client(options: { origin: string; i18n: I18nBase }): StorefrontApiClient;
  /** A storefront page was not found (the admin's 404 log). `locale` is a tag like "de-DE". */
  recordNotFound(locale: string, path: string): Promise<void>;
  /** The storefront followed a redirect (`UrlRedirect.id`), for the admin's hit counts. */
  redirectFollowed(id: string): Promise<void>;
}

/** A backend's client with no logs of its own (Shopify keeps its own 404 and redirect data). */
export function withoutLogs(client: StorefrontBackend['client']): StorefrontBackend {
  return { client, recordNotFound: async () => {}, redirectFollowed: async () => {} };
}
