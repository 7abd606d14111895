import type { ShouldRevalidateFunctionArgs } from 'react-router';

/**
 * Whether a revalidation follows a cart form's post (add to cart on a product page). After one,
 * only what shows the cart needs to load again: the layout's count, the cart page and the
 * drawer's fetcher. A route whose data does not depend on the cart (the document, the product)
 * keeps its data rather than run its loader again for every add (Hydrogen's skeleton reloads them all).
 */
export function isCartAction({ formAction, formMethod }: ShouldRevalidateFunctionArgs): boolean {
  const path = formAction?.split('?')[0] ?? '';
  return !!formMethod && formMethod.toUpperCase() !== 'GET' && /(^|\/)cart$/.test(path);
}
