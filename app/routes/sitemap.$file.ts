import { getDb } from '#app/db/client.server.ts';
import { absoluteUrlCache, publicOrigin } from '#app/lib/origin.server.ts';
import { textStream } from '#app/lib/stream.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { localeSitemap, parseSitemapFile } from '#app/modules/seo/sitemap.server.ts';
import type { Route } from './+types/sitemap.$file';

/** /sitemap/<locale>.xml and /sitemap/<locale>-products-<n>.xml, streamed with backpressure. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const db = getDb();
  const config = await getMarketConfig(db);
  const file = parseSitemapFile(config, params.file);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const stream = textStream(localeSitemap(db, config, file.locale, publicOrigin(request), file.part));
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': absoluteUrlCache('public, max-age=3600'),
    },
  });
}
