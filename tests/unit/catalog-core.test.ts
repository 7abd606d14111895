import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#app/modules/catalog/core/cursor.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { parseSearchQuery } from '#app/modules/catalog/core/search-query.ts';

describe('cursors', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), fc.nat(), (v, id) => {
        expect(decodeCursor(encodeCursor({ k: 'TITLE', v, id }), 'TITLE')).toEqual({ k: 'TITLE', v, id });
      }),
    );
  });

  it('reject garbage, other sort keys and oversize input', () => {
    for (const bad of [
      '',
      '!!!',
      'abc',
      Buffer.from('{"k":"TITLE"}').toString('base64url'),
      'a'.repeat(600),
    ]) {
      expect(() => decodeCursor(bad, 'TITLE')).toThrow(InvalidCursorError);
    }
    expect(() => decodeCursor(encodeCursor({ k: 'PRICE', v: 1, id: 1 }), 'TITLE')).toThrow(
      InvalidCursorError,
    );
  });

  it('never throws anything but InvalidCursorError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 700 }), (s) => {
        try {
          decodeCursor(s, 'ID');
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidCursorError);
        }
      }),
    );
  });
});

describe('search query syntax', () => {
  it('parses fields, phrases and negation', () => {
    expect(parseSearchQuery('wool tag:knitwear -tag:sale "merino crew" vendor:"Kiln & Co."')).toEqual([
      { kind: 'text', value: 'wool', negate: false },
      { kind: 'field', field: 'tag', value: 'knitwear', negate: false },
      { kind: 'field', field: 'tag', value: 'sale', negate: true },
      { kind: 'text', value: 'merino crew', negate: false },
      { kind: 'field', field: 'vendor', value: 'Kiln & Co.', negate: false },
    ]);
  });

  it('bounds the number and length of terms', () => {
    const terms = parseSearchQuery(`${'x'.repeat(10_000)} ${'a '.repeat(100)}`);
    expect(terms.length).toBeLessThanOrEqual(12);
    expect(terms[0]!.value.length).toBe(100);
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
    // PostgreSQL text cannot hold a NUL: control characters are dropped rather than failing the query.
    expect(likePattern('mer\u0000ino\u0007')).toBe('%merino%');
  });
});
