import type { Db } from '#app/db/client.server.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { verifyStripeWebhook } from '#app/modules/payments/stripe-webhook.server.ts';
import { recordWebhookEvent } from '#app/modules/payments/webhook-events.server.ts';
import { fromStripeAmount } from '#app/modules/payments/core/stripe-amount.ts';
import { failProviderRefund, reconcileProviderRefunds } from '#app/modules/orders/refunds.server.ts';
import { completePayment, type OrderContext } from './pay.server.ts';

/** Events that mean "the money is there": an authorisation to capture, or a captured payment. */
const COMPLETING = new Set(['payment_intent.amount_capturable_updated', 'payment_intent.succeeded']);

export type WebhookResult =
  | { status: 200; handled: 'completed' | 'reconciled' | 'ignored' | 'duplicate' }
  | { status: 400; reason: string };

/**
 * Handles a Stripe webhook delivery: forged, altered or stale deliveries are refused before
 * anything is read from them; each event id is handled once (a replay is acknowledged and
 * ignored); a completing event finishes the order from the quote frozen with its payment,
 * whether or not the shopper's redirect already did.
 */
export async function handleStripeWebhook(
  db: Db,
  provider: PaymentProvider,
  rawBody: string,
  signature: string | null,
  secret: string,
  ctx: OrderContext,
): Promise<WebhookResult> {
  const verified = verifyStripeWebhook(rawBody, signature, secret);
  if (!verified.ok) return { status: 400, reason: verified.reason };
  const event = verified.event;
  if (!(await recordWebhookEvent(db, { id: event.id, provider: 'stripe', type: event.type })))
    return { status: 200, handled: 'duplicate' };
  if (event.type === 'charge.refunded') {
    // Refunds made in the Dashboard reach the order; Meridian's own are in its ledger already.
    const charge = event.data.object as {
      id: string;
      payment_intent?: string | null;
      amount_refunded: number;
      currency: string;
    };
    if (!charge.payment_intent) return { status: 200, handled: 'ignored' };
    // Stripe's units are not always the currency's minor units (ISK, HUF, UGX...).
    const refunded = fromStripeAmount(charge.amount_refunded, charge.currency);
    const outcome = await reconcileProviderRefunds(db, {
      provider: 'stripe',
      paymentId: charge.payment_intent,
      refundedTotal: refunded.amount,
      currency: refunded.currencyCode,
      source: `stripe:${charge.id}`,
    });
    return { status: 200, handled: outcome === 'recorded' ? 'reconciled' : 'ignored' };
  }
  if (event.type === 'refund.updated' || event.type === 'refund.failed') {
    // A refund Stripe accepted and then could not deliver: the order gets that amount back to refund.
    const refund = event.data.object as { id: string; status?: string; failure_reason?: string | null };
    if (refund.status !== 'failed') return { status: 200, handled: 'ignored' };
    const outcome = await failProviderRefund(db, {
      providerRefundId: refund.id,
      reason: refund.failure_reason ?? 'unknown',
    });
    return { status: 200, handled: outcome === 'released' ? 'reconciled' : 'ignored' };
  }
  if (!COMPLETING.has(event.type)) return { status: 200, handled: 'ignored' };
  const intent = event.data.object as { id?: string };
  if (!intent.id) return { status: 200, handled: 'ignored' };
  const outcome = await completePayment(db, provider, intent.id, ctx);
  return { status: 200, handled: outcome.kind === 'placed' ? 'completed' : 'ignored' };
}
