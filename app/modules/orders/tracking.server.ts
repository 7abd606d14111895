import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '#app/db/client.server.ts';
import { markDelivered, ordersByTracking } from './delivery.server.ts';

/**
 * Carrier tracking: a provider turns a webhook delivery into tracking events, after checking it
 * came from the provider. Only "delivered" moves an order (its return window starts); the first
 * delivery wins, so replays and late duplicates change nothing. The built-in provider speaks a
 * small signed JSON protocol (the shape AfterShip and EasyPost use: a tracking number, a status
 * tag, when it happened), which a real aggregator's adapter would implement the same way.
 */
export interface TrackingEvent {
  id: string;
  trackingNumber: string;
  status: 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception';
  at: Date;
}

export type TrackingParse =
  { ok: true; events: TrackingEvent[] } | { ok: false; reason: 'signature' | 'stale' | 'malformed' };

export interface TrackingProvider {
  readonly kind: string;
  parse(rawBody: string, headers: Headers, now: Date): TrackingParse;
}

/** Signature header of the built-in provider: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const TRACKING_SIGNATURE_HEADER = 'x-tracking-signature';
const TOLERANCE_SECONDS = 300;

const Payload = z.object({
  events: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        tracking_number: z.string().min(4).max(64),
        status: z.enum(['in_transit', 'out_for_delivery', 'delivered', 'exception']),
        occurred_at: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1)
    .max(100),
});

export function signTrackingPayload(body: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signedTrackingProvider(secret: string): TrackingProvider {
  return {
    kind: 'signed-json',
    parse(rawBody, headers, now) {
      const header = headers.get(TRACKING_SIGNATURE_HEADER) ?? '';
      const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header);
      if (!match) return { ok: false, reason: 'signature' };
      const timestamp = Number(match[1]);
      const expected = Buffer.from(signTrackingPayload(rawBody, secret, timestamp).split('v1=')[1]!, 'hex');
      const given = Buffer.from(match[2]!, 'hex');
      if (expected.length !== given.length || !timingSafeEqual(expected, given))
        return { ok: false, reason: 'signature' };
      if (Math.abs(now.getTime() / 1000 - timestamp) > TOLERANCE_SECONDS)
        return { ok: false, reason: 'stale' };
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      const parsed = Payload.safeParse(json);
      if (!parsed.success) return { ok: false, reason: 'malformed' };
      return {
        ok: true,
        events: parsed.data.events.map((e) => ({
          id: e.id,
          trackingNumber: e.tracking_number,
          status: e.status,
          at: new Date(e.occurred_at),
        })),
      };
    },
  };
}

/**
 * Applies verified events: a delivery is recorded on every order shipped with that number, never
 * in the future and never before the order shipped (a carrier clock off by a little is clamped).
 * Returns how many orders were marked delivered now.
 */
export async function applyTrackingEvents(
  db: Db,
  events: readonly TrackingEvent[],
  now: Date,
): Promise<number> {
  let delivered = 0;
  for (const e of events) {
    if (e.status !== 'delivered') continue;
    for (const orderId of await ordersByTracking(db, e.trackingNumber))
      if (
        await markDelivered(db, orderId, {
          at: e.at > now ? now : e.at,
          source: 'carrier',
          notBeforeShipping: true,
        })
      )
        delivered++;
  }
  return delivered;
}
