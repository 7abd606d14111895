import { getDb, type Db } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { parseGid } from '#app/lib/gid.ts';
import { createInProcessStorefront } from '#app/storefront-api/in-process-client.server.ts';
import { countRedirectHit, recordNotFound } from '#app/modules/seo/redirects.server.ts';
import type { StorefrontBackend } from '#app/storefront/backend.ts';

/**
 * The storefront's backend in standalone mode: Meridian's own Storefront API, run in-process
 * (docs/decisions/0003), and the 404 log and redirect hits kept in Meridian's database.
 * Tests may pass their own database and turn the shared result cache off.
 */
export function standaloneBackend(options: { db?: Db; cache?: boolean } = {}): StorefrontBackend {
  const database = () => options.db ?? getDb();
  return {
    client: ({ origin, i18n }) =>
      createInProcessStorefront({
        db: database(),
        origin,
        i18n,
        cache: (options.cache ?? getEnv().STOREFRONT_CACHE_MAX_ENTRIES > 0) ? undefined : null,
      }),
    recordNotFound: (locale, path) => recordNotFound(database(), locale, path),
    redirectFollowed: async (id) => {
      const parsed = parseGid(id, 'UrlRedirect');
      if (parsed) await countRedirectHit(database(), parsed.id);
    },
  };
}
