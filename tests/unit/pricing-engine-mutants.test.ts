import { describe, expect, it } from 'vitest';
import {
  adjustmentBoundaries,
  compilePricing,
  computeVariantPrice,
  effectiveAdjustment,
  fastVariantPrice,
  type MarketPricing,
  type VariantPricingInput,
} from '#app/modules/pricing/core/engine.ts';

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
const input = (over: Partial<VariantPricingInput>): VariantPricingInput => ({
  price: 10000,
  compareAt: null,
  unitCost: null,
  ...over,
});
/** Both paths must give the same answer; the traced one is returned for trace checks. */
const both = (i: VariantPricingInput, m: MarketPricing) => {
  const slow = computeVariantPrice(i, m, AT);
  expect(fastVariantPrice(i, compilePricing(m, AT))).toEqual({
    price: slow.price,
    compareAt: slow.compareAt,
    floorClamped: slow.floorClamped,
  });
  return slow;
};

describe('engine: adding adjustments with decimals', () => {
  const active = (percent: string) => ({ percent, startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: null });

  it('adds a standing and a scheduled percent of different scales exactly', () => {
    expect(effectiveAdjustment(market({ adjustmentPercent: '2.5', scheduled: [active('0.25')] }), AT)).toBe(
      '2.75',
    );
    expect(effectiveAdjustment(market({ adjustmentPercent: '0.25', scheduled: [active('2.5')] }), AT)).toBe(
      '2.75',
    );
    expect(effectiveAdjustment(market({ adjustmentPercent: '10', scheduled: [active('0.05')] }), AT)).toBe(
      '10.05',
    );
  });

  it('writes negative totals, including ones under one percent, with a leading zero', () => {
    expect(effectiveAdjustment(market({ adjustmentPercent: '-5', scheduled: [active('2.5')] }), AT)).toBe(
      '-2.5',
    );
    expect(effectiveAdjustment(market({ adjustmentPercent: '-0.05' }), AT)).toBe('-0.05');
    expect(effectiveAdjustment(market({ adjustmentPercent: '0.5', scheduled: [active('-0.45')] }), AT)).toBe(
      '0.05',
    );
  });
});

describe('engine: decimal adjustment and tax percents', () => {
  it('applies a 2.5% adjustment: $100.00 → $102.50', () => {
    const r = both(input({}), market({ adjustmentPercent: '2.5' }));
    expect(r.price).toBe(10250);
    expect(r.trace).toContainEqual({ step: 'adjustment', percent: '2.5', amount: 10250 });
  });

  it('converts then adjusts, rounding once: $100.00 × 0.9210 × 1.025 = €94.4025 → €94.40', () => {
    const r = both(
      input({}),
      market({ currency: 'EUR', rate: { value: '0.9210', snapshotId: 3 }, adjustmentPercent: '2.5' }),
    );
    expect(r.trace).toContainEqual({ step: 'fx', rate: '0.9210', snapshotId: 3, amount: 9210 });
    expect(r.price).toBe(9440);
  });

  it('grosses up by 7.5% tax: $100.00 → $107.50', () => {
    const r = both(input({}), market({ taxInclusivePercent: '7.5' }));
    expect(r.trace).toContainEqual({ step: 'tax', percent: '7.5', amount: 10750 });
    expect(r.price).toBe(10750);
  });
});

describe('engine: margin floor edge cases', () => {
  it('ignores a margin of 100% or more, or below zero (no floor can keep it)', () => {
    for (const marginFloorPercent of ['100', '150', '-10']) {
      const r = both(input({ price: 1000, unitCost: 5000 }), market({ marginFloorPercent }));
      expect(r.price, marginFloorPercent).toBe(1000);
      expect(r.floorClamped).toBe(false);
      expect(r.trace.some((s) => s.step === 'floor')).toBe(false);
    }
  });

  it('a 0% margin floors the price at cost', () => {
    const r = both(input({ price: 500, unitCost: 1000 }), market({ marginFloorPercent: '0' }));
    expect(r.price).toBe(1000);
    expect(r.floorClamped).toBe(true);
  });

  it('a 12.5% margin over $8.75 cost needs a net price of $10.00', () => {
    const m = market({ marginFloorPercent: '12.5' });
    expect(both(input({ price: 999, unitCost: 875 }), m).price).toBe(1000);
    expect(both(input({ price: 1000, unitCost: 875 }), m).floorClamped).toBe(false);
  });

  it('grosses the floor up by a decimal tax: 50% over $10.00 is $20.00 net, $21.50 with 7.5% tax', () => {
    const r = both(
      input({ price: 100, unitCost: 1000 }),
      market({ marginFloorPercent: '50', taxInclusivePercent: '7.5' }),
    );
    expect(r.trace.at(-1)).toEqual({ step: 'floor', floor: 2150, clamped: true, amount: 2150 });
    expect(r.price).toBe(2150);
  });

  it('rounds a clamped price up even when the rule rounds to the nearest', () => {
    // Floor $10.01 at 0% margin; the nearest dollar would be $10.00, under the floor.
    const m = market({ marginFloorPercent: '0', rounding: { kind: 'step', mode: 'nearest', step: '1' } });
    const r = both(input({ price: 500, unitCost: 1001 }), m);
    expect(r.price).toBe(1100);
    expect(r.floorClamped).toBe(true);
  });
});

describe('engine: fixed prices and compare-at', () => {
  it('a fixed price and its compare-at win over the converted ones, traced as fixed', () => {
    const r = both(input({ compareAt: 20000, fixed: { price: 1000, compareAt: 1500 } }), market({}));
    expect(r).toMatchObject({ price: 1000, compareAt: 1500 });
    expect(r.trace).toEqual([{ step: 'fixed', amount: 1000 }]);
    expect(r.compareAtTrace).toEqual([{ step: 'fixed', amount: 1500 }]);
  });

  it('a fixed price without compare-at shows none, even when the variant has one', () => {
    const r = both(input({ compareAt: 20000, fixed: { price: 1000, compareAt: null } }), market({}));
    expect(r.compareAt).toBeNull();
    expect(r.compareAtTrace).toBeNull();
  });

  it('drop mode shows no compare-at, fixed or not', () => {
    const m = market({ compareAtMode: 'drop' });
    expect(both(input({ compareAt: 20000 }), m).compareAt).toBeNull();
    expect(both(input({ fixed: { price: 1000, compareAt: 1500 } }), m).compareAt).toBeNull();
  });

  it('traces the compare-at only when it is shown (higher than the price)', () => {
    const higher = both(input({ price: 1000, compareAt: 1500 }), market({}));
    expect(higher.compareAtTrace).toEqual([
      { step: 'base', amount: 1500, currency: 'USD' },
      { step: 'fx', rate: '1', snapshotId: 1, amount: 1500 },
      { step: 'adjustment', percent: '0', amount: 1500 },
      { step: 'rounding', rule: { kind: 'none' }, amount: 1500 },
    ]);
    const lower = both(input({ price: 1000, compareAt: 900 }), market({}));
    expect(lower).toMatchObject({ compareAt: null, compareAtTrace: null });
  });
});

describe('engine: adjustment boundaries', () => {
  it('lists each start or end strictly inside [from, to) once, in time order', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const from = d('2027-01-01');
    const to = d('2027-06-01');
    const m = market({
      scheduled: [
        { percent: '1', startsAt: d('2027-03-01'), endsAt: to },
        { percent: '1', startsAt: from, endsAt: d('2027-02-01') },
        { percent: '1', startsAt: d('2026-06-01'), endsAt: null },
        { percent: '1', startsAt: d('2027-07-01'), endsAt: d('2027-08-01') },
        { percent: '1', startsAt: d('2026-01-01'), endsAt: d('2027-05-01') },
        { percent: '1', startsAt: d('2027-02-01'), endsAt: d('2027-03-01') },
      ],
    });
    expect(adjustmentBoundaries(m, from, to)).toEqual([d('2027-02-01'), d('2027-03-01'), d('2027-05-01')]);
  });
});
