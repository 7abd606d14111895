import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeable, exchangeEstimate } from '#app/modules/returns/core/exchange.ts';
import type { PaidOrder } from '#app/modules/returns/core/refund-estimate.ts';
import { policyInput } from '#app/modules/returns/core/policy-input.ts';
import { creditExpiry } from '#app/modules/store-credit/core/expiry.ts';
import { grantInput } from '#app/modules/store-credit/core/grant-input.ts';
import { creditBonus, lapsed, takeFromLots, type Lot } from '#app/modules/store-credit/core/lots.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-06T12:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * DAY);

describe('store credit lots', () => {
  it('spends the lot that lapses first, then lots that never lapse, oldest first', () => {
    const lots: Lot[] = [
      { id: 1, remaining: 500, expiresAt: null },
      { id: 2, remaining: 300, expiresAt: inDays(90) },
      { id: 3, remaining: 200, expiresAt: inDays(10) },
      { id: 4, remaining: 400, expiresAt: null },
    ];
    expect(takeFromLots(lots, 600, now)).toEqual([
      { id: 3, take: 200 },
      { id: 2, take: 300 },
      { id: 1, take: 100 },
    ]);
  });

  it('never takes from a lapsed lot, and refuses what the live lots cannot cover', () => {
    const lots: Lot[] = [
      { id: 1, remaining: 500, expiresAt: inDays(-1) },
      { id: 2, remaining: 100, expiresAt: null },
    ];
    expect(takeFromLots(lots, 200, now)).toBeNull();
    expect(takeFromLots(lots, 100, now)).toEqual([{ id: 2, take: 100 }]);
    expect(lapsed(lots, now).map((l) => l.id)).toEqual([1]);
  });

  it('takes exactly the amount, never more than a lot holds, whenever the lots cover it', () => {
    const lot = fc.record({
      id: fc.integer({ min: 1, max: 1e6 }),
      remaining: fc.integer({ min: 0, max: 100_000 }),
      expiresAt: fc.option(fc.integer({ min: -30, max: 365 }).map(inDays), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(lot, { selector: (l) => l.id, maxLength: 8 }),
        fc.nat(400_000),
        (lots, amount) => {
          const live = lots.filter((l) => l.remaining > 0 && (!l.expiresAt || l.expiresAt > now));
          const available = live.reduce((s, l) => s + l.remaining, 0);
          const takes = takeFromLots(lots, amount, now);
          if (amount > available) return takes === null;
          if (!takes) return false;
          return (
            takes.reduce((s, t) => s + t.take, 0) === amount &&
            takes.every((t) => t.take > 0 && t.take <= live.find((l) => l.id === t.id)!.remaining)
          );
        },
      ),
    );
  });

  it('rounds the bonus down to a minor unit, in any currency', () => {
    expect(creditBonus(4999, 1000)).toBe(499);
    expect(creditBonus(1234, 0)).toBe(0);
    expect(creditBonus(3, 2500)).toBe(0);
    expect(creditExpiry(null, now)).toBeNull();
    expect(creditExpiry(365, now)!.getTime() - now.getTime()).toBe(365 * DAY);
  });
});

describe('granting credit by hand', () => {
  const schema = grantInput(['EUR', 'JPY', 'KWD']);
  const form = (over: Record<string, string>) => ({
    email: 'Shopper@Example.com',
    currency: 'EUR',
    amount: '25.00',
    key: 'a'.repeat(24),
    ...over,
  });

  it('reads amounts in each currency’s decimals and lower-cases the address', () => {
    expect(schema.parse(form({}))).toMatchObject({ email: 'shopper@example.com', amount: 2500 });
    expect(schema.parse(form({ currency: 'JPY', amount: '3000' })).amount).toBe(3000);
    expect(schema.parse(form({ currency: 'KWD', amount: '1.125' })).amount).toBe(1125);
  });

  it('refuses a wrong precision, zero, an unknown currency, a bad address and a missing key', () => {
    const bads: Record<string, string>[] = [
      { currency: 'JPY', amount: '10.5' },
      { amount: '0' },
      { amount: '-5' },
      { currency: 'USD' },
      { email: 'not-an-address' },
      { key: 'short' },
    ];
    for (const bad of bads) expect(schema.safeParse(form(bad)).success).toBe(false);
  });

  it('the return rules take a credit bonus and an expiry of 30 days to 10 years, or none', () => {
    const base = {
      graceDays: '7',
      returnShippingFee: '0',
      restockingFeePercent: '0',
      storeCreditBonusPercent: '10',
      storeCreditExpiryDays: '',
      finalSaleTags: '',
      finalSaleCollections: '',
      nonReturnableTags: '',
      addressName: '',
      address1: '',
      address2: '',
      city: '',
      zip: '',
      countryCode: '',
    };
    const schema = policyInput('EUR');
    expect(schema.parse(base)).toMatchObject({ storeCreditBonusPercent: 1000, storeCreditExpiryDays: null });
    expect(schema.parse({ ...base, storeCreditExpiryDays: '365' }).storeCreditExpiryDays).toBe(365);
    for (const bad of [
      { storeCreditExpiryDays: '7' },
      { storeCreditExpiryDays: '99999' },
      { storeCreditBonusPercent: '60' },
    ])
      expect(schema.safeParse({ ...base, ...bad }).success).toBe(false);
  });
});

describe('exchanges', () => {
  const order: PaidOrder = {
    taxIncluded: true,
    shipping: 500,
    tax: 1900,
    duties: 0,
    total: 10_500,
    refunded: 0,
    lines: [{ orderLineId: 1, quantity: 2, lineTotal: 9000, tax: 1437, duty: 0 }],
  };

  it('offers only in-stock variants at or below the unit price paid', () => {
    const options = [
      { variantId: 1, price: 5000, inStock: true },
      { variantId: 2, price: 5001, inStock: true },
      { variantId: 3, price: 4000, inStock: false },
      { variantId: 4, price: 4500, inStock: true },
    ];
    expect(exchangeable(5000, options).map((o) => o.variantId)).toEqual([1, 4]);
  });

  it('an even exchange refunds nothing; a cheaper one refunds the same share of what was paid', () => {
    const even = exchangeEstimate(
      order,
      [],
      [{ orderLineId: 1, quantity: 1, unitPrice: 5000, newUnitPrice: 5000 }],
    );
    expect(even).toEqual({
      items: 0,
      duties: 0,
      shipping: 0,
      restockingFee: 0,
      returnShippingFee: 0,
      total: 0,
    });
    // One of two units paid 4500 after the order's discount; the replacement is 10 % cheaper.
    const cheaper = exchangeEstimate(
      order,
      [],
      [{ orderLineId: 1, quantity: 1, unitPrice: 5000, newUnitPrice: 4500 }],
    );
    expect(cheaper.total).toBe(450);
  });

  it('never refunds more than the difference or what is left of the payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.nat(100_000),
        fc.nat(10_500),
        (unit, lower, refunded) => {
          const newUnit = Math.min(unit, lower);
          const e = exchangeEstimate(
            { ...order, refunded },
            [],
            [{ orderLineId: 1, quantity: 1, unitPrice: unit, newUnitPrice: newUnit }],
          );
          return e.total >= 0 && e.total <= 4500 && e.total <= 10_500 - refunded && e.restockingFee === 0;
        },
      ),
    );
  });
});
