import { createStorefrontClient } from '@shopify/hydrogen';
import { createStorefrontApiClient } from '@shopify/storefront-api-client';
import { describe, expect, it } from 'vitest';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { useSeededApi } from '#tests/support/seeded-api.ts';

const env = useSeededApi();

const PRODUCT = `#graphql
  query Product($handle: String!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    product(handle: $handle) {
      id title handle
      variants(first: 5) { nodes { id price { amount currencyCode } compareAtPrice { amount currencyCode } selectedOptions { name value } weight weightUnit } }
      priceRange { minVariantPrice { amount currencyCode } }
    }
  }
`;

describe('official @shopify/storefront-api-client over HTTP', () => {
  const client = () =>
    createStorefrontApiClient({
      storeDomain: env.api.origin,
      apiVersion: '2026-04',
      publicAccessToken: DEMO_STOREFRONT_TOKEN,
      // The client always builds an https:// URL; the test server speaks plain HTTP on loopback.
      customFetchApi: (url, init) => fetch(String(url).replace(/^https:/, 'http:'), init),
    });

  it('reads a product in the default market (USD, English)', async () => {
    const { data, errors } = await client().request(PRODUCT, {
      variables: { handle: 'merino-crew-sweater' },
    });
    expect(errors).toBeUndefined();
    expect(data.product.title).toMatch(/Merino/);
    expect(data.product.id).toMatch(/^gid:\/\/shopify\/Product\/\d+$/);
    expect(data.product.priceRange.minVariantPrice.currencyCode).toBe('USD');
    expect(data.product.priceRange.minVariantPrice.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it('switches currency and language with @inContext', async () => {
    const c = client();
    const us = (await c.request(PRODUCT, { variables: { handle: 'merino-crew-sweater' } })).data.product;
    const jp = (
      await c.request(PRODUCT, {
        variables: { handle: 'merino-crew-sweater', country: 'JP', language: 'JA' },
      })
    ).data.product;
    const de = (
      await c.request(PRODUCT, {
        variables: { handle: 'merino-crew-sweater', country: 'DE', language: 'DE' },
      })
    ).data.product;
    expect(jp.priceRange.minVariantPrice.currencyCode).toBe('JPY');
    expect(jp.priceRange.minVariantPrice.amount).toMatch(/^\d+$/); // no decimals
    expect(jp.title).not.toBe(us.title);
    expect(jp.title).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(de.priceRange.minVariantPrice.currencyCode).toBe('EUR');
    expect(de.title).not.toBe(us.title);
    expect(de.variants.nodes[0].selectedOptions.map((o: { name: string }) => o.name)).not.toEqual(
      us.variants.nodes[0].selectedOptions.map((o: { name: string }) => o.name),
    );
  });

  it('returns null for unknown handles and ids', async () => {
    const { data } = await client().request(
      `query { product(handle: "no-such-thing") { id } collection(id: "gid://shopify/Collection/999999") { id } node(id: "gid://shopify/Product/999999") { id } }`,
    );
    expect(data).toEqual({ product: null, collection: null, node: null });
  });

  it('reports unknown fields as GraphQL validation errors', async () => {
    const { errors } = await client().request(`query { shop { name notAField } }`);
    expect(errors?.graphQLErrors?.[0]?.message).toMatch(/Cannot query field "notAField"/);
  });
});

/** The paginated collection query's data. */
type ProductPage = {
  collection: {
    products: {
      nodes: { handle: string }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
};

describe('Hydrogen createStorefrontClient over HTTP', () => {
  it('queries with i18n-injected country and language', async () => {
    const { storefront } = createStorefrontClient({
      storeDomain: env.api.origin,
      publicStorefrontToken: DEMO_STOREFRONT_TOKEN,
      storefrontApiVersion: '2026-04',
      i18n: { country: 'AE', language: 'AR' },
      logErrors: false,
    });
    const result = await storefront.query(PRODUCT, {
      variables: { handle: 'merino-crew-sweater' },
      cache: storefront.CacheNone(),
    });
    expect(result.product.priceRange.minVariantPrice.currencyCode).toBe('AED');
    expect(result.product.title).toMatch(/[\u0600-\u06ff]/);
  });

  it('paginates collections with cursors both ways', async () => {
    const { storefront } = createStorefrontClient({
      storeDomain: env.api.origin,
      publicStorefrontToken: DEMO_STOREFRONT_TOKEN,
      storefrontApiVersion: '2026-04',
      logErrors: false,
    });
    const Q = `query Page($first: Int, $last: Int, $after: String, $before: String) {
      collection(handle: "apparel") { products(first: $first, last: $last, after: $after, before: $before, sortKey: TITLE) {
        nodes { handle } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const forward: string[] = [];
    let after: string | null = null;
    let guard = 0;
    do {
      const page: ProductPage = await storefront.query(Q, {
        variables: { first: 3, after },
        cache: storefront.CacheNone(),
      });
      forward.push(...page.collection.products.nodes.map((n: { handle: string }) => n.handle));
      after = page.collection.products.pageInfo.hasNextPage
        ? page.collection.products.pageInfo.endCursor
        : null;
    } while (after && ++guard < 50);
    expect(new Set(forward).size).toBe(forward.length);
    expect(forward.length).toBeGreaterThan(3);
    const backward: string[] = [];
    let before: string | null = null;
    guard = 0;
    do {
      const page: ProductPage = await storefront.query(Q, {
        variables: { last: 3, before },
        cache: storefront.CacheNone(),
      });
      backward.unshift(...page.collection.products.nodes.map((n: { handle: string }) => n.handle));
      before = page.collection.products.pageInfo.hasPreviousPage
        ? page.collection.products.pageInfo.startCursor
        : null;
    } while (before && ++guard < 50);
    expect(backward).toEqual(forward);
  });
});
