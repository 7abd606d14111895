import { data } from 'react-router';
import { storefrontFor } from '#app/lib/page.server.ts';
import type { Route } from './+types/($locale).$';

/** Any other path is a localized 404 (rendered by the root ErrorBoundary). */
export async function loader({ params, context }: Route.LoaderArgs) {
  storefrontFor(context, params.locale);
  throw data(null, { status: 404 });
}

export default function CatchAll() {
  return null;
}
