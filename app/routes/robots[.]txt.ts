import { publicOrigin } from '#app/lib/origin.server.ts';
import type { Route } from './+types/robots[.]txt';

/** robots.txt: everything public is crawlable; carts, search results and APIs are not. */
export function loader({ request }: Route.LoaderArgs) {
  const origin = publicOrigin(request);
  const body = [
    'User-agent: *',
    'Disallow: /cart',
    'Disallow: /*/cart',
    'Disallow: /search',
    'Disallow: /*/search',
    'Disallow: /api/',
    'Disallow: /locale',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
}
