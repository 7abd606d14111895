import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getStorefrontSchema } from '#app/storefront-api/schema.server.ts';
import { isSharedQuery } from '#app/storefront-api/shared-cacheability.ts';

/** Which operations the HTTP result cache may share between requests (never anything per buyer). */
const shared = (query: string, operationName?: string) =>
  isSharedQuery(getStorefrontSchema(), parse(query), operationName);

describe('isSharedQuery', () => {
  it('shares catalog and shop queries, fragments and @inContext included', () => {
    expect(
      shared(
        'query P @inContext(country: DE) { product(handle: "a") { title ...F } } fragment F on Product { vendor }',
      ),
    ).toBe(true);
    expect(shared('{ shop { name } collection(handle: "a") { products(first: 2) { nodes { id } } } }')).toBe(
      true,
    );
    expect(shared('{ __typename __schema { queryType { name } } }')).toBe(true);
  });

  it('never shares carts, per-buyer fields reached through fragments or Node, or mutations', () => {
    expect(shared('{ cart(id: "gid://shopify/Cart/x") { id } }')).toBe(false);
    expect(shared('{ shop { name } ...C } fragment C on QueryRoot { cart(id: "x") { id } }')).toBe(false);
    expect(shared('{ node(id: "gid://shopify/Cart/x") { id } }')).toBe(false);
    expect(shared('mutation { cartCreate(input: {}) { cart { id } } }')).toBe(false);
  });

  it('picks the named operation, and refuses an ambiguous or unknown one', () => {
    const two = 'query A { shop { name } } query B { cart(id: "x") { id } }';
    expect(shared(two, 'A')).toBe(true);
    expect(shared(two, 'B')).toBe(false);
    expect(shared(two)).toBe(false);
    expect(shared('{ shop { nope } }')).toBe(false);
  });
});
