import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '#app/env.server.ts';
import { resolveSessionSecret } from '#app/lib/session-secret.server.ts';

/**
 * The order confirmation page shows the buyer's name, email and address, so the cart token in
 * its URL is not enough to open it. It opens for the buyer's own browser (the cart cookie holds
 * that cart) or with a signed key that expires, which the order and shipping emails carry.
 */

/** How long an email's link to the order page works. */
export const CONFIRMATION_LINK_DAYS = 90;

function signature(cartToken: string, expires: number): string {
  return createHmac('sha256', resolveSessionSecret(getEnv()))
    .update(`order-page:${cartToken}:${expires}`)
    .digest('base64url');
}

/** `expires.signature`, where expires is a Unix time in seconds. */
export function confirmationKey(cartToken: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + CONFIRMATION_LINK_DAYS * 24 * 60 * 60;
  return `${expires}.${signature(cartToken, expires)}`;
}

export function validConfirmationKey(cartToken: string, key: string | null, now: Date): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(key ?? '');
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 < now.getTime()) return false;
  const expected = Buffer.from(signature(cartToken, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The link for emails: the order page, with a key that works for CONFIRMATION_LINK_DAYS. */
export function confirmationUrl(base: string, cartToken: string, now: Date): string {
  return `${base}?key=${confirmationKey(cartToken, now)}`;
}
