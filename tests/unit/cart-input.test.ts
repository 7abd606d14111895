import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capLine,
  capToStock,
  MAX_ATTRIBUTES,
  MAX_CODES,
  MAX_LINE_QUANTITY,
  normaliseAttributes,
  normaliseCodes,
  quantityProblem,
} from '#app/modules/cart/core/cart-input.ts';

const field = ['lines', '0', 'quantity'];
const T = 'gid://shopify/ProductVariant/1';

describe('quantityProblem', () => {
  it('takes whole numbers from the minimum to MAX_LINE_QUANTITY', () => {
    expect(quantityProblem(1, field)).toBeNull();
    expect(quantityProblem(MAX_LINE_QUANTITY, field)).toBeNull();
    expect(quantityProblem(0, field, 0)).toBeNull();
    expect(quantityProblem(0, field)).toEqual({ code: 'LESS_THAN', field });
    expect(quantityProblem(-1, field, 0)).toEqual({ code: 'LESS_THAN', field });
    expect(quantityProblem(1.5, field)).toEqual({ code: 'LESS_THAN', field });
    expect(quantityProblem(Number.NaN, field)).toEqual({ code: 'LESS_THAN', field });
    expect(quantityProblem(MAX_LINE_QUANTITY + 1, field)).toEqual({ code: 'MAXIMUM_EXCEEDED', field });
  });
});

describe('normaliseAttributes', () => {
  it('trims keys, keeps the last value of a key and its first position', () => {
    expect(
      normaliseAttributes(
        [
          { key: ' gift ', value: 'yes' },
          { key: 'note', value: 'a' },
          { key: 'gift', value: 'no' },
        ],
        ['attributes'],
      ),
    ).toEqual({
      attributes: [
        { key: 'gift', value: 'no' },
        { key: 'note', value: 'a' },
      ],
    });
  });

  it('refuses blank or long keys, long values and too many attributes', () => {
    const f = ['attributes'];
    expect(normaliseAttributes([{ key: '  ', value: 'x' }], f)).toEqual({
      problem: { code: 'INVALID', field: f },
    });
    expect(normaliseAttributes([{ key: 'k'.repeat(256), value: 'x' }], f)).toEqual({
      problem: { code: 'INVALID', field: f },
    });
    expect(normaliseAttributes([{ key: 'k'.repeat(255), value: 'v'.repeat(5000) }], f)).toHaveProperty(
      'attributes',
    );
    expect(normaliseAttributes([{ key: 'k', value: 'v'.repeat(5001) }], f)).toEqual({
      problem: { code: 'INVALID', field: f },
    });
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(normaliseAttributes(many(MAX_ATTRIBUTES), f)).toHaveProperty('attributes');
    expect(normaliseAttributes(many(MAX_ATTRIBUTES + 1), f)).toEqual({
      problem: { code: 'MAXIMUM_EXCEEDED', field: f },
    });
  });
});

describe('normaliseCodes', () => {
  it('trims, drops empties and case-insensitive duplicates, keeps order and at most MAX_CODES', () => {
    expect(normaliseCodes([' SAVE10 ', '', 'save10', 'Welcome', '   '])).toEqual(['SAVE10', 'Welcome']);
    expect(normaliseCodes(['x'.repeat(300)])).toEqual(['x'.repeat(255)]);
    expect(normaliseCodes(Array.from({ length: 20 }, (_, i) => `C${i}`))).toHaveLength(MAX_CODES);
  });
});

describe('capping a line', () => {
  it('by stock when the variant cannot be oversold, with the warning that says how', () => {
    expect(capToStock(3, { quantity: 5, policy: 'deny' }, T)).toEqual({ quantity: 3, warning: null });
    expect(capToStock(5, { quantity: 5, policy: 'deny' }, T)).toEqual({ quantity: 5, warning: null });
    expect(capToStock(6, { quantity: 5, policy: 'deny' }, T)).toEqual({
      quantity: 5,
      warning: { code: 'MERCHANDISE_NOT_ENOUGH_STOCK', target: T },
    });
    expect(capToStock(2, { quantity: -3, policy: 'deny' }, T)).toEqual({
      quantity: 0,
      warning: { code: 'MERCHANDISE_OUT_OF_STOCK', target: T },
    });
    expect(capToStock(50, { quantity: 0, policy: 'continue' }, T)).toEqual({ quantity: 50, warning: null });
  });

  it('capLine never exceeds MAX_LINE_QUANTITY or the stock, and warns exactly when it cut', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 * MAX_LINE_QUANTITY }),
        fc.integer({ min: -5, max: 2000 }),
        fc.constantFrom('deny' as const, 'continue' as const),
        (requested, quantity, policy) => {
          const r = capLine(requested, { quantity, policy }, T);
          const ceiling = Math.min(MAX_LINE_QUANTITY, policy === 'deny' ? Math.max(0, quantity) : Infinity);
          expect(r.quantity).toBe(Math.min(requested, ceiling));
          expect(r.warning !== null).toBe(r.quantity < requested);
        },
      ),
    );
    expect(capLine(1998, { quantity: 0, policy: 'continue' }, T)).toEqual({
      quantity: MAX_LINE_QUANTITY,
      warning: { code: 'MERCHANDISE_NOT_ENOUGH_STOCK', target: T },
    });
  });
});
