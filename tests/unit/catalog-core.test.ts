import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '#app/modules/catalog/core/cursor.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { parseSearchQuery } from '#app/modules/catalog/core/search-query.ts';

describe('cursors', () => {
  const id = fc.integer({ min: 1, max: 2_147_483_647 });
  it('round-trip every value of their kind', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.string({ maxLength: 1_000 }).filter((s) => !s.includes('\0')),
          { nil: null },
        ),
        id,
        (v, id) => {
          expect(decodeCursor(encodeCursor({ k: 'TITLE', v, id }), 'TITLE', 'text')).toEqual({
            k: 'TITLE',
            v,
            id,
          });
        },
      ),
    );
    fc.assert(
      fc.property(fc.option(fc.maxSafeInteger(), { nil: null }), id, (v, id) => {
        expect(decodeCursor(encodeCursor({ k: 'PRICE', v, id }), 'PRICE', 'int')).toEqual({
          k: 'PRICE',
          v,
          id,
        });
      }),
    );
    expect(decodeCursor(encodeCursor({ k: 'ID', v: null, id: 7 }), 'ID', 'none')).toEqual({
      k: 'ID',
      v: null,
      id: 7,
    });
  });

  it('reject garbage, other sort keys and oversize input', () => {
    for (const bad of [
      '',
      '!!!',
      'abc',
      Buffer.from('{"k":"TITLE"}').toString('base64url'),
      Buffer.from('null').toString('base64url'),
      Buffer.from('[1]').toString('base64url'),
      'a'.repeat(600),
    ]) {
      expect(() => decodeCursor(bad, 'TITLE', 'text')).toThrow(InvalidCursorError);
    }
    expect(() => decodeCursor(encodeCursor({ k: 'PRICE', v: 1, id: 1 }), 'TITLE', 'text')).toThrow(
      InvalidCursorError,
    );
  });

  it('reject forged values of the wrong shape for their sort', () => {
    const forged = (json: string) => Buffer.from(json).toString('base64url');
    const cases: [string, 'int' | 'text' | 'none'][] = [
      ['{"k":"PRICE","v":"abc","id":1}', 'int'],
      ['{"k":"PRICE","v":1.5,"id":1}', 'int'],
      ['{"k":"PRICE","v":1e300,"id":1}', 'int'],
      ['{"k":"PRICE","v":9007199254740993,"id":1}', 'int'],
      ['{"k":"TITLE","v":5,"id":1}', 'text'],
      ['{"k":"TITLE","v":"a\\u0000b","id":1}', 'text'],
      ['{"k":"ID","v":"x","id":1}', 'none'],
      ['{"k":"ID","v":null,"id":"1"}', 'none'],
      ['{"k":"ID","v":null,"id":2147483648}', 'none'],
      ['{"k":"ID","v":null,"id":0}', 'none'],
      ['{"k":"ID","v":null,"id":-1}', 'none'],
      ['{"k":"ID","v":null,"id":1.5}', 'none'],
      ['{"k":"ID","v":null,"id":1,"extra":true}', 'none'],
    ];
    for (const [json, kind] of cases)
      expect(() => decodeCursor(forged(json), json.slice(6, json.indexOf('"', 6)), kind), json).toThrow(
        InvalidCursorError,
      );
    expect(decodeCursor(forged('{"k":"ID","v":null,"id":2147483647}'), 'ID', 'none').id).toBe(2_147_483_647);
  });

  it('never throws anything but InvalidCursorError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 700 }), (s) => {
        try {
          decodeCursor(s, 'ID', 'none');
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
