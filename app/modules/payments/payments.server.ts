import type { Db } from '#app/db/client.server.ts';
import type { Env } from '#app/env.server.ts';
import type { PaymentProvider } from './provider.ts';
import { createStripeProvider, PaymentProviderError } from './stripe-provider.server.ts';
import { createTestProvider, TestPaymentError } from './test-provider.server.ts';

/** Stripe when STRIPE_SECRET_KEY is set, else the embedded test provider. */
export function paymentProviderFor(db: Db, env: Env): PaymentProvider {
  if (!env.STRIPE_SECRET_KEY) return createTestProvider(db);
  const base = env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  return createStripeProvider({
    secretKey: env.STRIPE_SECRET_KEY,
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'http:' ? 'http' : 'https',
        }
      : {}),
  });
}

/**
 * The provider's code when it definitely refused a request (nothing moved: a 4xx from Stripe
 * other than a conflict or rate limit, or the test provider's refusal); null when the outcome
 * is unknown (no response, a 5xx), where only a retry under the same key can tell.
 */
export function providerRefusal(error: unknown): string | null {
  if (error instanceof TestPaymentError) return error.code;
  if (
    error instanceof PaymentProviderError &&
    error.statusCode != null &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    error.statusCode !== 409 &&
    error.statusCode !== 429
  )
    return error.code;
  return null;
}
