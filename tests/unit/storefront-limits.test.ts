import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  boundedResult,
  costError,
  depthLimitRule,
  introspectionLimitRule,
  LISTING_COST,
  MAX_COST,
  MAX_DEPTH,
  MAX_NESTING,
  MAX_RESPONSE_BYTES,
  nestingError,
  unstorableInVariables,
  unstorableStringRule,
  operationCost,
  parseLimited,
} from '#app/storefront-api/limits.ts';

/** Costs worked out by hand: an object field costs 1, and a connection multiplies its children by first/last/limit. */
describe('operationCost', () => {
  const cost = (query: string, variables?: Record<string, unknown> | null, name?: string) =>
    operationCost(parse(query), variables, name);

  it('counts only object fields; scalars are free', () => {
    expect(cost('{ shop { name } }')).toBe(1);
    expect(cost('{ shop { name primaryDomain { url } } }')).toBe(2);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('multiplies children by first, last and limit literals', () => {
    // products: 1 + 10 × (nodes: 1 + (featuredImage: 1)) = 21
    expect(cost('{ products(first: 10) { nodes { id featuredImage { url } } } }')).toBe(21 + LISTING_COST);
    expect(cost('{ products(last: 10) { nodes { id featuredImage { url } } } }')).toBe(21 + LISTING_COST);
    expect(cost('{ x(limit: 4) { y { z } } }')).toBe(5);
    // 1 + 250 × (1 + (1 + 250 × (1 + 2))) = 188001
    expect(
      cost(
        '{ products(first: 250) { nodes { variants(first: 250) { nodes { id selectedOptions { name value } price { amount } } } } } }',
      ),
    ).toBe(188_001 + LISTING_COST);
  });

  it('charges a sitemap page as a listing, and article pages as nested fields', () => {
    // sitemap: 1 + listing + (resources: 1 + (items: 1))
    expect(cost('{ sitemap(type: PRODUCT) { resources(page: 1) { items { handle } } } }')).toBe(
      3 + LISTING_COST,
    );
    // blogs: 1 + 10 × (nodes: 1 + (articles: 1 + 5 × (nodes: 1)))
    expect(cost('{ blogs(first: 10) { nodes { articles(first: 5) { nodes { title } } } } }')).toBe(
      1 + 10 * (1 + 1 + 5),
    );
  });

  it('reads first/last from the variables ($n), not only literals', () => {
    const q = 'query P($n: Int!) { products(first: $n) { nodes { featuredImage { url } } } }';
    expect(cost(q, { n: 1 })).toBe(3 + LISTING_COST);
    expect(cost(q, { n: 250 })).toBe(1 + 250 * 2 + LISTING_COST);
    const nested =
      'query P($a: Int, $b: Int) { products(first: $a) { nodes { variants(last: $b) { nodes { price { amount } } } } } }';
    expect(cost(nested, { a: 100, b: 100 })).toBe(1 + 100 * (1 + 1 + 100 * 2) + LISTING_COST);
    expect(cost(nested, { a: 100, b: 100 })).toBeGreaterThan(MAX_COST);
    // A missing or non-positive count multiplies by 1.
    expect(cost(nested, {})).toBe(1 + 1 * (1 + 1 + 1 * 2) + LISTING_COST);
    expect(cost(nested, { a: 0, b: -5 })).toBe(5 + LISTING_COST);
    expect(cost(nested, null)).toBe(5 + LISTING_COST);
  });

  it('expands named and inline fragments, and picks the named operation', () => {
    expect(
      cost(
        '{ products(first: 3) { ...F } } fragment F on ProductConnection { nodes { featuredImage { url } } }',
      ),
    ).toBe(1 + 3 * 2 + LISTING_COST);
    expect(cost('{ node(id: "x") { ... on Product { featuredImage { url } } } }')).toBe(2);
    const two = 'query A { shop { name } } query B { products(first: 5) { nodes { id } } }';
    expect(cost(two, {}, 'A')).toBe(1);
    expect(cost(two, {}, 'B')).toBe(6 + LISTING_COST);
    expect(cost(two, {})).toBe(1);
    expect(cost(two, {}, 'C')).toBe(0);
  });

  it('charges each product listing its database work, aliased or nested, so a query holds at most nine', () => {
    expect(cost('{ search(query: "a", first: 2) { nodes { __typename } } }')).toBe(1 + LISTING_COST + 2);
    expect(cost('{ predictiveSearch(query: "a") { products { id } } }')).toBe(2 + LISTING_COST);
    expect(cost('{ productRecommendations(productId: "x") { id } }')).toBe(1 + LISTING_COST);
    // collections: 1 + 5 × (nodes: 1 + (products: 1 + 1,000 + 2 × (nodes: 1)))
    expect(cost('{ collections(first: 5) { nodes { products(first: 2) { nodes { id } } } } }')).toBe(
      1 + 5 * (1 + 1 + LISTING_COST + 2),
    );
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: products(first: 1) { nodes { id } }`).join(' ')} }`;
    expect(cost(aliased(9))).toBeLessThanOrEqual(MAX_COST);
    expect(cost(aliased(10))).toBeGreaterThan(MAX_COST);
    // Product.collections reads loaded rows, not a listing.
    expect(cost('{ product(handle: "x") { collections(first: 5) { nodes { id } } } }')).toBe(1 + 1 + 5);
  });

  it('ignores other numeric arguments and non-numeric counts', () => {
    expect(cost('{ x(size: 5) { y { z } } }')).toBe(2);
    expect(cost('query P($n: Int) { x(first: $n) { y { z } } }', { n: '250' })).toBe(2);
  });

  it('stops at a fragment cycle: a bounded, exact cost (one per level up to twice the maximum depth)', () => {
    // n (1) + F at depths 2, 4, … 30: next (1) each, 15 of them.
    expect(cost('{ n { ...F } } fragment F on N { next { ...F } }')).toBe(16);
    // Inline fragments and nested fields count depth too: x y1 … the cap is reached the same way.
    expect(cost(`{ ${'a { ... on A { '.repeat(20)}id${' } }'.repeat(20)} }`)).toBe(16);
    expect(cost(`{ ${'a { '.repeat(40)}id${' }'.repeat(40)} }`)).toBe(31);
  });

  it('finds the operation after fragments, unknown fragments cost nothing, and anonymous operations are not named', () => {
    expect(cost('fragment F on Shop { name } { shop { ...F primaryDomain { url } } }')).toBe(2);
    expect(cost('{ shop { ...Missing } }')).toBe(1);
    expect(cost('{ shop { name } }', {}, 'A')).toBe(0);
  });

  it('reports the cost and the maximum in the error', () => {
    expect(costError(12_345).extensions).toEqual({
      code: 'MAX_COST_EXCEEDED',
      cost: 12_345,
      maxCost: MAX_COST,
    });
    expect(costError(12_345).message).toBe(`Query cost 12345 exceeds the maximum of ${MAX_COST}`);
  });
});

describe('depthLimitRule', () => {
  const schema = buildSchema('type N { id: ID, next: N } type Query { n: N }');
  const nested = (depth: number) =>
    `{ ${'n { '.repeat(1)}${'next { '.repeat(depth - 2)}id${' }'.repeat(depth - 1)} }`;
  const errors = (query: string, max?: number) => validate(schema, parse(query), [depthLimitRule(max)]);

  it('allows exactly the maximum depth and refuses one more', () => {
    expect(errors(nested(MAX_DEPTH))).toEqual([]);
    const [error] = errors(nested(MAX_DEPTH + 1));
    expect(error!.message).toBe(
      `Query has depth ${MAX_DEPTH + 1}, which exceeds the maximum depth of ${MAX_DEPTH}`,
    );
    expect(error!.extensions.code).toBe('MAX_DEPTH_EXCEEDED');
    expect(error!.locations).toEqual([{ line: 1, column: 1 }]);
    expect(errors(nested(3), 3)).toEqual([]);
    expect(errors(nested(4), 3)).toHaveLength(1);
  });

  it('counts fields inside fragments, ignores introspection fields, and survives fragment cycles', () => {
    expect(errors('{ n { ...F } } fragment F on N { next { id } }', 3)).toEqual([]);
    expect(errors('{ n { ...F } } fragment F on N { next { next { id } } }', 3)).toHaveLength(1);
    expect(errors('{ n { ...F } } fragment F on N { next { ...F } }', 2)).toEqual([]);
    expect(errors('{ n { ...F } } fragment F on N { next { ...F } }', 1)).toHaveLength(1);
    expect(errors('{ n { ... on N { next { next { next { id } } } } } }', 3)).toHaveLength(1);
    expect(errors('{ n { next { __typename } } }', 2)).toEqual([]);
    expect(errors('{ n { ...Missing } }', 1)).toEqual([]);
  });
});

describe('nestingError (before the parser recurses)', () => {
  const at = (n: number, open = '{', close = '}') => `${open.repeat(n)}${close.repeat(n)}`;

  it('allows exactly MAX_NESTING open brackets of any kind and refuses one more', () => {
    for (const [o, c] of [
      ['{', '}'],
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      expect(nestingError(at(MAX_NESTING, o, c)), o).toBeNull();
      expect(nestingError(at(MAX_NESTING + 1, o, c))?.extensions.code, o).toBe('MAX_DEPTH_EXCEEDED');
    }
    // Closed brackets give the depth back: many shallow groups are fine.
    expect(nestingError('{ a } '.repeat(10_000))).toBeNull();
    expect(nestingError(`{${'[]'.repeat(MAX_NESTING * 2)}}`)).toBeNull();
  });

  it('skips brackets in strings (with escaped quotes), block strings and comments', () => {
    const deep = '{'.repeat(MAX_NESTING + 1);
    expect(nestingError(`{ a(s: "${deep}") }`)).toBeNull();
    expect(nestingError(`{ a(s: "\\" ${deep}") }`)).toBeNull();
    expect(nestingError(`{ a(s: """${deep}\n${deep}""") }`)).toBeNull();
    expect(nestingError(`# ${deep}\n{ a }`)).toBeNull();
    expect(nestingError(`# ${deep}\r{ a }`)).toBeNull();
    // After the comment's line ends, brackets count again.
    expect(nestingError(`# x\n${deep}`)).not.toBeNull();
    // An unterminated block string is the parser's to report.
    expect(nestingError(`{ a(s: """${deep}`)).toBeNull();
    // A string ends at a line break, so brackets after it count.
    expect(nestingError(`"abc\n${deep}`)).not.toBeNull();
  });

  it('parseLimited refuses too-deep text before parsing and parses the rest', () => {
    expect(() => parseLimited(at(MAX_NESTING + 1))).toThrow(/nested more than/);
    expect(parseLimited('{ shop { name } }').definitions).toHaveLength(1);
  });
});

describe('introspectionLimitRule', () => {
  const schema = buildSchema('type Query { shop: Shop } type Shop { name: String }');
  const errors = (query: string) =>
    validate(schema, parse(query), [introspectionLimitRule()]).map((e) => e.message);

  it('allows one __schema and ten __type per operation, counting aliases and fragments', () => {
    expect(errors('{ __schema { queryType { name } } }')).toEqual([]);
    expect(errors('{ a: __schema { queryType { name } } b: __schema { queryType { name } } }')).toEqual([
      'Operation selects __schema 2 times; at most 1 allowed',
    ]);
    const types = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `t${i}: __type(name: "Shop") { name }`).join(' ')} }`;
    expect(errors(types(10))).toEqual([]);
    expect(errors(types(11))).toEqual(['Operation selects __type 11 times; at most 10 allowed']);
    expect(
      errors(
        'query { a: shop { ...F } b: shop { ... on Shop { ...F } } } fragment F on Shop { __schema { queryType { name } } }',
      ),
    ).toEqual(['Operation selects __schema 2 times; at most 1 allowed']);
    // A fragment that spreads itself is followed once.
    expect(errors('{ shop { ...F } } fragment F on Shop { name ...F }')).toEqual([]);
  });
});

describe('boundedResult', () => {
  it('passes a result up to MAX_RESPONSE_BYTES and replaces a bigger one with an error', () => {
    const body = (n: number) => ({ data: { s: 'x'.repeat(n) } });
    const overhead = JSON.stringify(body(0)).length;
    expect(boundedResult(body(MAX_RESPONSE_BYTES - overhead))).toEqual(body(MAX_RESPONSE_BYTES - overhead));
    const replaced = boundedResult(body(MAX_RESPONSE_BYTES - overhead + 1));
    expect(replaced).not.toHaveProperty('data');
    expect((replaced as { errors?: unknown[] }).errors?.[0]).toMatchObject({
      extensions: { code: 'MAX_RESPONSE_SIZE_EXCEEDED' },
    });
  });
});

describe('NUL in strings', () => {
  it('unstorableInVariables finds NUL in any string at any depth, and nothing else', () => {
    expect(unstorableInVariables({ a: [{ b: { c: 'x\u0000' } }] })?.extensions.code).toBe('BAD_USER_INPUT');
    expect(unstorableInVariables('\u0000')).not.toBeNull();
    expect(unstorableInVariables({ a: [1, true, null, 'fine', { k: 'v' }] })).toBeNull();
    expect(unstorableInVariables(undefined)).toBeNull();
    // A lone surrogate is not text PostgreSQL can store either; a pair is fine.
    expect(unstorableInVariables({ codes: ['\ud800'] })).not.toBeNull();
    expect(unstorableInVariables({ s: '\udfffx' })).not.toBeNull();
    expect(unstorableInVariables({ s: '😀' })).toBeNull();
  });

  it('unstorableStringRule reports NUL in a string literal', () => {
    const schema = buildSchema('type Query { f(s: String): String }');
    const errors = (q: string) => validate(schema, parse(q), [unstorableStringRule()]).map((e) => e.message);
    expect(errors('{ f(s: "a\\u0000") }')).toHaveLength(1);
    expect(errors('{ f(s: "a") }')).toEqual([]);
  });
});
