import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '#tests/support/seeded-api.ts';
import { postStorefront } from '#tests/support/storefront-post.ts';
import { forgedCursor, hostileInt, hostileString } from './hostile-values.ts';
import { ceiling } from './ceiling.ts';
import { CEILING_MS, RUNS, SEED } from './settings.ts';

/**
 * Every Storefront API query and mutation argument, fed hostile values over real HTTP: the API
 * answers with data, a user error or a GraphQL error, never a 5xx or an internal error.
 * `npm test` runs a fixed seed; `npm run fuzz` sets FUZZ_RUNS (and a random seed with FUZZ_SEED=random).
 */
const env = useSeededApi();
const limit = ceiling();

interface Case {
  name: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

const s = hostileString;
const n = hostileInt;
const c = fc.oneof({ weight: 3, arbitrary: forgedCursor() }, { weight: 1, arbitrary: hostileString });
const SORT_KEYS = ['TITLE', 'PRICE', 'ID', 'CREATED_AT', 'BEST_SELLING', 'RELEVANCE'] as const;
const cartId = fc.oneof(
  hostileString,
  hostileString.map((x) => `gid://shopify/Cart/${x}`),
);
const line = fc.record({
  merchandiseId: s,
  quantity: n,
  attributes: fc.array(fc.record({ key: s, value: s }), { maxLength: 3 }),
});

const CASES: Case[] = [
  {
    name: 'product',
    query: 'query Q($h: String, $id: ID) { product(handle: $h, id: $id) { id title } }',
    variables: fc.record({ h: s, id: s }, { requiredKeys: [] }),
  },
  {
    name: 'collection',
    query: 'query Q($h: String) { collection(handle: $h) { id products(first: 2) { nodes { id } } } }',
    variables: fc.record({ h: s }),
  },
  {
    name: 'products',
    query:
      'query Q($f: Int, $l: Int, $a: String, $b: String, $q: String, $k: ProductSortKeys) { products(first: $f, last: $l, after: $a, before: $b, query: $q, sortKey: $k) { nodes { id } pageInfo { hasNextPage } } }',
    // The cursor is forged for the sort asked for, so it gets past the sort check to the value checks.
    variables: fc
      .constantFrom(...SORT_KEYS)
      .chain((k) =>
        fc.record(
          { f: n, l: n, a: forgedCursor([k]), b: forgedCursor([k]), q: s, k: fc.constant(k) },
          { requiredKeys: ['k'] },
        ),
      ),
  },
  {
    name: 'collections',
    query: 'query Q($f: Int, $a: String) { collections(first: $f, after: $a) { nodes { id } } }',
    variables: fc.record({ f: n, a: c }),
  },
  {
    name: 'search',
    query:
      'query Q($q: String!, $f: Int, $a: String) { search(query: $q, first: $f, after: $a) { totalCount nodes { ... on Product { id } } } }',
    variables: fc.record({ q: s, f: n, a: c }),
  },
  {
    name: 'predictiveSearch',
    query:
      'query Q($q: String!, $l: Int) { predictiveSearch(query: $q, limit: $l) { products { id } queries { text } } }',
    variables: fc.record({ q: s, l: n }),
  },
  {
    name: 'menu',
    query: 'query Q($h: String!) { menu(handle: $h) { id items { title } } }',
    variables: fc.record({ h: s }),
  },
  { name: 'node', query: 'query Q($id: ID!) { node(id: $id) { id } }', variables: fc.record({ id: s }) },
  {
    name: 'nodes',
    query: 'query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: fc.record({ ids: fc.array(s, { maxLength: 5 }) }),
  },
  {
    name: 'productRecommendations',
    query:
      'query Q($id: ID, $h: String) { productRecommendations(productId: $id, productHandle: $h) { id } }',
    variables: fc.record({ id: s, h: s }, { requiredKeys: [] }),
  },
  { name: 'page', query: 'query Q($h: String) { page(handle: $h) { id } }', variables: fc.record({ h: s }) },
  {
    name: 'cart',
    query: 'query Q($id: ID!) { cart(id: $id) { id totalQuantity } }',
    variables: fc.record({ id: cartId }),
  },
  {
    name: 'urlRedirects',
    query:
      'query Q($q: String, $f: Int, $a: String) { urlRedirects(query: $q, first: $f, after: $a) { nodes { path target } } }',
    variables: fc.record({ q: s, f: n, a: c }),
  },
  {
    name: 'cartCreate',
    query:
      'mutation M($input: CartInput) { cartCreate(input: $input) { cart { id totalQuantity } userErrors { code } warnings { code } } }',
    variables: fc.record({
      input: fc.record(
        {
          lines: fc.array(line, { maxLength: 3 }),
          note: s,
          attributes: fc.array(fc.record({ key: s, value: s }), { maxLength: 3 }),
          discountCodes: fc.array(s, { maxLength: 3 }),
          buyerIdentity: fc.record(
            { countryCode: fc.constantFrom('US', 'DE', 'JP', 'ZZ', 'XX'), email: s },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  {
    name: 'cartLinesAdd',
    query:
      'mutation M($id: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $id, lines: $lines) { cart { id } userErrors { code } } }',
    variables: fc.record({ id: cartId, lines: fc.array(line, { maxLength: 3 }) }),
  },
  {
    name: 'cartLinesUpdate',
    query:
      'mutation M($id: ID!, $lines: [CartLineUpdateInput!]!) { cartLinesUpdate(cartId: $id, lines: $lines) { cart { id } userErrors { code } } }',
    variables: fc.record({
      id: cartId,
      lines: fc.array(fc.record({ id: s, quantity: n }), { maxLength: 3 }),
    }),
  },
  {
    name: 'cartLinesRemove',
    query:
      'mutation M($id: ID!, $ids: [ID!]!) { cartLinesRemove(cartId: $id, lineIds: $ids) { cart { id } userErrors { code } } }',
    variables: fc.record({ id: cartId, ids: fc.array(s, { maxLength: 3 }) }),
  },
  {
    name: 'cartNoteUpdate',
    query:
      'mutation M($id: ID!, $note: String!) { cartNoteUpdate(cartId: $id, note: $note) { cart { id } userErrors { code } } }',
    variables: fc.record({ id: cartId, note: s }),
  },
  {
    name: 'cartAttributesUpdate',
    query:
      'mutation M($id: ID!, $a: [AttributeInput!]!) { cartAttributesUpdate(cartId: $id, attributes: $a) { cart { id } userErrors { code } } }',
    variables: fc.record({ id: cartId, a: fc.array(fc.record({ key: s, value: s }), { maxLength: 3 }) }),
  },
  {
    name: 'cartDiscountCodesUpdate',
    query:
      'mutation M($id: ID!, $codes: [String!]!) { cartDiscountCodesUpdate(cartId: $id, discountCodes: $codes) { cart { id discountCodes { code applicable } } warnings { code message } userErrors { code } } }',
    variables: fc.record({
      id: cartId,
      // A few hostile codes, or a guessing run of up to 10,000 in one call (issue 14).
      codes: fc.oneof(
        fc.array(s, { maxLength: 3 }),
        fc.integer({ min: 1, max: 10_000 }).map((n) => Array.from({ length: n }, (_, i) => `GUESS-${i}`)),
      ),
    }),
  },
  {
    name: 'cartBuyerIdentityUpdate',
    query:
      'mutation M($id: ID!, $b: CartBuyerIdentityInput!) { cartBuyerIdentityUpdate(cartId: $id, buyerIdentity: $b) { cart { id } userErrors { code } } }',
    variables: fc.record({
      id: cartId,
      b: fc.record({ countryCode: fc.constantFrom('US', 'DE', 'ZZ'), email: s }, { requiredKeys: [] }),
    }),
  },
];

describe('Storefront API arguments, fuzzed', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s never answers with a 5xx or an internal error',
    async (_, c) => {
      await fc.assert(
        fc.asyncProperty(c.variables, async (variables) => {
          const { status, errors } = await limit.time(`${c.name} ${JSON.stringify(variables)}`, () =>
            postStorefront(env.api.origin, c.query, variables),
          );
          expect(status, JSON.stringify(variables).slice(0, 300)).toBeLessThan(500);
          const internal = errors.filter(
            (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || /^Unexpected error/.test(e.message),
          );
          expect(internal, JSON.stringify(variables).slice(0, 300)).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
  );

  it(`answers every case within ${CEILING_MS} ms (one that did not is sent again alone)`, async () => {
    expect(await limit.stillSlow()).toEqual([]);
  });
});
