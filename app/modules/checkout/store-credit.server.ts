import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { checkouts } from '#app/db/schema/index.ts';
import { creditCodeEmail } from '#app/modules/email/store-credit-emails.server.ts';
import { enqueueEmail, announceEmail } from '#app/modules/email/outbox.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';
import { accountKey, creditBalance } from '#app/modules/store-credit/store-credit.server.ts';
import type { CheckoutState } from './checkout.server.ts';

/**
 * Paying with store credit at checkout (ADR 0021). The balance belongs to an email address and
 * there are no passwords, so typing an address must not be enough to spend (or even see) its
 * credit: a six-digit code goes to that address, and only a checkout that proves it may use the
 * credit. Sending answers the same whether or not the address holds credit.
 */

const CODE_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;
/** Codes per checkout and per address in 15 minutes: enough to resend, too few to spam someone. */
const SENDS = 3;
const WINDOW_S = 15 * 60;

const digest = (cartId: string, code: string) => createHash('sha256').update(`${cartId}:${code}`).digest();

export type SendOutcome = 'sent' | 'rateLimited' | 'noEmail';

export async function sendCreditCode(db: Db, state: CheckoutState, now = new Date()): Promise<SendOutcome> {
  if (!state.email) return 'noEmail';
  const email = accountKey(state.email);
  for (const key of [`credit-code:cart:${state.cart.id}`, `credit-code:email:${email}`])
    if (!(await hitRateLimit(db, key, SENDS, WINDOW_S)).allowed) return 'rateLimited';
  const balance = await creditBalance(db, email, state.currency, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db
    .update(checkouts)
    .set({
      creditCodeHash: digest(state.cart.id, code).toString('hex'),
      creditCodeExpiresAt: new Date(now.getTime() + CODE_TTL_MS),
    })
    .where(eq(checkouts.cartId, state.cart.id));
  // Only an address with credit gets mail; the shopper sees the same answer either way.
  if (balance.amount > 0) {
    const shop = await getShop(db);
    await enqueueEmail(
      db,
      creditCodeEmail({
        to: state.email,
        language: state.cart.language,
        countryCode: state.cart.countryCode,
        code,
        balance,
        shopName: shop.name,
      }),
    );
    announceEmail();
  }
  return 'sent';
}

export type VerifyOutcome = 'verified' | 'wrongCode' | 'expired' | 'tooManyAttempts';

export async function verifyCreditCode(
  db: Db,
  state: CheckoutState,
  code: string,
  now = new Date(),
): Promise<VerifyOutcome> {
  const [row] = await db.select().from(checkouts).where(eq(checkouts.cartId, state.cart.id));
  if (!row?.creditCodeHash || !row.creditCodeExpiresAt || row.creditCodeExpiresAt <= now || !state.email)
    return 'expired';
  // A million codes, five tries per checkout per window: guessing is hopeless, and counted where every guess is.
  if (!(await hitRateLimit(db, `credit-verify:${state.cart.id}`, MAX_ATTEMPTS, WINDOW_S)).allowed)
    return 'tooManyAttempts';
  const given = /^\d{6}$/.test(code.trim()) ? digest(state.cart.id, code.trim()) : null;
  const stored = Buffer.from(row.creditCodeHash, 'hex');
  if (!given || !timingSafeEqual(given, stored)) return 'wrongCode';
  await db
    .update(checkouts)
    .set({
      creditEmail: accountKey(state.email),
      useCredit: true,
      creditCodeHash: null,
      creditCodeExpiresAt: null,
    })
    .where(eq(checkouts.cartId, state.cart.id));
  return 'verified';
}

export async function chooseCredit(db: Db, cartId: string, use: boolean): Promise<void> {
  await db.update(checkouts).set({ useCredit: use }).where(eq(checkouts.cartId, cartId));
}
