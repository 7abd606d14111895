import { redirect } from 'react-router';
import { requireCheckout } from '#app/storefront/checkout-route.server.ts';
import type { Route } from './+types/($locale).checkout.$token._index';

/** The checkout URL (the cart's checkoutUrl) opens the first step still to do. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { state, paths } = await requireCheckout(context, params);
  if (state.lines.length === 0) throw redirect(`${paths.base.replace(/\/checkout\/.*$/, '')}/cart`);
  throw redirect(paths.step(state.next));
}
