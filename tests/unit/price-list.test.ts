import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '#app/lib/csv.ts';
import { validatePriceList } from '#app/modules/pricing/core/price-list.ts';

const markets = new Map([
  ['gb', { id: 2, currency: 'GBP' }],
  ['jp', { id: 10, currency: 'JPY' }],
  ['kw', { id: 20, currency: 'KWD' }],
]);
const skus = new Map([
  ['AO-1', 101],
  ['AO-2', 102],
]);

describe('CSV', () => {
  it('round-trips any cells, quotes and line breaks included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe('price list validation', () => {
  it('accepts a valid list in each currency’s units', () => {
    const r = validatePriceList(
      'market,sku,price,compare_at_price\r\ngb,AO-1,45.00,60\njp,AO-1,6900,\nkw,AO-2,12.345,',
      markets,
      skus,
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        { line: 2, marketId: 2, variantId: 101, price: 4500, compareAt: 6000 },
        { line: 3, marketId: 10, variantId: 101, price: 6900, compareAt: null },
        { line: 4, marketId: 20, variantId: 102, price: 12345, compareAt: null },
      ],
    });
  });

  it('reports every problem with its line number', () => {
    const csv = [
      'market,sku,price,compare_at_price',
      'xx,AO-1,10,',
      'gb,NOPE,10,',
      'gb,AO-1,-5,',
      'jp,AO-1,10.5,',
      'gb,AO-2,abc,',
      'kw,AO-1,20,10',
      'gb,AO-1,10',
      'jp,AO-2,100,',
      'jp,AO-2,200,',
    ].join('\n');
    const r = validatePriceList(csv, markets, skus);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => `${e.line}:${e.code}`)).toEqual([
      '2:unknownMarket',
      '3:unknownSku',
      '4:negative',
      '5:tooPrecise',
      '6:badPrice',
      '7:compareAtNotHigher',
      '8:columns',
      '10:duplicate',
    ]);
  });

  it('needs the header', () => {
    expect(validatePriceList('sku,price\nAO-1,1', markets, skus)).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'header' }],
    });
  });
});
