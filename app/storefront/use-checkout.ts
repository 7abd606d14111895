import { useRouteLoaderData } from 'react-router';
import type { CheckoutView } from '#app/storefront/checkout-route.server.ts';

/** The checkout frame's data, for the step routes. */
export function useCheckout(): { view: CheckoutView; base: string } {
  const d = useRouteLoaderData<{ view: CheckoutView; base: string }>('routes/($locale).checkout.$token');
  if (!d) throw new Error('useCheckout() outside the checkout');
  return d;
}
