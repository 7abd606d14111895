import Stripe from 'stripe';
import { fromStripeAmount, toStripeAmount } from '#app/modules/payments/core/stripe-amount.ts';
import type {
  ConfirmPaymentInput,
  CreatePaymentInput,
  PaymentProvider,
  PaymentStatus,
  PaymentView,
  RefundView,
} from '#app/modules/payments/provider.ts';

/** A Stripe failure checkout cannot show as a card decline: bad key, bad request, outage. */
export class PaymentProviderError extends Error {
  /** Stripe's error code (e.g. resource_missing), else its error type (e.g. idempotency_error). */
  readonly code: string;
  /** HTTP status from Stripe; null when no response arrived (connection error). */
  readonly statusCode: number | null;

  constructor(message: string, code: string, statusCode: number | null, cause?: unknown) {
    super(message, { cause });
    this.name = 'PaymentProviderError';
    this.code = code;
    this.statusCode = statusCode;
  }
}

export interface StripeProviderOptions {
  secretKey: string;
  /** Overrides for the API endpoint; only tests point these elsewhere. */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

const STATUSES: ReadonlySet<string> = new Set<PaymentStatus>([
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
]);

function toView(intent: Stripe.PaymentIntent): PaymentView {
  if (!STATUSES.has(intent.status)) {
    throw new PaymentProviderError(
      `Unexpected PaymentIntent status: ${intent.status}`,
      'unexpected_status',
      null,
    );
  }
  const error = intent.last_payment_error;
  return {
    id: intent.id,
    provider: 'stripe',
    status: intent.status as PaymentStatus,
    amount: fromStripeAmount(intent.amount, intent.currency),
    clientSecret: intent.client_secret,
    metadata: { ...intent.metadata },
    lastError: error ? { code: error.code ?? error.type, declineCode: error.decline_code ?? null } : null,
  };
}

function wrap(err: unknown): unknown {
  if (!(err instanceof Stripe.errors.StripeError)) return err;
  // The SDK's `type` is its class name (StripeAuthenticationError); Stripe's own type is `rawType`.
  return new PaymentProviderError(
    err.message,
    err.code ?? err.rawType ?? err.type,
    err.statusCode ?? null,
    err,
  );
}

/** Runs a Stripe call, turning SDK errors into PaymentProviderError. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw wrap(err);
  }
}

export function createStripeProvider(options: StripeProviderOptions): PaymentProvider {
  const stripe = new Stripe(options.secretKey, {
    host: options.host,
    port: options.port,
    protocol: options.protocol,
    // Safe to retry: every POST carries an idempotency key.
    maxNetworkRetries: 2,
  });

  const retrieve = async (id: string) => toView(await call(() => stripe.paymentIntents.retrieve(id)));

  return {
    kind: 'stripe',

    async createPayment(input: CreatePaymentInput) {
      const { amount, currency } = toStripeAmount(input.amount);
      const intent = await call(() =>
        stripe.paymentIntents.create(
          {
            amount,
            currency,
            automatic_payment_methods: { enabled: true },
            capture_method: input.captureMethod ?? 'automatic',
            metadata: input.metadata,
            description: input.description,
            receipt_email: input.receiptEmail,
          },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return toView(intent);
    },

    async confirmPayment(id: string, input: ConfirmPaymentInput) {
      try {
        const intent = await stripe.paymentIntents.confirm(
          id,
          {
            payment_method: input.paymentMethod,
            return_url: input.returnUrl,
          },
          { idempotencyKey: input.idempotencyKey },
        );
        return toView(intent);
      } catch (err) {
        // A decline is an outcome, not a failure: the intent now holds last_payment_error, and
        // reading it back gives checkout the code to show a localized message.
        if (err instanceof Stripe.errors.StripeCardError) return retrieve(id);
        throw wrap(err);
      }
    },

    retrievePayment: retrieve,

    async capturePayment(id: string, input: { idempotencyKey: string }) {
      return toView(
        await call(() => stripe.paymentIntents.capture(id, {}, { idempotencyKey: input.idempotencyKey })),
      );
    },

    async cancelPayment(id: string, input: { idempotencyKey: string }) {
      return toView(
        await call(() => stripe.paymentIntents.cancel(id, {}, { idempotencyKey: input.idempotencyKey })),
      );
    },

    async refundPayment(id, input) {
      const { amount } = toStripeAmount(input.amount);
      const refund = await call(() =>
        stripe.refunds.create(
          { payment_intent: id, amount, ...(input.reason ? { reason: input.reason } : {}) },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      return {
        id: refund.id,
        paymentId: id,
        amount: fromStripeAmount(refund.amount, refund.currency),
        status: (refund.status ?? 'pending') as RefundView['status'],
      };
    },
  };
}
