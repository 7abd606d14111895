import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, pow10 } from '#app/modules/money/core/decimal.ts';
import { convert, money } from '#app/modules/money/core/money.ts';
import {
  computeVariantPrice,
  effectiveAdjustment,
  adjustmentBoundaries,
  type MarketPricing,
} from '#app/modules/pricing/core/engine.ts';
import {
  applyRounding,
  CHARM_ENDINGS,
  ROUNDING_STEPS,
  roundingRuleProblem,
  type RoundingRule,
} from '#app/modules/pricing/core/rounding.ts';

const market = (over: Partial<MarketPricing>): MarketPricing => ({
  currency: 'USD',
  shopCurrency: 'USD',
  rate: { value: '1', snapshotId: 1 },
  adjustmentPercent: '0',
  scheduled: [],
  taxInclusivePercent: null,
  rounding: { kind: 'none' },
  marginFloorPercent: null,
  compareAtMode: 'adjust',
  ...over,
});
const AT = new Date('2026-11-25T12:00:00Z');
const DE = market({
  currency: 'EUR',
  rate: { value: '0.9210', snapshotId: 7 },
  adjustmentPercent: '8',
  taxInclusivePercent: '19',
  rounding: { kind: 'charm', ending: '0.99' },
});
const JP = market({
  currency: 'JPY',
  rate: { value: '151.20', snapshotId: 7 },
  taxInclusivePercent: '10',
  rounding: { kind: 'step', mode: 'up', step: '10' },
});

describe('golden worked examples', () => {
  const cases: [
    string,
    MarketPricing,
    Parameters<typeof computeVariantPrice>[0],
    number,
    number | null,
    boolean,
  ][] = [
    [
      'US passthrough, $128.00',
      market({}),
      { price: 12800, compareAt: null, unitCost: null },
      12800,
      null,
      false,
    ],
    // 12800 × 0.921 × 1.08 = 12731.904 → 12732; × 1.19 = 15151.08 → 15151; .99 → 15199
    ['DE +8%, 19% VAT, .99', DE, { price: 12800, compareAt: 16000, unitCost: null }, 15199, 18999, false],
    // 12800 × 151.20 / 100 = 19353.6 → 19354; × 1.10 = 21289.4 → 21289; up to ¥10 → 21290
    ['JP 10% tax, up to ¥10', JP, { price: 12800, compareAt: null, unitCost: null }, 21290, null, false],
    [
      'JP nearest ¥100',
      { ...JP, rounding: { kind: 'step', mode: 'nearest', step: '100' } },
      { price: 12800, compareAt: null, unitCost: null },
      21300,
      null,
      false,
    ],
    // $128.00 × 0.3075 = 39.360 KWD = 39360 fils; .95 ending → 39.950 KWD
    [
      'KWD three decimals, .95',
      market({
        currency: 'KWD',
        rate: { value: '0.3075', snapshotId: 1 },
        rounding: { kind: 'charm', ending: '0.95' },
      }),
      { price: 12800, compareAt: null, unitCost: null },
      39950,
      null,
      false,
    ],
    // floor: cost 5000 × 0.921 = 4605 → /0.7 = 6578.57 → 6579 net → × 1.19 = 7829.01 → 7830 gross; .99 up → 7899
    [
      'DE floor clamps',
      { ...DE, adjustmentPercent: '0', marginFloorPercent: '30' },
      { price: 6000, compareAt: null, unitCost: 5000 },
      7899,
      null,
      true,
    ],
    [
      'GB fixed price wins',
      market({ currency: 'GBP', rate: { value: '0.7850', snapshotId: 1 }, taxInclusivePercent: '20' }),
      { price: 12800, compareAt: null, unitCost: 4000, fixed: { price: 9900, compareAt: null } },
      9900,
      null,
      false,
    ],
    [
      'compare-at dropped by mode',
      { ...DE, compareAtMode: 'drop' },
      { price: 12800, compareAt: 16000, unitCost: null },
      15199,
      null,
      false,
    ],
  ];
  it.each(cases)('%s', (_name, m, input, price, compareAt, clamped) => {
    const r = computeVariantPrice(input, m, AT);
    expect(r.price).toBe(price);
    expect(r.compareAt).toBe(compareAt);
    expect(r.floorClamped).toBe(clamped);
  });

  it('traces every step with the rate snapshot', () => {
    const r = computeVariantPrice({ price: 12800, compareAt: null, unitCost: null }, DE, AT);
    expect(r.trace).toEqual([
      { step: 'base', amount: 12800, currency: 'USD' },
      { step: 'fx', rate: '0.9210', snapshotId: 7, amount: 11789 },
      { step: 'adjustment', percent: '8', amount: 12732 },
      { step: 'tax', percent: '19', amount: 15151 },
      { step: 'rounding', rule: { kind: 'charm', ending: '0.99' }, amount: 15199 },
    ]);
  });
});

describe('scheduled adjustments', () => {
  const m = {
    ...DE,
    adjustmentPercent: '0',
    scheduled: [
      { percent: '5', startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2027-01-01T00:00:00Z') },
    ],
  };
  it('apply from the start (inclusive) to the end (exclusive)', () => {
    expect(effectiveAdjustment(m, new Date('2026-11-30T23:59:59.999Z'))).toBe('0');
    expect(effectiveAdjustment(m, new Date('2026-12-01T00:00:00Z'))).toBe('5');
    expect(effectiveAdjustment(m, new Date('2027-01-01T00:00:00Z'))).toBe('0');
    expect(adjustmentBoundaries(m, AT, new Date('2027-06-01'))).toEqual([
      new Date('2026-12-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    ]);
  });
});

const amounts = fc.integer({ min: 0, max: 100_000_000 });
const currencyAndRule = fc
  .oneof(
    fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'KWD', 'GBP'),
      rule: fc.constantFrom(...CHARM_ENDINGS).map((ending): RoundingRule => ({ kind: 'charm', ending })),
    }),
    fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'),
      rule: fc
        .record({
          mode: fc.constantFrom('nearest' as const, 'up' as const),
          step: fc.constantFrom(...ROUNDING_STEPS),
        })
        .map((s): RoundingRule => ({ kind: 'step', ...s })),
    }),
  )
  .filter(({ currency, rule }) => roundingRuleProblem(rule, currency) === null);

describe('rounding properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(amounts, currencyAndRule, (a, { currency, rule }) => {
        const once = applyRounding(a, currency, rule);
        expect(applyRounding(once, currency, rule)).toBe(once);
      }),
    );
  });

  it('is monotonic', () => {
    fc.assert(
      fc.property(amounts, amounts, currencyAndRule, (a, b, { currency, rule }) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(applyRounding(lo, currency, rule)).toBeLessThanOrEqual(applyRounding(hi, currency, rule));
      }),
    );
  });

  it('rejects rules a currency cannot express', () => {
    expect(roundingRuleProblem({ kind: 'charm', ending: '0.99' }, 'JPY')).toBe('charmNeedsMinorUnits');
    expect(roundingRuleProblem({ kind: 'step', mode: 'up', step: '0.05' }, 'JPY')).toBe('stepTooFine');
    expect(roundingRuleProblem({ kind: 'step', mode: 'up', step: '0.05' }, 'KWD')).toBeNull();
  });
});

describe('engine properties', () => {
  const inputs = fc.record({
    price: fc.integer({ min: 0, max: 10_000_000 }),
    cost: fc.integer({ min: 0, max: 10_000_000 }),
    margin: fc.constantFrom('0', '10', '30', '55.5'),
    rate: fc.constantFrom('0.7850', '0.9210', '151.20', '3.6725', '0.3075'),
    currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'AED'),
    tax: fc.constantFrom(null, '5', '10', '19', '20'),
    adjustment: fc.constantFrom('-10', '0', '8', '12.5'),
  });

  it('never prices below the margin floor: the shown price, net of tax, keeps the margin over the converted cost', () => {
    fc.assert(
      fc.property(inputs, currencyAndRule, (i, { rule }) => {
        const m = market({
          currency: i.currency,
          rate: { value: i.rate, snapshotId: 1 },
          adjustmentPercent: i.adjustment,
          taxInclusivePercent: i.tax,
          marginFloorPercent: i.margin,
        });
        const rounding = roundingRuleProblem(rule, i.currency) ? { kind: 'none' as const } : rule;
        const r = computeVariantPrice(
          { price: i.price, compareAt: null, unitCost: i.cost },
          { ...m, rounding },
          AT,
        );
        // Checked from outside the engine (not against the floor it traced): cost converted with
        // money's convert(), then price × 100/(100 + tax) × (1 − margin) ≥ cost, in exact integers.
        const cost = BigInt(convert(money(i.cost, 'USD'), i.currency, i.rate).amount);
        const t = parseDecimal(i.tax ?? '0');
        const mg = parseDecimal(i.margin);
        const th = 100n * pow10(t.scale);
        const mh = 100n * pow10(mg.scale);
        expect(BigInt(r.price) * th * (mh - mg.units)).toBeGreaterThanOrEqual(cost * (th + t.units) * mh);
      }),
    );
  });

  it('converts into JPY and KWD across the exponent difference, exactly', () => {
    // From US cents: ¥ = cents × 151.20 / 100; fils = cents × 0.3075 × 10. Half away from zero.
    const exact = (num: bigint, den: bigint) => Number(num / den + ((num % den) * 2n >= den ? 1n : 0n));
    fc.assert(
      fc.property(inputs, (i) => {
        const jp = computeVariantPrice(
          { price: i.price, compareAt: null, unitCost: null },
          market({ currency: 'JPY', rate: { value: '151.20', snapshotId: 1 } }),
          AT,
        );
        expect(jp.price).toBe(exact(BigInt(i.price) * 15120n, 10_000n));
        const kw = computeVariantPrice(
          { price: i.price, compareAt: null, unitCost: null },
          market({ currency: 'KWD', rate: { value: '0.3075', snapshotId: 1 } }),
          AT,
        );
        expect(kw.price).toBe(exact(BigInt(i.price) * 30750n, 10_000n));
      }),
    );
  });

  it('converts with no float drift: equals the exact rational result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: -50, max: 200 }),
        (price, rateUnits, adj) => {
          const rate = `${Math.floor(rateUnits / 10_000)}.${String(rateUnits % 10_000).padStart(4, '0')}`;
          const r = computeVariantPrice(
            { price, compareAt: null, unitCost: null },
            market({ currency: 'EUR', rate: { value: rate, snapshotId: 1 }, adjustmentPercent: String(adj) }),
            AT,
          );
          // Exact: price × rateUnits/10^4 × (100 + adj)/100, half away from zero.
          const num = BigInt(price) * BigInt(rateUnits) * BigInt(100 + adj);
          const den = 10_000n * 100n;
          const q = num / den;
          const expected = (num % den) * 2n >= den ? q + 1n : q;
          expect(BigInt(r.price)).toBe(expected < 0n ? 0n : expected);
        },
      ),
    );
  });
});

describe('compiled fast path', () => {
  it('agrees with the traced engine on every input', async () => {
    const { compilePricing, fastVariantPrice } = await import('#app/modules/pricing/core/engine.ts');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 })),
        fc.option(fc.integer({ min: 0, max: 10_000_000 })),
        fc.constantFrom(
          DE,
          JP,
          { ...DE, marginFloorPercent: '30' },
          { ...JP, marginFloorPercent: '55.5', compareAtMode: 'drop' as const },
          market({ currency: 'KWD', rate: { value: '0.3075', snapshotId: 1 }, marginFloorPercent: '10' }),
        ),
        (price, compareAt, unitCost, m) => {
          const slow = computeVariantPrice({ price, compareAt, unitCost }, m, AT);
          const fast = fastVariantPrice({ price, compareAt, unitCost }, compilePricing(m, AT));
          expect(fast).toEqual({
            price: slow.price,
            compareAt: slow.compareAt,
            floorClamped: slow.floorClamped,
          });
        },
      ),
    );
  });
});
