import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS } from '#app/modules/money/core/currencies.ts';
import { money } from '#app/modules/money/core/money.ts';
import {
  chargeableAmount,
  fromStripeAmount,
  stripeExponent,
  toStripeAmount,
} from '#app/modules/payments/core/stripe-amount.ts';

const codes = Object.keys(CURRENCY_EXPONENTS) as (keyof typeof CURRENCY_EXPONENTS)[];
const twoDecimal = codes.filter((c) => CURRENCY_EXPONENTS[c] === 2);
const zeroDecimal = codes.filter((c) => CURRENCY_EXPONENTS[c] === 0 && c !== 'ISK');
const threeDecimal = codes.filter((c) => CURRENCY_EXPONENTS[c] === 3);
const amounts = fc.integer({ min: 0, max: 99_999_999 });

describe('toStripeAmount', () => {
  it('sends minor units with a lowercase currency', () => {
    expect(toStripeAmount(money(1234, 'USD'))).toEqual({ amount: 1234, currency: 'usd' });
    expect(toStripeAmount(money(1234, 'EUR'))).toEqual({ amount: 1234, currency: 'eur' });
  });

  it('does not scale zero-decimal currencies', () => {
    expect(toStripeAmount(money(500, 'JPY'))).toEqual({ amount: 500, currency: 'jpy' });
    expect(toStripeAmount(money(15000, 'KRW'))).toEqual({ amount: 15000, currency: 'krw' });
    expect(stripeExponent('CLP')).toBe(0);
    expect(stripeExponent('vnd')).toBe(0);
  });

  it('rounds three-decimal currencies half away from zero to a multiple of 10', () => {
    expect(toStripeAmount(money(5124, 'KWD'))).toEqual({ amount: 5120, currency: 'kwd' });
    expect(toStripeAmount(money(5125, 'KWD'))).toEqual({ amount: 5130, currency: 'kwd' });
    expect(toStripeAmount(money(5120, 'BHD')).amount).toBe(5120);
    expect(toStripeAmount(money(-5125, 'OMR')).amount).toBe(-5130);
    expect(chargeableAmount(money(5126, 'KWD'))).toEqual(money(5130, 'KWD'));
  });

  it("sends ISK (ISO exponent 0) with Stripe's two decimals, in whole krónur", () => {
    expect(toStripeAmount(money(5, 'ISK'))).toEqual({ amount: 500, currency: 'isk' });
    expect(fromStripeAmount(500, 'isk')).toEqual(money(5, 'ISK'));
    expect(() => fromStripeAmount(550, 'isk')).toThrow(RangeError);
  });

  it('keeps HUF and TWD two-decimal for charges', () => {
    expect(toStripeAmount(money(12345, 'HUF')).amount).toBe(12345);
    expect(toStripeAmount(money(12345, 'TWD')).amount).toBe(12345);
  });

  it('rejects currencies outside our table', () => {
    expect(() => toStripeAmount({ amount: 100, currencyCode: 'UGX' })).toThrow(RangeError);
    expect(() => fromStripeAmount(100, 'xyz')).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('round-trips two-decimal currencies unchanged', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...twoDecimal), (amount, code) => {
        const sent = toStripeAmount(money(amount, code));
        expect(sent.amount).toBe(amount);
        expect(fromStripeAmount(sent.amount, sent.currency)).toEqual(money(amount, code));
      }),
    );
  });

  it('round-trips zero-decimal currencies without scaling', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...zeroDecimal), (amount, code) => {
        const sent = toStripeAmount(money(amount, code));
        expect(sent).toEqual({ amount, currency: code.toLowerCase() });
        expect(fromStripeAmount(sent.amount, sent.currency)).toEqual(money(amount, code));
      }),
    );
  });

  it('three-decimal amounts always end in 0 and move by at most 5 thousandths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999, max: 99_999_999 }),
        fc.constantFrom(...threeDecimal),
        (amount, code) => {
          const sent = toStripeAmount(money(amount, code)).amount;
          expect(Math.abs(sent % 10)).toBe(0);
          expect(Math.abs(sent - amount)).toBeLessThanOrEqual(5);
          // Half away from zero: ties go outward.
          if (Math.abs(amount % 10) === 5) expect(Math.abs(sent)).toBeGreaterThan(Math.abs(amount));
          // What Stripe charges is stable: converting it again changes nothing.
          expect(toStripeAmount(chargeableAmount(money(amount, code))).amount).toBe(sent);
        },
      ),
    );
  });

  it('every Stripe amount Stripe returns maps back to the same Stripe amount', () => {
    fc.assert(
      fc.property(amounts, fc.constantFrom(...codes), (amount, code) => {
        const value = chargeableAmount(money(amount, code));
        const sent = toStripeAmount(value);
        expect(toStripeAmount(fromStripeAmount(sent.amount, sent.currency))).toEqual(sent);
      }),
    );
  });
});
