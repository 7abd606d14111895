import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '#app/env.server.ts';
import { resolveSessionSecret } from '#app/lib/session-secret.server.ts';

/**
 * The returns portal opens an order only with a signed token bound to that order: a lookup that
 * proved the order number with its email or postal code issues one, and every returns email
 * carries one. It expires; the order id inside it is useless without the signature.
 * Format: `<orderId>.<expires>.<signature>` (expires in Unix seconds).
 */
export const PORTAL_TOKEN_DAYS = 30;

function signature(orderId: number, expires: number): string {
  return createHmac('sha256', resolveSessionSecret(getEnv()))
    .update(`returns-portal:${orderId}:${expires}`)
    .digest('base64url');
}

export function portalToken(orderId: number, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + PORTAL_TOKEN_DAYS * 24 * 60 * 60;
  return `${orderId}.${expires}.${signature(orderId, expires)}`;
}

/** The order a token opens, or null for a forged, altered or expired one. */
export function orderOfToken(token: string | undefined, now: Date): number | null {
  const match = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return null;
  const orderId = Number(match[1]);
  const expires = Number(match[2]);
  if (!Number.isSafeInteger(orderId) || expires * 1000 < now.getTime()) return null;
  const expected = Buffer.from(signature(orderId, expires));
  const given = Buffer.from(match[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? orderId : null;
}

/** The portal path of an order (and one of its returns) under a locale prefix, with a fresh token. */
export function portalPath(prefix: string, orderId: number, now: Date, returnPublicId?: string): string {
  return `${prefix}/returns/${portalToken(orderId, now)}${returnPublicId ? `/${returnPublicId}` : ''}`;
}
