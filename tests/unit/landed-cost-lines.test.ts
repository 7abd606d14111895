import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { landedCost, type LandedCostInput } from '#app/modules/checkout/core/landed-cost.ts';

/**
 * Landed cost with more than one line: under CIF the shipping is spread over the lines
 * by value (the last line takes the rounding remainder), never charged to every line.
 */
const base: Omit<LandedCostInput, 'lines' | 'shipping' | 'destination'> = {
  shipsFrom: 'US',
  incoterm: 'DDP',
  dutyRates: { '61': '12', '69': '5', '99': '100' },
  vatPercent: '19',
  deMinimis: { dutyThreshold: 15000, vatThreshold: 15000, vatAtSale: true },
};

describe('CIF valuation over several lines', () => {
  it('DE: $400 of goods, $10 shipping: each line carries its share of the shipping', () => {
    const r = landedCost({
      ...base,
      destination: 'DE',
      shipping: 1000,
      lines: [
        { key: 'a', customsValue: 10000, hsCode: '611011' },
        { key: 'b', customsValue: 30000, hsCode: '611020' },
      ],
    });
    // shares 250 / 750: 12 % of 10250 = 1230, 12 % of 30750 = 3690
    expect(r.dutyLines).toEqual({ a: 1230, b: 3690 });
    expect(r.assessed).toBe(4920);
    // import VAT on the duty: 19 % of 4920 = 934.8 → 935
    expect(r.collected).toBe(4920 + 935);
    expect(r).toMatchObject({ dutiable: true, notice: 'ddp-included', lowValueScheme: null });
  });

  it('three lines, one without an HS code, and a remainder: shares 333 / 333 / 335', () => {
    const r = landedCost({
      ...base,
      destination: 'DE',
      shipping: 1001,
      lines: [
        { key: 'a', customsValue: 10000, hsCode: '611011' },
        { key: 'b', customsValue: 10000, hsCode: null },
        { key: 'c', customsValue: 10000, hsCode: '991000' },
      ],
    });
    // a: 12 % of 10333 = 1239.96 → 1240; b: no rate → 0; c: 100 % of 10335
    expect(r.dutyLines).toEqual({ a: 1240, b: 0, c: 10335 });
    expect(r.assessed).toBe(11575);
  });

  it('FOB destinations (US) value the goods alone, whatever the shipping', () => {
    const r = landedCost({
      ...base,
      shipsFrom: 'GB',
      destination: 'US',
      shipping: 5000,
      vatPercent: null,
      deMinimis: { dutyThreshold: null, vatThreshold: null, vatAtSale: false },
      lines: [
        { key: 'a', customsValue: 10000, hsCode: '611011' },
        { key: 'b', customsValue: 30000, hsCode: '691200' },
      ],
    });
    // 12 % of 10000 + 5 % of 30000
    expect(r.dutyLines).toEqual({ a: 1200, b: 1500 });
    expect(r.collected).toBe(2700);
  });

  it('JP under DAP: assesses CIF duty over both lines but collects nothing', () => {
    const r = landedCost({
      ...base,
      destination: 'JP',
      incoterm: 'DAP',
      shipping: 2000,
      deMinimis: { dutyThreshold: 10000, vatThreshold: null, vatAtSale: false },
      lines: [
        { key: 'a', customsValue: 6000, hsCode: '691200' },
        { key: 'b', customsValue: 14000, hsCode: '691200' },
      ],
    });
    // shares 600 / 1400: 5 % of 6600 = 330, 5 % of 15400 = 770
    expect(r.dutyLines).toEqual({ a: 330, b: 770 });
    expect(r).toMatchObject({ assessed: 1100, collected: 0, notice: 'dap-may-be-due' });
  });

  it('property: at a 100 % rate, CIF duties add up to goods + shipping exactly, and no line gets more than its share', () => {
    const lines = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 100_000 }), (values, shipping) => {
        const goods = values.reduce((a, b) => a + b, 0);
        const r = landedCost({
          ...base,
          destination: 'DE',
          deMinimis: null,
          vatPercent: null,
          shipping,
          lines: values.map((v, i) => ({ key: `l${i}`, customsValue: v, hsCode: '990000' })),
        });
        expect(r.assessed).toBe(goods + shipping);
        values.forEach((v, i) => {
          const share = r.dutyLines[`l${i}`]! - v;
          expect(share).toBeGreaterThanOrEqual(0);
          if (i < values.length - 1) expect(share).toBe(Math.floor((shipping * v) / goods));
        });
      }),
    );
  });
});

describe('landed cost edges (mutation testing survivors)', () => {
  const one = (over: Partial<LandedCostInput>) =>
    landedCost({
      ...base,
      destination: 'DE',
      shipping: 0,
      lines: [{ key: 'a', customsValue: 20000, hsCode: '611011' }],
      ...over,
    });

  it('GB low-value goods use UK VAT at sale; other non-EU countries have no scheme', () => {
    const gb = { dutyThreshold: 13500, vatThreshold: 13500, vatAtSale: true };
    expect(
      one({ destination: 'GB', deMinimis: gb, lines: [{ key: 'a', customsValue: 10000, hsCode: '611011' }] })
        .lowValueScheme,
    ).toBe('UK_VAT');
    expect(
      one({ destination: 'CH', deMinimis: gb, lines: [{ key: 'a', customsValue: 10000, hsCode: '611011' }] })
        .lowValueScheme,
    ).toBeNull();
    expect(one({ destination: 'GB', deMinimis: { ...gb, vatThreshold: null } }).lowValueScheme).toBeNull();
  });

  it('a shipment within one non-EU country owes nothing; a null duty threshold always owes duty', () => {
    expect(one({ destination: 'JP', shipsFrom: 'JP' }).dutiable).toBe(false);
    expect(one({ deMinimis: { dutyThreshold: null, vatThreshold: null, vatAtSale: false } })).toMatchObject({
      dutiable: true,
      assessed: 2400,
    });
    expect(one({ deMinimis: { dutyThreshold: 20000, vatThreshold: null, vatAtSale: false } })).toMatchObject({
      dutiable: false,
      assessed: 0,
      notice: null,
    });
  });

  it('CA and AU value FOB like the US; import VAT on duty is charged outside the US only', () => {
    for (const destination of ['CA', 'AU'])
      expect(one({ destination, deMinimis: null, shipping: 5000 }).assessed).toBe(2400);
    expect(one({ destination: 'US', shipsFrom: 'GB', deMinimis: null, shipping: 5000 }).collected).toBe(2400);

    // 2400 duty + 19 % of it
    expect(one({ deMinimis: null, shipping: 0 }).collected).toBe(2400 + 456);
  });

  it('dutiable goods with no duty rate show no notice', () => {
    expect(
      one({ deMinimis: null, lines: [{ key: 'a', customsValue: 20000, hsCode: '010101' }] }),
    ).toMatchObject({ dutiable: true, assessed: 0, notice: null });
  });

  it('zero-value lines get no shipping share and the last line takes it all', () => {
    const r = one({
      deMinimis: null,
      vatPercent: null,
      shipping: 1000,
      lines: [
        { key: 'a', customsValue: 0, hsCode: '990000' },
        { key: 'b', customsValue: 0, hsCode: '990000' },
      ],
    });
    expect(r.dutyLines).toEqual({ a: 0, b: 1000 });
  });
});
