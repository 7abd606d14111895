import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '#app/db/client.server.ts';
import { orderByNumber } from '#app/modules/orders/orders.server.ts';
import { hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';

/**
 * Finds the order a shopper names by its number and their email or postal code, without telling
 * anyone else whether an order exists: every failure is the same `notFound`, and every answer
 * (found or not) takes at least LOOKUP_FLOOR_MS, so timing says nothing either. Guessing is
 * limited per client address and per order number, shared by every app process.
 */
export const LOOKUP_FLOOR_MS = 400;
/** Per address: a household or an office behind one NAT may look up a few orders, a script may not. */
export const LOOKUP_LIMIT_PER_CLIENT = { limit: 30, windowSeconds: 15 * 60 };
export const LOOKUP_LIMIT_PER_ORDER = { limit: 8, windowSeconds: 15 * 60 };

export type LookupOutcome =
  | { ok: true; orderId: number }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'rateLimited'; retryAfterSeconds: number };

export const normaliseEmail = (s: string) => s.trim().toLowerCase();
export const normalisePostalCode = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison of two secrets of any length. */
function same(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

export async function lookupOrder(
  db: Db,
  input: { number: number; proof: { email: string } | { postalCode: string }; client: string },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<LookupOutcome> {
  const started = Date.now();
  const outcome = await find(db, input);
  const left = LOOKUP_FLOOR_MS - (Date.now() - started);
  if (left > 0) await sleep(left);
  return outcome;
}

async function find(
  db: Db,
  input: { number: number; proof: { email: string } | { postalCode: string }; client: string },
): Promise<LookupOutcome> {
  const byClient = await hitRateLimit(
    db,
    `returns-lookup:client:${input.client}`,
    LOOKUP_LIMIT_PER_CLIENT.limit,
    LOOKUP_LIMIT_PER_CLIENT.windowSeconds,
  );
  const byOrder = await hitRateLimit(
    db,
    `returns-lookup:order:${input.number}`,
    LOOKUP_LIMIT_PER_ORDER.limit,
    LOOKUP_LIMIT_PER_ORDER.windowSeconds,
  );
  if (!byClient.allowed || !byOrder.allowed)
    return {
      ok: false,
      reason: 'rateLimited',
      retryAfterSeconds: Math.max(
        byClient.allowed ? 0 : byClient.retryAfterSeconds,
        byOrder.allowed ? 0 : byOrder.retryAfterSeconds,
      ),
    };
  const order = Number.isSafeInteger(input.number) ? await orderByNumber(db, input.number) : null;
  // Compare against a placeholder when there is no order, so both paths do the same work.
  const matches =
    'email' in input.proof
      ? same(normaliseEmail(order?.email ?? '\u0000'), normaliseEmail(input.proof.email))
      : same(
          normalisePostalCode(order?.shippingAddress.zip ?? '\u0000'),
          normalisePostalCode(input.proof.postalCode),
        );
  const given =
    'email' in input.proof ? normaliseEmail(input.proof.email) : normalisePostalCode(input.proof.postalCode);
  // An empty proof proves nothing (some countries have no postal codes).
  return order && matches && given !== ''
    ? { ok: true, orderId: order.id }
    : { ok: false, reason: 'notFound' };
}
