import { data } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { orderContext, provider } from '#app/storefront/checkout-route.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { handleStripeWebhook } from '#app/modules/checkout/stripe-events.server.ts';
import type { Route } from './+types/webhooks.stripe';

/** POST /webhooks/stripe: Stripe's event deliveries, verified by Stripe-Signature. */
export async function action({ request }: Route.ActionArgs) {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret || request.method !== 'POST') return data({ error: 'not configured' }, { status: 404 });
  const raw = await request.text();
  const result = await handleStripeWebhook(
    getDb(),
    provider(),
    raw,
    request.headers.get('stripe-signature'),
    secret,
    orderContext(publicOrigin(request), ''),
  );
  return data(result.status === 200 ? { received: true } : { error: result.reason }, {
    status: result.status,
  });
}

export function loader() {
  return data({ error: 'method not allowed' }, { status: 405, headers: { Allow: 'POST' } });
}
