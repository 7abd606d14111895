import { getDb } from '#app/db/client.server.ts';
import { absoluteUrlCache, publicOrigin } from '#app/lib/origin.server.ts';
import { robotsTxt } from '#app/modules/seo/core/robots.ts';
import { robotsExtra } from '#app/modules/seo/settings.server.ts';
import type { Route } from './+types/robots[.]txt';

/** robots.txt: Meridian's defaults, the merchant's rules (Admin › SEO › Indexing) and the sitemap index. */
export async function loader({ request }: Route.LoaderArgs) {
  const body = robotsTxt(await robotsExtra(getDb()), `${publicOrigin(request)}/sitemap.xml`);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': absoluteUrlCache('public, max-age=300'),
    },
  });
}
