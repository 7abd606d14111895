import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_EXPONENTS, currencyExponent } from '#app/modules/money/core/currencies.ts';
import { divRoundHalfAwayFromZero } from '#app/modules/money/core/decimal.ts';
import {
  addPercent,
  convert,
  fromDecimalString,
  money,
  toDecimalString,
} from '#app/modules/money/core/money.ts';

const currencies = Object.keys(CURRENCY_EXPONENTS);

describe('currency exponents', () => {
  it('follow ISO 4217 for the edge cases', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('BHD')).toBe(3);
    expect(() => currencyExponent('XXX')).toThrow(RangeError);
  });
});

describe('money', () => {
  it('rejects floats and unknown currencies', () => {
    expect(() => money(12.5, 'USD')).toThrow(RangeError);
    expect(() => money(100, 'ZZZ')).toThrow(RangeError);
  });

  it('prints decimal strings per exponent', () => {
    expect(toDecimalString(money(1235, 'JPY'))).toBe('1235');
    expect(toDecimalString(money(1234, 'USD'))).toBe('12.34');
    expect(toDecimalString(money(5, 'USD'))).toBe('0.05');
    expect(toDecimalString(money(1234, 'KWD'))).toBe('1.234');
    expect(toDecimalString(money(-5, 'EUR'))).toBe('-0.05');
  });

  it('round-trips decimal strings for every currency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.integer({ min: -1e12, max: 1e12 }), (code, amount) => {
        const m = money(amount, code);
        expect(fromDecimalString(toDecimalString(m), code)).toEqual(m);
      }),
    );
  });

  it('rejects more precision than the currency has', () => {
    expect(() => fromDecimalString('10.5', 'JPY')).toThrow(/decimals/);
    expect(fromDecimalString('10.50', 'USD').amount).toBe(1050);
    expect(fromDecimalString('10.500', 'USD').amount).toBe(1050);
  });

  it('converts across exponents with half-away-from-zero rounding', () => {
    // $12.34 at 151.20 JPY/USD = ¥1865.808 -> ¥1866
    expect(convert(money(1234, 'USD'), 'JPY', '151.20')).toEqual(money(1866, 'JPY'));
    // $0.05 at 0.921 = €0.04605 -> 4.605 cents -> 5
    expect(convert(money(5, 'USD'), 'EUR', '0.921')).toEqual(money(5, 'EUR'));
    // $1.00 at 0.30 KWD/USD = 0.300 KWD = 300 fils
    expect(convert(money(100, 'USD'), 'KWD', '0.30')).toEqual(money(300, 'KWD'));
    // ¥1000 at 0.0066 USD/JPY = $6.60
    expect(convert(money(1000, 'JPY'), 'USD', '0.0066')).toEqual(money(660, 'USD'));
  });

  it('conversion is monotonic (needed to invert it for price filters)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom('0.7850', '151.20', '3.6725', '0.921'),
        (a, d, rate) => {
          const lo = convert(money(a, 'USD'), 'JPY', rate).amount;
          const hi = convert(money(a + d, 'USD'), 'JPY', rate).amount;
          expect(hi).toBeGreaterThanOrEqual(lo);
        },
      ),
    );
  });

  it('adds percentages exactly', () => {
    expect(addPercent(money(4416, 'EUR'), '19')).toEqual(money(5255, 'EUR')); // 52.5504 -> 52.55
    expect(addPercent(money(1000, 'JPY'), '10')).toEqual(money(1100, 'JPY'));
    expect(addPercent(money(999, 'CHF'), '8.1')).toEqual(money(1080, 'CHF')); // 10.79919 -> 10.80
  });

  it('rounds half away from zero', () => {
    expect(divRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divRoundHalfAwayFromZero(4n, 3n)).toBe(1n);
    expect(() => divRoundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });
});
