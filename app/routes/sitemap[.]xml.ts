import { getDb } from '#app/db/client.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { sitemapIndex } from '#app/modules/seo/core/sitemap-xml.ts';
import { sitemapName } from '#app/modules/seo/sitemap.server.ts';
import type { Route } from './+types/sitemap[.]xml';

/** /sitemap.xml: an index with one sitemap per storefront locale. */
export async function loader({ request }: Route.LoaderArgs) {
  const origin = publicOrigin(request);
  const config = await getMarketConfig(getDb());
  const body = sitemapIndex(allLocales(config).map((l) => ({ loc: `${origin}/sitemap/${sitemapName(l)}.xml` })));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
