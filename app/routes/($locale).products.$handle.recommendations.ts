import { data } from 'react-router';
import { pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { loadRecommendations } from '#app/storefront/recommendations.server.ts';
import type { Route } from './+types/($locale).products.$handle.recommendations';

/** A product page's recommendations, which browsers ask for once the page is interactive. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const recommendations = await loadRecommendations(sf, params.handle);
  return data({ recommendations }, { headers: { 'Cache-Control': pageCache(request) } });
}
