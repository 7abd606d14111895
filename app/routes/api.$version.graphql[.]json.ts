import { getDb } from '#app/db/client.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { STOREFRONT_API_VERSION } from '#app/storefront-api/schema/official-schema.server.ts';
import { storefrontYoga } from '#app/storefront-api/yoga.server.ts';
import type { Route } from './+types/api.$version.graphql[.]json';

/** Meridian's Storefront API over HTTP, at Shopify's path. */
async function handle({ request, params }: Route.LoaderArgs | Route.ActionArgs) {
  if (params.version !== STOREFRONT_API_VERSION) {
    return Response.json({ errors: [{ message: `Unsupported API version ${params.version}; this server speaks ${STOREFRONT_API_VERSION}` }] }, { status: 404 });
  }
  return storefrontYoga().handle(request, { db: getDb(), origin: publicOrigin(request) });
}

export const loader = handle;
export const action = handle;
