import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitMeasurementSchema } from '#app/modules/catalog/core/unit-measurement-input.ts';
import {
  MEASURED_TYPES,
  UNIT_FACTORS,
  unitPriceMinor,
  unitsOf,
  type MeasuredType,
  type UnitMeasurement,
} from '#app/modules/catalog/core/unit-price.ts';

const tea100g: UnitMeasurement = {
  measuredType: 'WEIGHT',
  quantityValue: '100',
  quantityUnit: 'G',
  referenceValue: 1,
  referenceUnit: 'KG',
};

describe('unitPriceMinor', () => {
  it('quotes the price per reference quantity in the same minor units', () => {
    // 4,80 € for 100 g is 48,00 € per kg; 1 200 yen for 250 g is 4 800 yen per kg.
    expect(unitPriceMinor(480, tea100g)).toBe(4800);
    expect(unitPriceMinor(1200, { ...tea100g, quantityValue: '250' })).toBe(4800);
    // 3,950 KWD (three decimals) for 250 g: 15,800 KWD per kg.
    expect(unitPriceMinor(3950, { ...tea100g, quantityValue: '250.0000' })).toBe(15800);
    // Linen sold by 0.5 m, quoted per metre; a 180 ml candle per 100 ml; a 2.5 l can per litre.
    const perMetre = { measuredType: 'LENGTH', quantityUnit: 'CM', referenceUnit: 'M' } as const;
    expect(unitPriceMinor(1450, { ...perMetre, quantityValue: '50', referenceValue: 1 })).toBe(2900);
    const vol = { measuredType: 'VOLUME', quantityUnit: 'ML', referenceUnit: 'ML' } as const;
    expect(unitPriceMinor(2400, { ...vol, quantityValue: '180', referenceValue: 100 })).toBe(1333);
    expect(
      unitPriceMinor(999, {
        ...vol,
        quantityValue: '2.5',
        quantityUnit: 'L',
        referenceValue: 1,
        referenceUnit: 'L',
      }),
    ).toBe(400); // 399.6 rounds half away from zero
  });

  it('rounds halves away from zero, once', () => {
    // 5 for 2 g per 1 g is 2.5 -> 3; 1 for 3 g per 1 g is 0.33 -> 0.
    const g = { measuredType: 'WEIGHT', quantityUnit: 'G', referenceUnit: 'G', referenceValue: 1 } as const;
    expect(unitPriceMinor(5, { ...g, quantityValue: '2' })).toBe(3);
    expect(unitPriceMinor(1, { ...g, quantityValue: '3' })).toBe(0);
    // Imperial: 1 lb at 1000 is 1000 × 1000 / 453.59237 = 2204.62 per kg -> 2205.
    expect(unitPriceMinor(1000, { ...g, quantityValue: '1', quantityUnit: 'LB', referenceUnit: 'KG' })).toBe(
      2205,
    );
  });

  it('refuses units of another measured type and non-positive quantities', () => {
    expect(() => unitPriceMinor(100, { ...tea100g, referenceUnit: 'L' as never })).toThrow(RangeError);
    expect(() => unitPriceMinor(100, { ...tea100g, quantityValue: '0' })).toThrow(RangeError);
    expect(() => unitPriceMinor(100, { ...tea100g, referenceValue: 0 })).toThrow(RangeError);
    expect(() => unitPriceMinor(1.5, tea100g)).toThrow(RangeError);
  });
});

const measurement = fc.constantFrom(...MEASURED_TYPES).chain((type: MeasuredType) =>
  fc.record({
    measuredType: fc.constant(type),
    quantityValue: fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9999 }))
      .filter(([i, f]) => i > 0 || f > 0)
      .map(([i, f]) => `${i}.${String(f).padStart(4, '0')}`),
    quantityUnit: fc.constantFrom(...unitsOf(type)),
    referenceValue: fc.constantFrom(1, 10, 100, 1000),
    referenceUnit: fc.constantFrom(...unitsOf(type)),
  }),
) as fc.Arbitrary<UnitMeasurement>;
const price = fc.integer({ min: 0, max: 10_000_000 });

describe('unitPriceMinor properties', () => {
  it('returns a non-negative safe integer (no float leaks through), or null past the safe range', () => {
    fc.assert(
      fc.property(price, measurement, (p, m) => {
        const u = unitPriceMinor(p, m);
        if (u === null) {
          // Only when the exact quotient is beyond 2^53: compare with the real-number value.
          const exact =
            (p * m.referenceValue * Number(UNIT_FACTORS[m.measuredType][m.referenceUnit as never])) /
            (Number(m.quantityValue) * Number(UNIT_FACTORS[m.measuredType][m.quantityUnit as never]));
          expect(exact).toBeGreaterThan(Number.MAX_SAFE_INTEGER * 0.99);
          return;
        }
        expect(Number.isSafeInteger(u)).toBe(true);
        expect(u).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives no unit price for a measurement whose price per reference is past 2^53', () => {
    const absurd: UnitMeasurement = {
      measuredType: 'WEIGHT',
      quantityValue: '0.0001',
      quantityUnit: 'MG',
      referenceValue: 1000,
      referenceUnit: 'KG',
    };
    expect(unitPriceMinor(10_000_000, absurd)).toBeNull();
    expect(unitPriceMinor(0, absurd)).toBe(0);
  });

  it('is monotonic in the price', () => {
    fc.assert(
      fc.property(price, price, measurement, (a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        // Null is "past the safe range": above every number, so a higher price cannot leave it.
        const [ul, uh] = [unitPriceMinor(lo, m), unitPriceMinor(hi, m)];
        if (ul === null) expect(uh).toBeNull();
        else if (uh !== null) expect(ul).toBeLessThanOrEqual(uh);
      }),
    );
  });

  it('is the price itself when the quantity is the reference, in any currency exponent', () => {
    // Minor units are the currency's own (yen: 0 decimals, dinar: 3), so the identity holds for all.
    fc.assert(
      fc.property(
        price,
        fc.constantFrom(...MEASURED_TYPES),
        fc.integer({ min: 1, max: 1000 }),
        (p, type, ref) => {
          for (const unit of unitsOf(type))
            expect(
              unitPriceMinor(p, {
                measuredType: type,
                quantityValue: String(ref),
                quantityUnit: unit,
                referenceValue: ref,
                referenceUnit: unit,
              }),
            ).toBe(p);
        },
      ),
    );
  });

  it('agrees with the same measurement written in another unit of its type', () => {
    // 0.1 kg and 100 g are the same quantity: the unit price cannot depend on how it was entered.
    fc.assert(
      fc.property(price, fc.integer({ min: 1, max: 5000 }), (p, grams) => {
        const asGrams = unitPriceMinor(p, { ...tea100g, quantityValue: String(grams) });
        const asKilos = unitPriceMinor(p, {
          ...tea100g,
          quantityValue: (grams / 1000).toFixed(3),
          quantityUnit: 'KG',
        });
        expect(asKilos).toBe(asGrams);
      }),
    );
  });

  it('is within half a minor unit of the exact rational value', () => {
    fc.assert(
      fc.property(price, measurement, (p, m) => {
        const u = unitPriceMinor(p, m);
        const f = (unit: string) => Number((UNIT_FACTORS[m.measuredType] as Record<string, string>)[unit]);
        const exact =
          (p * m.referenceValue * f(m.referenceUnit)) / (Number(m.quantityValue) * f(m.quantityUnit));
        if (u === null) expect(exact).toBeGreaterThan(Number.MAX_SAFE_INTEGER * 0.99);
        else expect(Math.abs(u - exact)).toBeLessThanOrEqual(0.5 + exact * 1e-12);
      }),
    );
  });
});

describe('unitMeasurementSchema', () => {
  it('accepts a measurement whose units belong to its type', () => {
    expect(
      unitMeasurementSchema.parse({ ...tea100g, quantityValue: ' 100.5 ', referenceValue: '1' }),
    ).toEqual({ ...tea100g, quantityValue: '100.5' });
  });

  it('refuses units of another type, bad quantities and references, with keyed messages', () => {
    const issues = (input: unknown) =>
      unitMeasurementSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues({ ...tea100g, referenceUnit: 'L' })).toEqual(['referenceUnit:unitMismatch']);
    expect(issues({ ...tea100g, quantityUnit: 'M2' })).toEqual(['quantityUnit:unitMismatch']);
    for (const q of ['0', '0.0000', '-1', '1.23456', '1e3', '', '12345678901'])
      expect(issues({ ...tea100g, quantityValue: q }), q).toEqual(['quantityValue:quantityValue']);
    for (const r of [0, -1, 1.5, 'x', 10_001])
      expect(issues({ ...tea100g, referenceValue: r }), String(r)).toEqual(['referenceValue:referenceValue']);
    expect(issues({ ...tea100g, measuredType: 'TIME' })?.[0]).toBe('measuredType:measuredType');
  });
});
