import fc from 'fast-check';

/** Strings an attacker sends: NUL, control characters, lone surrogates, 10 kB, and GraphQL or SQL syntax. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u0001\u001f\u007f',
    '\ud800',
    '\udfff x',
    '%00',
    "'; drop table carts; --",
    '"}{',
    '${x}',
    '../../etc/passwd',
    'gid://shopify/Product/99999999999',
    'gid://shopify/Product/-1',
    'gid://shopify/Product/1.5',
    'gid://shopify/ProductVariant/2147483648',
    'gid://shopify/Cart/',
    'gid://shopify/Cart/../../x',
    'gid://shopify/Nope/1',
    'tag:"',
    'price:>1e300',
    'title:*'.repeat(50),
  ),
  fc.constant('x'.repeat(10_240)),
);

/**
 * Base64url cursors of every key shape, mostly for the sort the query uses (a cursor for another
 * sort is refused before anything else is looked at): values of the wrong type, ids past int4,
 * floats, 1e300, extra keys, and JSON that is not a cursor at all.
 */
export function forgedCursor(sortKeys: readonly string[] = ['ID']): fc.Arbitrary<string> {
  return fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          k: fc.constantFrom(...sortKeys),
          v: fc.oneof(
            fc.string(),
            fc.double(),
            fc.integer(),
            fc.constant(null),
            fc.constantFrom(1e300, -1e300, 2 ** 53 + 1, 'a\u0000'),
            fc.boolean(),
          ),
          id: fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, 99_999_999_999, -1, 0, 1.5), fc.string()),
        }),
      },
      { weight: 1, arbitrary: fc.jsonValue() },
    )
    .map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url'));
}

/** Ints at and past the edges of what GraphQL's Int and PostgreSQL's integer hold. */
export const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 300 }),
  fc.constantFrom(0, -1, 250, 251, 999, 1000, 2 ** 31 - 1, -(2 ** 31)),
);
