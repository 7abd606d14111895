import type { Money } from '#app/modules/money/core/money.ts';

/**
 * What checkout needs from a payment provider. Two implementations: `test` (the embedded
 * default, Stripe's test-card behaviour) and `stripe`. Amounts cross this boundary as
 * Meridian money (minor units per our ISO 4217 table); each provider converts to its own rules.
 */

/** Stripe's PaymentIntent statuses; the test provider uses the same vocabulary. */
export type PaymentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'succeeded'
  | 'canceled';

export interface PaymentError {
  /** Stripe's error code, e.g. card_declined. */
  code: string;
  /** Stripe's decline code, e.g. generic_decline, insufficient_funds. */
  declineCode: string | null;
}

export interface PaymentView {
  /** The provider's id (pi_… for both). */
  id: string;
  provider: 'test' | 'stripe';
  status: PaymentStatus;
  amount: Money;
  /** For the browser (Stripe's Payment Element); null for the test provider. */
  clientSecret: string | null;
  metadata: Record<string, string>;
  /** Why the last confirmation failed, if it did. */
  lastError: PaymentError | null;
}

export interface CreatePaymentInput {
  amount: Money;
  /** Same key, same payment: a retried create never makes a second one. */
  idempotencyKey: string;
  metadata: Record<string, string>;
  description?: string;
  receiptEmail?: string;
  /**
   * manual: confirming only authorises; the order is written (stock taken) before capturing,
   * so a shopper who loses the race for the last unit is never charged.
   */
  captureMethod?: 'automatic' | 'manual';
}

export interface ConfirmPaymentInput {
  /** The test provider takes a card number; Stripe a PaymentMethod id. */
  paymentMethod: string;
  returnUrl: string;
  idempotencyKey: string;
}

export type RefundReason = 'requested_by_customer' | 'duplicate' | 'fraudulent';

/** Stripe's Refund, as far as Meridian reads it. */
export interface RefundView {
  /** re_… for both providers. */
  id: string;
  paymentId: string;
  amount: Money;
  status: 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';
}

export interface PaymentProvider {
  readonly kind: 'test' | 'stripe';
  createPayment(input: CreatePaymentInput): Promise<PaymentView>;
  confirmPayment(id: string, input: ConfirmPaymentInput): Promise<PaymentView>;
  retrievePayment(id: string): Promise<PaymentView>;
  /** Captures an authorised (requires_capture) payment. */
  capturePayment(id: string, input: { idempotencyKey: string }): Promise<PaymentView>;
  /** Releases an authorisation or abandons an unpaid payment. */
  cancelPayment(id: string, input: { idempotencyKey: string }): Promise<PaymentView>;
  /**
   * Refunds part or all of a captured payment; never more than was captured less earlier
   * refunds (the provider refuses, as Stripe does). Same key, same refund.
   */
  refundPayment(
    id: string,
    input: { amount: Money; idempotencyKey: string; reason?: RefundReason },
  ): Promise<RefundView>;
}
