import type { Db } from '#app/db/client.server.ts';
import type { Env } from '#app/env.server.ts';
import type { PaymentProvider } from './provider.ts';
import { createStripeProvider } from './stripe-provider.server.ts';
import { createTestProvider } from './test-provider.server.ts';

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
