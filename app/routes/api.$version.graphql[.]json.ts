import { getDb } from '#app/db/client.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { storefrontYoga } from '#app/storefront-api/yoga.server.ts';
import type { Route } from './+types/api.$version.graphql[.]json';

/** Meridian's Storefront API over HTTP, at Shopify's path (Yoga answers other versions with 404). */
async function handle({ request }: Route.LoaderArgs | Route.ActionArgs) {
  return storefrontYoga().handle(request, { db: getDb(), origin: publicOrigin(request) });
}

export const loader = handle;
export const action = handle;
