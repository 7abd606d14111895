import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { money } from '#app/modules/money/core/money.ts';
import type { Money } from '#app/modules/money/core/money.ts';

/**
 * Meridian money <-> Stripe's `amount` integer. Stripe's decimals differ from ISO 4217 in places,
 * so the scale is Stripe's, not our table's. Source: https://docs.stripe.com/currencies
 * (#zero-decimal, #three-decimal, #special-cases).
 */

/** Stripe's zero-decimal currencies: `amount` is in major units (¥500 -> 500). */
const ZERO_DECIMAL = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

/** Three-decimal currencies: thousandths, but Stripe requires the last digit to be 0. */
const THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/*
 * Special cases (all two-decimal in Stripe's API, unlike ISO):
 * - ISK (ISO exponent 0): whole krónur only, sent with two decimals (5 ISK -> 500). Scaling our
 *   exponent-0 amounts by 100 always yields a multiple of 100, so the rule holds by construction.
 * - UGX: same treatment as ISK; not in our currency table, so the table lookup rejects it.
 * - HUF, TWD: zero-decimal only for payouts; charges take two-decimal amounts, same as ISO.
 */

/** Number of decimals Stripe's `amount` carries for a currency. */
export function stripeExponent(currencyCode: string): number {
  const code = currencyCode.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

export function isThreeDecimal(currencyCode: string): boolean {
  return THREE_DECIMAL.has(currencyCode.toUpperCase());
}

/** Integer division rounding half away from zero (same rule as Meridian's money code). */
function divRound(n: number, d: number): number {
  const q = Math.floor(Math.abs(n) / d);
  const r = Math.abs(n) % d;
  const rounded = r * 2 >= d ? q + 1 : q;
  return n < 0 ? 0 - rounded : rounded; // 0 - 0 is +0, never -0
}

/**
 * Stripe's `amount` and lowercase `currency` for a Meridian amount.
 * Rounding: three-decimal currencies are rounded half away from zero to a multiple of 10
 * (5.124 KWD -> 5120, 5.125 KWD -> 5130), which is what Stripe will accept. Use
 * `chargeableAmount` to show the shopper the exact amount Stripe will charge.
 */
export function toStripeAmount(value: Money): { amount: number; currency: string } {
  const shift = stripeExponent(value.currencyCode) - currencyExponent(value.currencyCode);
  let amount = shift >= 0 ? value.amount * 10 ** shift : divRound(value.amount, 10 ** -shift);
  if (isThreeDecimal(value.currencyCode)) amount = divRound(amount, 10) * 10;
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Amount out of range for Stripe: ${value.amount} ${value.currencyCode}`);
  return { amount, currency: value.currencyCode.toLowerCase() };
}

/** Meridian money for a Stripe `amount`; rejects amounts our minor units cannot represent exactly. */
export function fromStripeAmount(amount: number, currency: string): Money {
  const code = currency.toUpperCase();
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Stripe amount must be an integer, got ${amount}`);
  const shift = currencyExponent(code) - stripeExponent(code);
  if (shift >= 0) return money(amount * 10 ** shift, code);
  const divisor = 10 ** -shift;
  if (amount % divisor !== 0)
    throw new RangeError(`Stripe amount ${amount} ${currency} is not a whole ${code} minor unit`);
  return money(amount / divisor, code);
}

/** The Meridian amount Stripe will actually charge for `value` (differs only for three-decimal rounding). */
export function chargeableAmount(value: Money): Money {
  const { amount, currency } = toStripeAmount(value);
  return fromStripeAmount(amount, currency);
}
