import { describe, expect, it } from 'vitest';
import { validatePriceList } from '#app/modules/pricing/core/price-list.ts';

const markets = new Map([
  ['us', { id: 1, currency: 'USD' }],
  ['jp', { id: 10, currency: 'JPY' }],
]);
const skus = new Map([['SKU-1', 101]]);
const HEADER = 'market,sku,price,compare_at_price';
const errorsOf = (...lines: string[]) => {
  const r = validatePriceList([HEADER, ...lines].join('\n'), markets, skus);
  return r.ok ? [] : r.errors;
};

describe('price list: header', () => {
  it('rejects an empty file and a header with any one column wrong', () => {
    expect(validatePriceList('', markets, skus)).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'header' }],
    });
    expect(validatePriceList('market,sku,price,compare\nus,SKU-1,1,', markets, skus)).toEqual({
      ok: false,
      errors: [{ line: 1, code: 'header' }],
    });
  });

  it('accepts header and cells with surrounding spaces and any letter case in the header', () => {
    expect(
      validatePriceList(' Market , SKU ,Price, Compare_At_Price\n us , SKU-1 , 12.50 , ', markets, skus),
    ).toEqual({ ok: true, rows: [{ line: 2, marketId: 1, variantId: 101, price: 1250, compareAt: null }] });
  });
});

describe('price list: amounts', () => {
  it('tells a minus sign at the start (negative) from one inside (not a price)', () => {
    expect(errorsOf('us,SKU-1,-1,')).toEqual([{ line: 2, code: 'negative', value: '-1' }]);
    expect(errorsOf('us,SKU-1,1-2,')).toEqual([{ line: 2, code: 'badPrice', value: '1-2' }]);
  });

  it('rejects text before or after the number as not a price', () => {
    expect(errorsOf('us,SKU-1,x12,')).toEqual([{ line: 2, code: 'badPrice', value: 'x12' }]);
    expect(errorsOf('us,SKU-1,12.50x,')).toEqual([{ line: 2, code: 'badPrice', value: '12.50x' }]);
  });

  it('names the value and currency when a price is finer than the currency', () => {
    expect(errorsOf('us,SKU-1,12.345,')).toEqual([{ line: 2, code: 'tooPrecise', value: '12.345 USD' }]);
    expect(errorsOf('jp,SKU-1,100.5,')).toEqual([{ line: 2, code: 'tooPrecise', value: '100.5 JPY' }]);
  });

  it('requires a price, and reports only that when the compare-at is present', () => {
    expect(errorsOf('us,SKU-1,,')).toEqual([{ line: 2, code: 'badPrice', value: '' }]);
    expect(errorsOf('us,SKU-1,,0')).toEqual([{ line: 2, code: 'badPrice', value: '' }]);
  });

  it('requires the compare-at to be strictly higher than the price', () => {
    expect(errorsOf('us,SKU-1,10,10')).toEqual([{ line: 2, code: 'compareAtNotHigher', value: '10' }]);
    expect(errorsOf('us,SKU-1,10,9.99')).toEqual([{ line: 2, code: 'compareAtNotHigher', value: '9.99' }]);
    expect(errorsOf('us,SKU-1,10,10.01')).toEqual([]);
  });
});

describe('price list: duplicates', () => {
  it('names the market and SKU of a repeated row', () => {
    expect(errorsOf('us,SKU-1,10,', 'jp,SKU-1,1000,', 'us,SKU-1,11,')).toEqual([
      { line: 4, code: 'duplicate', value: 'us SKU-1' },
    ]);
  });
});
