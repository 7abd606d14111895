import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAddress } from '#app/modules/checkout/core/address-format.ts';
import { shippingRateInput } from '#app/modules/checkout/core/settings-input.ts';
import { shippingOptions } from '#app/modules/checkout/core/shipping.ts';
import { calculateTax, percentOf } from '#app/modules/checkout/core/tax.ts';
import { luhnValid, outcomeOf, tokenizeTestCard } from '#app/modules/payments/core/test-cards.ts';

describe('tax', () => {
  it('takes VAT out of gross amounts and adds sales tax to net ones, rounding half away from zero per line', () => {
    expect(percentOf(11900, '19', true)).toBe(1900);
    expect(percentOf(1000, '8.875', false)).toBe(89);
    const de = calculateTax({
      country: 'DE',
      taxInclusive: true,
      vatPercent: '19',
      lines: [{ key: 'a', amount: 11900 }],
      shipping: 595,
    });
    expect(de).toMatchObject({ included: true, total: 1900 + 95, kind: 'vat', approximate: false });
    const ny = calculateTax({
      country: 'US',
      region: 'NY',
      taxInclusive: false,
      vatPercent: null,
      lines: [{ key: 'a', amount: 5000 }],
      shipping: 600,
    });
    expect(ny).toMatchObject({
      included: false,
      total: 200,
      shipping: 0,
      kind: 'salesTax',
      approximate: true,
      ratePercent: '4',
    });
    expect(
      calculateTax({
        country: 'CA',
        region: 'ON',
        taxInclusive: false,
        vatPercent: '5',
        lines: [{ key: 'a', amount: 10000 }],
        shipping: 0,
      }).total,
    ).toBe(1300);
  });

  it('property: included tax never exceeds the gross amount and is the exact share gross × rate / (100 + rate)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('0', '5', '7.7', '19', '20', '21', '22', '25.5'),
        (gross, rate) => {
          const tax = percentOf(gross, rate, true);
          expect(tax).toBeGreaterThanOrEqual(0);
          expect(tax).toBeLessThanOrEqual(gross);
          // Exact: tax = gross × rate / (100 + rate), rounded half away from zero, so it is within half a minor unit.
          const [whole, frac = ''] = rate.split('.');
          const r = BigInt(whole! + frac);
          const hundred = 100n * 10n ** BigInt(frac.length);
          const error = BigInt(tax) * (hundred + r) - BigInt(gross) * r;
          expect(2n * (error < 0n ? -error : error)).toBeLessThanOrEqual(hundred + r);
        },
      ),
    );
  });
});

describe('address formats', () => {
  it('validates per country: postal code patterns, required regions, and unsupported countries', () => {
    expect(
      validateAddress(
        {
          countryCode: 'JP',
          lastName: '佐藤',
          firstName: '愛子',
          zip: '1000005',
          province: '13',
          city: '千代田区',
          address1: '丸の内1-1-1',
        },
        ['JP'],
      ).ok,
    ).toBe(true);
    expect(
      validateAddress(
        {
          countryCode: 'GB',
          firstName: 'A',
          lastName: 'B',
          address1: '1 X',
          city: 'London',
          zip: 'sw1a 2aa',
        },
        ['GB'],
      ),
    ).toMatchObject({ ok: true, address: { zip: 'SW1A 2AA' } });
    expect(
      validateAddress(
        { countryCode: 'CA', firstName: 'A', lastName: 'B', address1: '1 X', city: 'Ottawa', zip: '12345' },
        ['CA'],
      ),
    ).toEqual({ ok: false, errors: { province: 'required', zip: 'invalidZip' } });
    expect(
      validateAddress(
        { countryCode: 'AE', firstName: 'A', lastName: 'B', address1: '1 X', city: 'Dubai', province: 'DU' },
        ['AE'],
      ),
    ).toEqual({ ok: false, errors: { phone: 'required' } });
    expect(validateAddress({ countryCode: 'FR' }, ['DE'])).toEqual({
      ok: false,
      errors: { countryCode: 'unsupportedCountry' },
    });
  });
});

describe('shipping', () => {
  const rules = [
    {
      id: 1,
      service: 'standard' as const,
      kind: 'weight' as const,
      amount: 900,
      minGrams: null,
      maxGrams: 1000,
      freeOverAmount: 12000,
      minDays: 4,
      maxDays: 8,
    },
    {
      id: 2,
      service: 'standard' as const,
      kind: 'weight' as const,
      amount: 1500,
      minGrams: 1000,
      maxGrams: null,
      freeOverAmount: 12000,
      minDays: 4,
      maxDays: 8,
    },
    {
      id: 3,
      service: 'express' as const,
      kind: 'flat' as const,
      amount: 2500,
      minGrams: null,
      maxGrams: null,
      freeOverAmount: null,
      minDays: 2,
      maxDays: 3,
    },
  ];
  it('picks the weight band and frees it over the threshold, cheapest first', () => {
    expect(shippingOptions(rules, { grams: 400, subtotal: 5000 }).map((o) => [o.rateId, o.amount])).toEqual([
      [1, 900],
      [3, 2500],
    ]);
    expect(shippingOptions(rules, { grams: 1000, subtotal: 5000 }).map((o) => o.rateId)).toEqual([2, 3]);
    expect(shippingOptions(rules, { grams: 400, subtotal: 12000 })[0]).toMatchObject({
      rateId: 1,
      amount: 0,
      free: true,
    });
  });
  it('admin input is in the market currency: yen has no decimals', () => {
    expect(
      shippingRateInput('JPY').safeParse({
        service: 'standard',
        kind: 'flat',
        amount: '1200.5',
        minGrams: '',
        maxGrams: '',
        freeOverAmount: '',
        minDays: '2',
        maxDays: '5',
      }).success,
    ).toBe(false);
    expect(
      shippingRateInput('JPY').parse({
        service: 'standard',
        kind: 'flat',
        amount: '1200',
        minGrams: '',
        maxGrams: '',
        freeOverAmount: '15000',
        minDays: '2',
        maxDays: '5',
      }),
    ).toMatchObject({ amount: 1200, freeOverAmount: 15000 });
    expect(
      shippingRateInput('KWD').parse({
        service: 'express',
        kind: 'flat',
        amount: '2.125',
        minGrams: '',
        maxGrams: '',
        freeOverAmount: '',
        minDays: '1',
        maxDays: '2',
      }).amount,
    ).toBe(2125);
  });
});

describe('test cards', () => {
  it('behave like Stripe test cards and never keep the number', () => {
    const ok = tokenizeTestCard(
      { number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' },
      new Date('2026-11-25'),
    );
    expect(ok).toEqual({ ok: true, paymentMethod: 'pm_test_succeed_4242', brand: 'visa', last4: '4242' });
    expect(outcomeOf('pm_test_insufficient_funds_9995')).toBe('insufficient_funds');
    expect(
      tokenizeTestCard({ number: '4242 4242 4242 4241', expiry: '10/26', cvc: '1' }, new Date('2026-11-25')),
    ).toEqual({ ok: false, problems: { number: 'incorrectNumber', expiry: 'expired', cvc: 'invalidCvc' } });
    expect(luhnValid('4000000000000002')).toBe(true);
  });
});
