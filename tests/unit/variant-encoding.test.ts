import { decodeEncodedVariant } from '@shopify/hydrogen';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeVariantCombinations } from '#app/modules/catalog/core/variant-encoding.ts';

const sortCombos = (c: number[][]) =>
  [...c].sort((a, b) => a.join(',').localeCompare(b.join(','), 'en', { numeric: true }));

describe('encodedVariantExistence encoding', () => {
  it('matches the example in Hydrogen’s decoder docs', () => {
    const input = [
      [0, 0, 0],
      [0, 1, 0],
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 1],
      [1, 1, 1],
      [2, 0, 1],
      [2, 1, 0],
    ];
    expect(encodeVariantCombinations(input)).toBe('v1_0:0:0,1:0-1,,1:0:0-1,1:1,,2:0:1,1:0,,');
  });

  it('round-trips through Hydrogen’s official decoder for any variant set', () => {
    const combos = fc.integer({ min: 1, max: 3 }).chain((depth) =>
      fc.uniqueArray(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: depth, maxLength: depth }), {
        minLength: 1,
        maxLength: 40,
        selector: (c) => c.join(','),
      }),
    );
    fc.assert(
      fc.property(combos, (input) => {
        expect(sortCombos(decodeEncodedVariant(encodeVariantCombinations(input)))).toEqual(sortCombos(input));
      }),
    );
  });

  it('encodes nothing as an empty string', () => {
    expect(encodeVariantCombinations([])).toBe('');
  });
});
