import { and, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { checkouts } from '#app/db/schema/index.ts';
import { announceEmail } from '#app/modules/email/outbox.server.ts';
import {
  CreditChangedError,
  orderByCart,
  orderedCartIds,
  placeOrder,
  recordPaymentCaptured,
  SoldOutError,
} from '#app/modules/orders/orders.server.ts';
import type { PaymentProvider, PaymentView } from '#app/modules/payments/provider.ts';
import { releaseForCart, reserveDiscounts } from '#app/modules/promotions/redemptions.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { loadCheckout, type CheckoutState } from './checkout.server.ts';
import { amountDue, quoteKey, storedQuote, type Quote, type StoredQuote } from './core/quote.ts';
import { freezeQuote } from './quote.server.ts';

/**
 * Paying: freeze the quote, create the payment (idempotency key from the quote, so a double
 * submit or a retry reuses it), confirm it as an authorisation, write the order with its stock
 * in one transaction, then capture. If the stock is gone the authorisation is released, so
 * nobody is charged for an order that could not be made.
 */

export type PayOutcome =
  | { kind: 'placed'; orderNumber: number; cartId: string }
  | { kind: 'declined'; code: string }
  | { kind: 'soldOut' }
  /** A promotion's budget or uses ran out since the review: the checkout is priced again. */
  | { kind: 'promotionsChanged' }
  /** The store credit was spent elsewhere since the review: the checkout shows what is left. */
  | { kind: 'creditChanged' }
  | { kind: 'incomplete'; step: CheckoutState['next'] | 'cart' }
  | { kind: 'pending' };

export interface OrderContext {
  orderUrl: (cartId: string, number: number) => string;
  /** Fault-injection point for the crash test: runs after the payment is confirmed, before the order is written. */
  afterConfirm?: () => void | Promise<void>;
}

/** An order paid with store credit alone has no card payment; this stands in for it. */
const creditOnly = (cartId: string, quote: Quote): PaymentView => ({
  id: `credit:${cartId}`,
  provider: 'test',
  status: 'succeeded',
  amount: amountDue(quote),
  clientSecret: null,
  metadata: {},
  lastError: null,
});

async function finalize(
  db: Db,
  provider: PaymentProvider,
  payment: PaymentView,
  quote: Quote,
  ctx: OrderContext,
): Promise<PayOutcome> {
  const shop = await getShop(db);
  const byCard = amountDue(quote).amount > 0;
  let placed;
  try {
    placed = await placeOrder(
      db,
      quote,
      { provider: byCard ? provider.kind : 'store_credit', id: payment.id },
      { shopName: shop.name, orderUrl: (n) => ctx.orderUrl(quote.cartId, n) },
    );
  } catch (error) {
    if (!(error instanceof SoldOutError) && !(error instanceof CreditChangedError)) throw error;
    if (byCard) await provider.cancelPayment(payment.id, { idempotencyKey: `cancel:${payment.id}` });
    await releaseForCart(db, quote.cartId);
    return { kind: error instanceof SoldOutError ? 'soldOut' : 'creditChanged' };
  }
  if (!byCard) {
    if (placed.created) announceEmail();
    await recordPaymentCaptured(db, placed.order.id);
    return { kind: 'placed', orderNumber: placed.order.number, cartId: quote.cartId };
  }
  if (placed.order.paymentId !== payment.id) {
    // Another payment for this cart wrote the order first (a second tab, or a webhook racing the
    // return URL after the cart changed). This one bought nothing: release it, never capture it.
    if (payment.status === 'requires_capture')
      await provider.cancelPayment(payment.id, { idempotencyKey: `cancel:${payment.id}` });
    return { kind: 'placed', orderNumber: placed.order.number, cartId: quote.cartId };
  }
  if (placed.created) announceEmail();
  if (payment.status === 'requires_capture')
    await provider.capturePayment(payment.id, { idempotencyKey: `capture:${payment.id}` });
  await recordPaymentCaptured(db, placed.order.id);
  return { kind: 'placed', orderNumber: placed.order.number, cartId: quote.cartId };
}

export async function payForCheckout(
  db: Db,
  provider: PaymentProvider,
  token: string,
  options: OrderContext & { returnUrl: string },
): Promise<PayOutcome> {
  const done = await orderByCart(db, token);
  if (done) return { kind: 'placed', orderNumber: done.number, cartId: token };
  const state = await loadCheckout(db, token);
  if (!state) return { kind: 'incomplete', step: 'cart' };
  const quote = freezeQuote(state);
  const byCard = quote ? amountDue(quote).amount > 0 : true;
  if (!quote || (byCard && !state.paymentMethod))
    return { kind: 'incomplete', step: state.next === 'review' ? 'payment' : state.next };
  // Reserved before anyone is charged, so concurrent checkouts never spend past a budget.
  const reserved = await reserveDiscounts(db, {
    cartId: token,
    email: quote.email,
    currency: quote.currency,
    discounts: quote.discounts,
  });
  if (!reserved) return { kind: 'promotionsChanged' };
  if (!byCard) return finalize(db, provider, creditOnly(token, quote), quote, options);
  const payment = await provider.createPayment({
    amount: amountDue(quote),
    idempotencyKey: `pay:${token}:${quoteKey(quote)}`,
    captureMethod: 'manual',
    metadata: { cart: token, quote: quoteKey(quote) },
    receiptEmail: quote.email,
  });
  await db
    .update(checkouts)
    .set({ paymentId: payment.id, quote: quote as unknown as Record<string, unknown> })
    .where(eq(checkouts.cartId, token));
  const confirmed = await provider.confirmPayment(payment.id, {
    paymentMethod: state.paymentMethod!,
    returnUrl: options.returnUrl,
    idempotencyKey: `confirm:${payment.id}:${state.paymentMethod}`,
  });
  await options.afterConfirm?.();
  if (confirmed.status === 'requires_capture' || confirmed.status === 'succeeded')
    return finalize(db, provider, confirmed, quote, options);
  if (confirmed.lastError) {
    // The shopper chooses another card; the same payment is confirmed again with it.
    await db
      .update(checkouts)
      .set({ paymentMethod: null, paymentLabel: null })
      .where(eq(checkouts.cartId, token));
    return { kind: 'declined', code: confirmed.lastError.declineCode ?? confirmed.lastError.code };
  }
  return { kind: 'pending' };
}

/**
 * Completes the order for a payment that went through, from the quote frozen with it:
 * the webhook, the return URL and the start-up reconciliation all call this; only the
 * first one writes the order.
 */
export async function completePayment(
  db: Db,
  provider: PaymentProvider,
  paymentId: string,
  ctx: OrderContext,
): Promise<PayOutcome> {
  const [row] = await db.select().from(checkouts).where(eq(checkouts.paymentId, paymentId));
  if (!row?.quote) return { kind: 'incomplete', step: 'cart' };
  const payment = await provider.retrievePayment(paymentId);
  if (payment.status !== 'requires_capture' && payment.status !== 'succeeded') return { kind: 'pending' };
  return finalize(db, provider, payment, storedQuote(row.quote as unknown as StoredQuote), ctx);
}

/** Payments that went through but have no order (the process died in between): finish them. */
export async function reconcilePayments(
  db: Db,
  provider: PaymentProvider,
  ctx: OrderContext,
): Promise<number> {
  const open = await db
    .select({ paymentId: checkouts.paymentId })
    .from(checkouts)
    .where(
      and(
        isNotNull(checkouts.paymentId),
        isNotNull(checkouts.quote),
        notInArray(checkouts.cartId, orderedCartIds(db)),
      ),
    );
  let completed = 0;
  for (const { paymentId } of open) {
    const outcome = await completePayment(db, provider, paymentId!, ctx);
    if (outcome.kind === 'placed') completed++;
  }
  return completed;
}
