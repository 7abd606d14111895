import { describe, expect, it } from 'vitest';
import {
  compilePricing,
  computeVariantPrice,
  fastVariantPrice,
  type MarketPricing,
} from '#app/modules/pricing/core/engine.ts';

/**
 * The margin floor at its boundary: a price exactly at the floor is NOT clamped (the
 * clamped-prices report must not list it); one minor unit below it is. Both the traced
 * engine and the compiled bulk path.
 */
const AT = new Date('2026-11-25T12:00:00Z');
const US: MarketPricing = {
  currency: 'USD',
  shopCurrency: 'USD',
  rate: { value: '1', snapshotId: 1 },
  adjustmentPercent: '0',
  scheduled: [],
  taxInclusivePercent: null,
  rounding: { kind: 'none' },
  marginFloorPercent: '50',
  compareAtMode: 'adjust',
};
// Cost $50.00 at a 50 % margin: floor $100.00 net. With 10 % tax included: $110.00 gross.
const GROSS: MarketPricing = { ...US, taxInclusivePercent: '10' };

const both = (price: number, m: MarketPricing) => {
  const input = { price, compareAt: null, unitCost: 5000 };
  const slow = computeVariantPrice(input, m, AT);
  return {
    slow: { price: slow.price, floorClamped: slow.floorClamped },
    fast: fastVariantPrice(input, compilePricing(m, AT)),
  };
};

describe('margin floor boundary', () => {
  it('a net price exactly at the floor is kept and not marked clamped', () => {
    const { slow, fast } = both(10000, US);
    expect(slow).toEqual({ price: 10000, floorClamped: false });
    expect(fast).toMatchObject({ price: 10000, floorClamped: false });
  });

  it('one cent under the floor is raised to it and marked clamped', () => {
    const { slow, fast } = both(9999, US);
    expect(slow).toEqual({ price: 10000, floorClamped: true });
    expect(fast).toMatchObject({ price: 10000, floorClamped: true });
  });

  it('one cent over is untouched', () => {
    expect(both(10001, US).slow).toEqual({ price: 10001, floorClamped: false });
    expect(both(10001, US).fast).toMatchObject({ price: 10001, floorClamped: false });
  });

  it('tax-inclusive: a gross price exactly at the grossed-up floor ($110.00) is not clamped', () => {
    // base 10000 × 1.10 = 11000 = floor 10000 × 1.10
    expect(both(10000, GROSS).slow).toEqual({ price: 11000, floorClamped: false });
    expect(both(10000, GROSS).fast).toMatchObject({ price: 11000, floorClamped: false });
    // base 9999 × 1.10 = 10998.9 → 10999 < 11000
    expect(both(9999, GROSS).slow).toEqual({ price: 11000, floorClamped: true });
    expect(both(9999, GROSS).fast).toMatchObject({ price: 11000, floorClamped: true });
  });

  it('traces the floor it computed from the cost', () => {
    const r = computeVariantPrice({ price: 9999, compareAt: null, unitCost: 5000 }, GROSS, AT);
    expect(r.trace.at(-1)).toEqual({ step: 'floor', floor: 11000, clamped: true, amount: 11000 });
  });
});
