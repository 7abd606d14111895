import { cartGetIdDefault, cartSetIdDefault, createCartHandler, type Storefront } from '@shopify/hydrogen';
import { CART_COUNT_QUERY, CART_MUTATE_FRAGMENT, CART_QUERY_FRAGMENT } from '#app/storefront/cart-queries.ts';
import { getEnv } from '#app/env.server.ts';
import type { StorefrontApiClient } from './api-client.ts';

/**
 * The cart cookie carries the cart id, which opens the cart and its checkout: no script reads it
 * (HttpOnly), other sites' posts do not carry it (SameSite=Lax), and in production it travels over
 * HTTPS only. Two weeks, as Shopify keeps a cart.
 */
export function cartCookieOptions() {
  return {
    path: '/',
    httponly: true,
    samesite: 'Lax',
    secure: getEnv().NODE_ENV === 'production',
    maxage: 14 * 24 * 60 * 60,
  } as const;
}

/** Hydrogen's cart handler on the request's Storefront API client; the cart id lives in the `cart` cookie. */
export function cartHandlerFor(request: Request, storefront: StorefrontApiClient) {
  return createCartHandler({
    storefront: storefront as unknown as Storefront,
    getCartId: cartGetIdDefault(request.headers),
    setCartId: cartSetIdDefault(cartCookieOptions()),
    cartQueryFragment: CART_QUERY_FRAGMENT,
    cartMutateFragment: CART_MUTATE_FRAGMENT,
  });
}

export type CartHandler = ReturnType<typeof cartHandlerFor>;

/**
 * The cart, moved to the page's country first if it was made in another one. Hydrogen
 * storefronts often keep showing the old currency under a new locale prefix; a Meridian cart
 * always follows the prefix, re-priced in that market.
 */
export async function cartInLocale(cart: CartHandler, country: string) {
  const current = await cart.get();
  if (!current || current.buyerIdentity?.countryCode === country) return current;
  await cart.updateBuyerIdentity({ countryCode: country as never });
  return cart.get();
}

/** The header's item count (no cart: 0); cheap, never cached. */
export async function cartCount(request: Request, storefront: StorefrontApiClient): Promise<number> {
  const id = cartGetIdDefault(request.headers)();
  if (!id) return 0;
  const result = await storefront.query(CART_COUNT_QUERY, {
    variables: { cartId: id },
    cache: storefront.CacheNone(),
  });
  return result.cart?.totalQuantity ?? 0;
}
