import { getDb } from '#app/db/client.server.ts';
import { absoluteUrlCache, publicOrigin } from '#app/lib/origin.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { sitemapIndex } from '#app/modules/seo/core/sitemap-xml.ts';
import { sitemapFiles } from '#app/modules/seo/sitemap.server.ts';
import type { Route } from './+types/sitemap[.]xml';

/** /sitemap.xml: an index of every locale's sitemap files. */
export async function loader({ request }: Route.LoaderArgs) {
  const origin = publicOrigin(request);
  const db = getDb();
  const files = await sitemapFiles(db, await getMarketConfig(db));
  const body = sitemapIndex(files.map((f) => ({ loc: `${origin}/sitemap/${f}` })));
  return new Response(body, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': absoluteUrlCache('public, max-age=3600'),
    },
  });
}
