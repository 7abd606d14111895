import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CartAdjustment } from '#app/modules/checkout/core/cart-adjustments.ts';
import {
  cartTaxInput,
  priceCart,
  type Delivery,
  type PriceCartInput,
} from '#app/modules/checkout/core/price-cart.ts';
import { quoteKey, storedQuote, type Quote, type StoredQuote } from '#app/modules/checkout/core/quote.ts';
import { allocateByWeight } from '#app/modules/money/core/allocate.ts';
import { money, sum, toDecimalString } from '#app/modules/money/core/money.ts';
import { libraryRule } from '../support/import-rules.ts';

const line = (
  key: string,
  unit: number,
  quantity: number,
  currency = 'EUR',
  hsCode: string | null = '611011',
) => ({ key, unitPrice: money(unit, currency), quantity, hsCode });
const base = (over: Partial<PriceCartInput>): PriceCartInput => ({
  currency: 'EUR',
  taxInclusive: true,
  lines: [],
  adjustments: [],
  destination: null,
  delivery: null,
  ...over,
});
const ddp = (shipping: number, currency = 'EUR', over: Partial<Delivery> = {}): Delivery => ({
  shipping: money(shipping, currency),
  shipsFrom: 'US',
  incoterm: 'DDP',
  dutyRates: { '61': '12', '69': '4' },
  rule: libraryRule('DE'),
  importTaxPercent: '19',
  ...over,
});

describe('priceCart: worked examples', () => {
  it('multi-line, quantity > 1: line totals, the subtotal and the VAT inside gross prices before the address', () => {
    const price = priceCart(
      base({
        lines: [line('a', 4990, 3), line('b', 1250, 1)],
        destination: { country: 'DE', vatPercent: '19' },
      }),
    );
    expect(price.lines.map((l) => [l.subtotal.amount, l.total.amount])).toEqual([
      [14970, 14970],
      [1250, 1250],
    ]);
    expect(price.subtotal).toEqual({ amount: 16220, currencyCode: 'EUR' });
    // 14970 × 19/119 = 2390.25… → 2390; 1250 × 19/119 = 199.58… → 200 (per line, half away from zero).
    expect(price.tax).toEqual({ amount: 2590, currencyCode: 'EUR' });
    expect(price.total).toEqual(price.subtotal);
    expect(price.shipping.amount).toBe(0);
    expect(price.duties.amount).toBe(0);
  });

  it('tax on top is unknown before the delivery; without a destination nothing is taxed', () => {
    expect(
      priceCart(
        base({
          currency: 'USD',
          taxInclusive: false,
          lines: [line('a', 5000, 2, 'USD')],
          destination: { country: 'US', vatPercent: null },
        }),
      ).tax,
    ).toBeNull();
    expect(priceCart(base({ lines: [line('a', 5000, 2)] })).tax).toBeNull();
  });

  it('US sales tax goes on top of goods, not shipping; the total adds it', () => {
    const price = priceCart(
      base({
        currency: 'USD',
        taxInclusive: false,
        lines: [line('a', 5000, 1, 'USD', null), line('b', 2500, 2, 'USD', null)],
        destination: { country: 'US', region: 'NY', vatPercent: null },
        delivery: {
          ...ddp(600, 'USD'),
          shipsFrom: 'US',
          incoterm: 'DAP',
          rule: libraryRule('US'),
          importTaxPercent: null,
        },
      }),
    );
    // NY base rate 4 %: 5000 → 200, 5000 → 200.
    expect(price.lines.map((l) => l.tax.amount)).toEqual([200, 200]);
    expect(price).toMatchObject({
      subtotal: { amount: 10000 },
      shipping: { amount: 600 },
      tax: { amount: 400 },
      duties: { amount: 0 },
      total: { amount: 11000 },
      taxIncluded: false,
    });
  });

  it('CIF: shipping is spread over the lines by value; above €150 the VAT inside prices becomes import VAT', () => {
    // Germany, DDP from the US, VAT included. Goods 20 000 + 10 000 gross, shipping 1 190 gross.
    const price = priceCart(
      base({
        lines: [line('a', 10000, 2), line('b', 10000, 1)],
        destination: { country: 'DE', vatPercent: '19' },
        delivery: ddp(1190),
      }),
    );
    // Net of VAT: a 20000 − 3193 = 16807, b 10000 − 1597 = 8403; shipping 1190 − 190 = 1000.
    // Shipping share by value: a ⌊1000 × 16807 / 25210⌋ = 666, b takes the rest, 334.
    // Duty 12 %: a (16807 + 666) × 12 % = 2096.76 → 2097; b (8403 + 334) × 12 % = 1048.44 → 1048.
    expect(price.lines.map((l) => l.duty.amount)).toEqual([2097, 1048]);
    // Over €150 there is no IOSS: the VAT inside the prices (3193 + 1597 + 190) comes out and
    // import VAT is due on CIF and duty: 19 % of (25210 + 1000 + 3145) = 5577.45 → 5577.
    expect(price.taxRemoved.amount).toBe(4980);
    expect(price.tax?.amount).toBe(0);
    expect(price.lines.map((l) => l.total.amount)).toEqual([16807, 8403]);
    expect(price.duties.amount).toBe(2097 + 1048 + 5577);
    expect(price.landed).toMatchObject({ saleTax: false, notice: 'included', lowValueScheme: null });
    expect(price.total.amount).toBe(25210 + 1000 + 8722);
    // Had each line been charged the whole shipping, duty would be 2137 + 1128.
    expect(price.lines.map((l) => l.duty.amount)).not.toEqual([2137, 1128]);
  });

  it('DAP assesses duty but the shopper pays none at checkout; IOSS at or under €150', () => {
    const dap = priceCart(
      base({
        lines: [line('a', 10000, 2)],
        destination: { country: 'DE', vatPercent: '19' },
        delivery: ddp(0, 'EUR', { incoterm: 'DAP' }),
      }),
    );
    expect(dap.atBorder.amount).toBeGreaterThan(0);
    expect(dap.atBorder.amount).toBe(dap.landed!.duty + dap.landed!.importTax);
    expect(dap.lines[0]!.duty.amount).toBe(0);
    expect(dap.duties.amount).toBe(0);
    expect(dap.landed?.notice).toBe('border-due');
    const ioss = priceCart(
      base({
        lines: [line('a', 2500, 2)],
        destination: { country: 'DE', vatPercent: '19' },
        delivery: ddp(500),
      }),
    );
    // Since 1 July 2026: €3 for the one subheading and 19 % VAT on it, collected (DDP).
    expect(ioss.landed).toMatchObject({
      duty: 300,
      importTax: 57,
      lowValueScheme: 'IOSS',
      notice: 'included',
    });
    expect(ioss.total.amount).toBe(5500 + 357);
  });

  it('JPY has no minor units and KWD has three: amounts stay integers of their own minor units', () => {
    const jp = priceCart(
      base({
        currency: 'JPY',
        lines: [line('a', 12800, 2, 'JPY', '691200')],
        destination: { country: 'JP', vatPercent: '10' },
        delivery: ddp(1500, 'JPY', { rule: libraryRule('JP'), importTaxPercent: '10' }),
      }),
    );
    // No consumption tax at sale: the tax inside, one rounding per invoice, 27100 × 10/110 =
    // 2463.6 → 2464 (per line it would be 2327 + 136 = 2463), comes out; shared 2328 / 136.
    expect(jp.tax).toEqual({ amount: 0, currencyCode: 'JPY' });
    expect(jp.taxRemoved).toEqual({ amount: 2464, currencyCode: 'JPY' });
    expect(toDecimalString(jp.subtotal)).toBe('23272');
    // Customs value 60 % of 23272 = 13963.2 → 13963, + 1364 shipping = 15327 > ¥10,000:
    // duty 4 % = 613.08 → 613; consumption tax 10 % of 15940 = 1594.
    expect(jp.duties).toEqual({ amount: 2207, currencyCode: 'JPY' });
    expect(jp.total.amount).toBe(23272 + 1364 + 2207);
    const kw = priceCart(
      base({
        currency: 'KWD',
        taxInclusive: false,
        lines: [line('a', 12345, 3, 'KWD')],
        destination: { country: 'KW', vatPercent: null },
      }),
    );
    expect(toDecimalString(kw.subtotal)).toBe('37.035');
    expect(kw.total).toEqual({ amount: 37035, currencyCode: 'KWD' });
  });

  it('adjustments: a line one comes off its line, an order one spreads by value, neither below zero', () => {
    const adjustments: CartAdjustment[] = [
      { code: 'LINE', lineKey: 'a', amount: 500 },
      { code: 'ORDER', lineKey: null, amount: 1001 },
      { code: 'HUGE', lineKey: 'b', amount: 999999 },
    ];
    const price = priceCart(
      base({ lines: [line('a', 3000, 1), line('b', 1000, 2), line('c', 1000, 1)], adjustments }),
    );
    expect(price.lines.map((l) => l.allocations.map((a) => [a.code, a.amount.amount]))).toEqual([
      [
        ['LINE', 500],
        ['ORDER', 715],
      ],
      [['HUGE', 2000]],
      [['ORDER', 286]],
    ]);
    expect(price.lines.map((l) => l.total.amount)).toEqual([1785, 0, 714]);
    expect(price.subtotal.amount).toBe(2499);
  });

  it('refuses amounts in another currency and a delivery without a destination', () => {
    expect(() => priceCart(base({ lines: [line('a', 100, 1, 'USD')] }))).toThrow(RangeError);
    expect(() => priceCart(base({ lines: [line('a', 100, 1)], delivery: ddp(0) }))).toThrow(RangeError);
    expect(() =>
      priceCart(
        base({
          lines: [line('a', 100, 1)],
          destination: { country: 'DE', vatPercent: '19' },
          delivery: ddp(0, 'USD'),
        }),
      ),
    ).toThrow(RangeError);
  });

  it('an external tax provider answers the input priceCart would tax, and its answer is used', () => {
    const input = base({
      lines: [line('a', 11900, 1)],
      destination: { country: 'DE', vatPercent: '19' },
      delivery: ddp(0),
    });
    expect(cartTaxInput(input)).toEqual({
      country: 'DE',
      region: undefined,
      taxInclusive: true,
      vatPercent: '19',
      lines: [{ key: 'a', amount: 11900 }],
      shipping: 0,
    });
    expect(cartTaxInput(base({ lines: [line('a', 1, 1)] }))).toBeNull();
    const provided = {
      lines: { a: 1000 },
      shipping: 0,
      total: 1000,
      included: true,
      ratePercent: '9.2',
      kind: 'vat' as const,
      approximate: false,
    };
    expect(priceCart({ ...input, tax: provided }).tax?.amount).toBe(1000);
  });
});

const currencies = ['JPY', 'EUR', 'USD', 'KWD'] as const;
const cart = fc.record({
  currency: fc.constantFrom(...currencies),
  lines: fc.array(
    fc.record({
      unit: fc.integer({ min: 0, max: 5_000_000 }),
      quantity: fc.integer({ min: 0, max: 20 }),
      hs: fc.constantFrom('611011', '691200', null),
    }),
    { maxLength: 6 },
  ),
  rate: fc.constantFrom('0', '5', '7.7', '10', '19', '20', '25.5'),
  shipping: fc.integer({ min: 0, max: 100_000 }),
  country: fc.constantFrom('DE', 'FR', 'GB', 'JP', 'AU', 'US'),
  incoterm: fc.constantFrom('DDP' as const, 'DAP' as const),
  adjustments: fc.array(
    fc.record({ line: fc.option(fc.nat(5), { nil: null }), amount: fc.integer({ min: 0, max: 2_000_000 }) }),
    { maxLength: 3 },
  ),
});
type Cart = typeof cart extends fc.Arbitrary<infer T> ? T : never;

function inputOf(
  c: Cart,
  taxInclusive: boolean,
  unit = (u: number) => u,
  shipping = c.shipping,
): PriceCartInput {
  return {
    currency: c.currency,
    taxInclusive,
    destination: { country: c.country, vatPercent: c.rate },
    lines: c.lines.map((l, i) => ({
      key: `l${i}`,
      unitPrice: money(unit(l.unit), c.currency),
      quantity: l.quantity,
      hsCode: l.hs,
    })),
    adjustments: c.adjustments.map((a, i) => ({
      code: `p${i}`,
      lineKey: a.line == null ? null : `l${a.line}`,
      amount: a.amount,
    })),
    delivery: {
      shipping: money(shipping, c.currency),
      shipsFrom: 'US',
      incoterm: c.incoterm,
      dutyRates: { '61': '12', '69': '4' },
      rule: null,
      importTaxPercent: c.rate,
    },
  };
}

describe('priceCart: properties', () => {
  it('the line totals add up to the subtotal; nothing is negative; the total is the sum of its parts', () => {
    fc.assert(
      fc.property(cart, fc.boolean(), (c, inclusive) => {
        const price = priceCart(inputOf(c, inclusive));
        expect(
          sum(
            price.lines.map((l) => l.total),
            c.currency,
          ),
        ).toEqual(price.subtotal);
        for (const l of price.lines) {
          expect(l.total.amount).toBeGreaterThanOrEqual(0);
          expect(
            l.total.amount +
              sum(
                l.allocations.map((a) => a.amount),
                c.currency,
              ).amount,
          ).toBe(l.subtotal.amount);
        }
        for (const m of [price.subtotal, price.shipping, price.tax!, price.duties, price.total])
          expect(m.amount).toBeGreaterThanOrEqual(0);
        expect(price.total.amount).toBe(
          price.subtotal.amount +
            price.shipping.amount +
            (inclusive ? 0 : price.tax!.amount) +
            price.duties.amount,
        );
      }),
    );
  });

  it("every amount is an integer of the cart currency's minor units, in that currency", () => {
    fc.assert(
      fc.property(cart, fc.boolean(), (c, inclusive) => {
        const price = priceCart(inputOf(c, inclusive));
        const all = [
          price.subtotal,
          price.shipping,
          price.tax!,
          price.duties,
          price.total,
          ...price.lines.flatMap((l) => [l.unitPrice, l.subtotal, l.total, l.tax, l.duty]),
        ];
        for (const m of all) {
          expect(m.currencyCode).toBe(c.currency);
          expect(Number.isSafeInteger(m.amount)).toBe(true);
        }
      }),
    );
  });

  it('a tax-inclusive and a tax-exclusive market give the same net amount for the same goods (up to a minor unit a line)', () => {
    // Net prices n; the inclusive market shows n grossed up at the rate (rounded half away from zero), which
    // is what a merchant's gross price for the same goods is. Taking the VAT back out must give n again.
    const g = fc.record({ c: cart, rate: fc.constantFrom('0', '5', '10', '19', '20', '25.5') });
    fc.assert(
      fc.property(g, ({ c, rate }) => {
        const scaled = Number(rate) * 10;
        const gross = (n: number) => Math.round((n * (1000 + scaled)) / 1000);
        const withRate = { ...c, rate, adjustments: [], country: 'DE' as const };
        const exclusive = priceCart({ ...inputOf(withRate, false), delivery: null, destination: null });
        const inclusive = priceCart({ ...inputOf(withRate, true, gross, 0), adjustments: [] });
        const netOf = inclusive.lines.map((l) => l.total.amount - l.tax.amount);
        exclusive.lines.forEach((l, i) =>
          expect(Math.abs(netOf[i]! - l.total.amount)).toBeLessThanOrEqual(c.lines[i]!.quantity),
        );
        // Exactly equal where the gross-up is exact (quantity 1, whole-percent rates on round prices).
        for (const [i, l] of c.lines.entries()) {
          if (l.quantity === 1 && (l.unit * scaled) % 1000 === 0)
            expect(netOf[i]).toBe(exclusive.lines[i]!.total.amount);
        }
      }),
    );
  });

  it('JPY and KWD prices keep their minor units through decimal strings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('JPY', 'KWD'),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 9 }),
        (currency, unit, quantity) => {
          const price = priceCart(base({ currency, lines: [line('a', unit, quantity, currency)] }));
          const text = toDecimalString(price.subtotal);
          expect(text.includes('.') ? text.split('.')[1]!.length : 0).toBe(currency === 'JPY' ? 0 : 3);
          expect(Number(text.replace('.', ''))).toBe(unit * quantity);
        },
      ),
    );
  });
});

describe('allocateByWeight', () => {
  it('shares add up to the amount, none above its weight when the amount fits, and follow the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.nat(8_000_000),
        (weights, raw) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const amount = total === 0 ? raw : raw % (total + 1);
          const shares = allocateByWeight(amount, weights);
          if (total === 0) {
            // A property returning false fails: assert, then return nothing.
            expect(shares.every((s) => s === 0)).toBe(true);
            return;
          }
          expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
          shares.forEach((s, i) => {
            expect(s).toBeLessThanOrEqual(weights[i]!);
            expect(Math.abs(s - (amount * weights[i]!) / total)).toBeLessThan(1);
          });
        },
      ),
    );
    expect(allocateByWeight(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('the fast path for small amounts gives exactly what BigInt arithmetic gives', () => {
    const reference = (amount: number, weights: number[]) => {
      const total = weights.reduce((a, b) => a + BigInt(b), 0n);
      if (total === 0n) return weights.map(() => 0);
      const exact = weights.map((w) => BigInt(amount) * BigInt(w));
      const shares = exact.map((e) => e / total);
      let left = BigInt(amount) - shares.reduce((a, b) => a + b, 0n);
      const order = exact
        .map((e, i) => ({ i, rest: e % total }))
        .sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
      for (const { i } of order) {
        if (left === 0n) break;
        shares[i]! += 1n;
        left -= 1n;
      }
      return shares.map(Number);
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 20 }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          expect(allocateByWeight(amount, weights)).toEqual(reference(amount, weights));
        },
      ),
      { numRuns: 2000 },
    );
    expect(allocateByWeight(5, [3, 0, 7])).toEqual([2, 0, 3]);
  });
});

describe('stored quotes', () => {
  it('reads a quote frozen with bare amounts as amounts in its currency, with the same payment key', () => {
    const typed = {
      cartId: 'c1',
      email: 'a@b.c',
      language: 'ja',
      marketId: 1,
      countryCode: 'JP',
      currency: 'JPY',
      incoterm: 'DDP',
      lowValueScheme: null,
      lines: [
        {
          variantId: 7,
          quantity: 2,
          unitPrice: money(12800, 'JPY'),
          lineTotal: money(25600, 'JPY'),
          tax: money(2327, 'JPY'),
          duty: money(0, 'JPY'),
          productTitle: 'T',
          variantTitle: 'V',
          sku: null,
          hsCode: null,
          countryOfOrigin: null,
        },
      ],
      address: {
        countryCode: 'JP',
        firstName: 'A',
        lastName: 'B',
        address1: 'x',
        city: 'y',
        zip: '1000005',
        province: '13',
      },
      shipping: { rateId: 3, service: 'standard', amount: money(1500, 'JPY'), minDays: 2, maxDays: 4 },
      subtotal: money(25600, 'JPY'),
      shippingTotal: money(1500, 'JPY'),
      tax: money(2463, 'JPY'),
      taxIncluded: true,
      duties: money(0, 'JPY'),
      total: money(27100, 'JPY'),
      shopCurrency: 'USD',
      exchangeRate: '150',
      rateSnapshotId: null,
    } as unknown as Quote;
    const bare = JSON.parse(
      JSON.stringify(typed, (k, v) => (v && typeof v === 'object' && 'currencyCode' in v ? v.amount : v)),
    ) as StoredQuote;
    expect(bare.total).toBe(27100);
    // Quotes frozen before the import rules read back with nothing at the border and no rule.
    const upgraded: Quote = {
      ...typed,
      dutiesAtBorder: money(0, 'JPY'),
      taxRemoved: money(0, 'JPY'),
      importRuleId: null,
      importNotice: null,
      discounts: [],
      storeCredit: money(0, 'JPY'),
    };
    expect(storedQuote(bare)).toEqual(upgraded);
    expect(storedQuote(JSON.parse(JSON.stringify(typed)) as StoredQuote)).toEqual(upgraded);
    const current = {
      ...upgraded,
      dutiesAtBorder: money(500, 'JPY'),
      importRuleId: 12,
      importNotice: 'border-due' as const,
    };
    expect(storedQuote(JSON.parse(JSON.stringify(current)) as StoredQuote)).toEqual(current);
    expect(quoteKey(storedQuote(bare))).toBe(quoteKey(upgraded));
    expect(quoteKey({ ...upgraded, total: money(27101, 'JPY') })).not.toBe(quoteKey(upgraded));
    // Store credit paying part of it changes what the card is charged, so the key too.
    expect(quoteKey({ ...upgraded, storeCredit: money(1000, 'JPY') })).not.toBe(quoteKey(upgraded));
  });
});
