import { data } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { getEnv } from '#app/env.server.ts';
import { limitedText } from '#app/lib/upload.server.ts';
import { applyTrackingEvents, signedTrackingProvider } from '#app/modules/orders/tracking.server.ts';
import type { Route } from './+types/webhooks.tracking';

/** POST /webhooks/tracking: the carrier-tracking service's updates, verified by their signature. */
export async function action({ request }: Route.ActionArgs) {
  const secret = getEnv().TRACKING_WEBHOOK_SECRET;
  if (!secret || request.method !== 'POST') return data({ error: 'not configured' }, { status: 404 });
  const raw = await limitedText(request, 256 * 1024);
  if (raw == null) return data({ error: 'too large' }, { status: 413 });
  const now = new Date();
  const parsed = signedTrackingProvider(secret).parse(raw, request.headers, now);
  if (!parsed.ok) return data({ error: parsed.reason }, { status: 400 });
  const delivered = await applyTrackingEvents(getDb(), parsed.events, now);
  return data({ received: parsed.events.length, delivered });
}

export function loader() {
  return data({ error: 'method not allowed' }, { status: 405, headers: { Allow: 'POST' } });
}
