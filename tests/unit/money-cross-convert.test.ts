import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossConvert, money } from '#app/modules/money/core/money.ts';

/**
 * crossConvert turns an order total into the shop currency (orders.totalShop) and back.
 * Every expected value is worked out by hand, including the exponent step between
 * currencies with different minor units (JPY 0, USD 2, KWD 3).
 */
describe('crossConvert', () => {
  it('JPY order total into USD shop currency: ¥21,290 at 151.20 ¥/$ is $140.81, not $1.41', () => {
    // 21290 / 151.20 = 140.806… dollars → 14080.6… cents → 14081
    expect(crossConvert(money(21290, 'JPY'), 'USD', '151.20', '1')).toEqual(money(14081, 'USD'));
  });

  it('USD into JPY: $140.81 × 151.20 = ¥21,290.47 → ¥21,290', () => {
    expect(crossConvert(money(14081, 'USD'), 'JPY', '1', '151.20')).toEqual(money(21290, 'JPY'));
  });

  it('KWD (three decimals) to and from USD', () => {
    // 39.950 KWD / 0.3075 = $129.918… → 12992 cents
    expect(crossConvert(money(39950, 'KWD'), 'USD', '0.3075', '1')).toEqual(money(12992, 'USD'));
    // $1.00 × 0.3075 = 0.3075 KWD = 307.5 fils → 308 (half away from zero)
    expect(crossConvert(money(100, 'USD'), 'KWD', '1', '0.3075')).toEqual(money(308, 'KWD'));
    // 1.000 KWD → JPY via USD: 1 / 0.3075 × 151.20 = ¥491.70 → ¥492
    expect(crossConvert(money(1000, 'KWD'), 'JPY', '0.3075', '151.20')).toEqual(money(492, 'JPY'));
  });

  it('between two non-shop currencies with the same exponent, and negatives round away from zero', () => {
    // €100.00 / 0.9210 × 0.7850 = £85.233… → 8523
    expect(crossConvert(money(10000, 'EUR'), 'GBP', '0.9210', '0.7850')).toEqual(money(8523, 'GBP'));
    expect(crossConvert(money(-21290, 'JPY'), 'USD', '151.20', '1')).toEqual(money(-14081, 'USD'));
    // $0.01 / 2 = 0.5 cent → 1 cent; −0.5 → −1
    expect(crossConvert(money(1, 'USD'), 'EUR', '2', '1')).toEqual(money(1, 'EUR'));
    expect(crossConvert(money(-1, 'USD'), 'EUR', '2', '1')).toEqual(money(-1, 'EUR'));
    expect(crossConvert(money(1, 'USD'), 'EUR', '3', '1')).toEqual(money(0, 'EUR'));
  });

  it('property: equals the exact rational value, rounded half away from zero, for JPY → USD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 99_999 }), (yen, rateCents) => {
        const rate = `${Math.floor(rateCents / 100)}.${String(rateCents % 100).padStart(2, '0')}`;
        // yen / (rateCents/100) dollars = yen × 100 / rateCents dollars = yen × 10_000 / rateCents cents
        const num = BigInt(yen) * 10_000n;
        const den = BigInt(rateCents);
        const expected = num / den + ((num % den) * 2n >= den ? 1n : 0n);
        expect(crossConvert(money(yen, 'JPY'), 'USD', rate, '1').amount).toBe(Number(expected));
      }),
    );
  });
});

describe('add and compare', () => {
  it('work within one currency and refuse to mix currencies', async () => {
    const { add, compare } = await import('#app/modules/money/core/money.ts');
    expect(add(money(150, 'USD'), money(250, 'USD'))).toEqual(money(400, 'USD'));
    expect(compare(money(150, 'USD'), money(250, 'USD'))).toBe(-100);
    expect(() => add(money(1, 'USD'), money(1, 'EUR'))).toThrow('Currency mismatch: USD vs EUR');
    expect(() => compare(money(1, 'JPY'), money(1, 'USD'))).toThrow('Currency mismatch: JPY vs USD');
  });
});
