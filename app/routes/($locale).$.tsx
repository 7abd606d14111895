import { missingPage, storefrontFor } from '#app/storefront/page.server.ts';
import type { Route } from './+types/($locale).$';

/** Any other path: a redirect if one matches, else a localized 404 (rendered by the root ErrorBoundary). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  return missingPage(request, storefrontFor(context, params.locale));
}

export default function CatchAll() {
  return null;
}
