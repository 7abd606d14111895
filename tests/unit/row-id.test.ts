import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ROW_ID, parseRowId } from '#app/lib/row-id.ts';

describe('parseRowId', () => {
  it('reads every id PostgreSQL integer can hold, written plainly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_ROW_ID }), (id) => {
        expect(parseRowId(String(id))).toBe(id);
      }),
    );
  });

  it('refuses anything else: past int4, zero, signs, exponents, hex, spaces, NUL, non-strings', () => {
    for (const bad of [
      '2147483648',
      '99999999999',
      '0',
      '00',
      '01',
      '-1',
      '+1',
      '1e3',
      '0x10',
      ' 7',
      '7 ',
      '1.0',
      '1\0',
      '',
      'abc',
    ])
      expect(parseRowId(bad), JSON.stringify(bad)).toBeNull();
    for (const bad of [null, undefined, 7, {}]) expect(parseRowId(bad)).toBeNull();
  });
});
