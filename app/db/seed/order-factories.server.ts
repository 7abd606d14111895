import { createCart } from '#app/modules/cart/cart.server.ts';
import {
  loadCheckout,
  saveAddress,
  saveContact,
  savePaymentMethod,
  saveShippingRate,
} from '#app/modules/checkout/checkout.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { tokenizeTestCard } from '#app/modules/payments/core/test-cards.ts';
import type { Db } from '#app/db/client.server.ts';

/**
 * Drives a checkout through every step with the module API, up to (not including) paying: the one
 * factory the demo order history and the tests share, so both go through the real checkout.
 */
export async function readyCheckout(
  db: Db,
  input: {
    country: string;
    language: string;
    /** The address form's fields (as the address step takes them). */
    address: Record<string, string>;
    lines: { variantId: number; quantity: number }[];
    email?: string;
    card?: string;
    service?: string;
  },
) {
  const config = await getMarketConfig(db);
  const { cart, userErrors } = await createCart(db, config, {
    country: input.country,
    language: input.language,
    lines: input.lines,
  });
  if (!cart) throw new Error(`cartCreate failed: ${JSON.stringify(userErrors)}`);
  const token = cart.id;
  await saveContact(db, token, input.email ?? 'shopper@example.com');
  const address = await saveAddress(db, (await loadCheckout(db, token))!, { ...input.address });
  if (!address.ok) throw new Error(`address refused: ${JSON.stringify(address.errors)}`);
  let state = (await loadCheckout(db, token))!;
  const option = state.options.find((o) => !input.service || o.service === input.service) ?? state.options[0];
  if (!option) throw new Error('no shipping option');
  await saveShippingRate(db, state, option.rateId);
  const card = tokenizeTestCard(
    { number: input.card ?? '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' },
    new Date(),
  );
  if (!card.ok) throw new Error('bad test card');
  await savePaymentMethod(db, token, card.paymentMethod, `${card.brand} •••• ${card.last4}`);
  state = (await loadCheckout(db, token))!;
  return { token, state };
}
