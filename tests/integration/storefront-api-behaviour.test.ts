import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { collectionProducts, collections, products } from '#app/db/schema/index.ts';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { useSeededApi } from '#tests/support/seeded-api.ts';

const env = useSeededApi();
const ORIGIN = 'https://shop.test';

/** Response shapes of the queries below (only the fields they read). */
type Handles = { handle: string }[];
type FilteredCollection = {
  collection: {
    products: {
      nodes: { handle: string; variants: { nodes: { price: { amount: string } }[] } }[];
      filters: { id: string; label: string; values: { label: string; count: number; input: string }[] }[];
    };
  };
};
type SearchResult = { search: { totalCount: number; nodes: { title: string }[] } };
const run = (query: string, variables?: Record<string, unknown>) =>
  executeStorefront(env.db.db, ORIGIN, { query, variables });
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${env.api.origin}/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
      ...headers,
    },
    body,
  });

describe('HTTP protocol and bad input', () => {
  it('rejects missing, wrong and revoked-looking tokens with 401, accepting the private header too', async () => {
    expect((await post('{"query":"{shop{name}}"}', { 'x-shopify-storefront-access-token': '' })).status).toBe(
      401,
    );
    expect(
      (await post('{"query":"{shop{name}}"}', { 'x-shopify-storefront-access-token': 'nope' })).status,
    ).toBe(401);
    // The demo token is public; sent as a private token it is not accepted.
    expect(
      (
        await post('{"query":"{shop{name}}"}', {
          'x-shopify-storefront-access-token': '',
          'shopify-storefront-private-token': DEMO_STOREFRONT_TOKEN,
        })
      ).status,
    ).toBe(401);
  });

  it('answers malformed JSON and bodies with 400, and GraphQL syntax errors with errors, never 500', async () => {
    for (const body of ['{nope', '', '{"query": 42}', '{"query":"{ shop { name } }","variables":"x"}']) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      const json = await r.json();
      expect(json.errors?.length, body).toBeGreaterThan(0);
    }
    // As on Shopify, a well-formed request whose document does not parse is answered with GraphQL errors.
    for (const body of ['{"query":"{ shop { name }"}', '{"query":"query {"}']) {
      const r = await post(body);
      expect(r.status, body).toBeLessThan(500);
      const json = await r.json();
      expect(json.errors?.length, body).toBeGreaterThan(0);
    }
  });

  it('reports unknown arguments and enum values as validation errors', async () => {
    const r = await post(
      JSON.stringify({ query: '{ products(first: 2, sortKey: CHEAPEST) { nodes { id } } }' }),
    );
    expect(r.status).toBeLessThan(500);
    expect((await r.json()).errors[0].message).toMatch(
      /Value "CHEAPEST" does not exist in "ProductSortKeys" enum/,
    );
    const r2 = await post(JSON.stringify({ query: '{ product(handle: "x", nope: 1) { id } }' }));
    expect((await r2.json()).errors[0].message).toMatch(/Unknown argument "nope"/);
  });

  it('limits query depth and cost', async () => {
    const deep = `{ ${'collection(handle: "apparel") { products(first: 1) { nodes { collections(first: 1) { nodes { '.repeat(4)} id ${'} } } } }'.repeat(4)} }`;
    const depth = await (await post(JSON.stringify({ query: deep }))).json();
    expect(JSON.stringify(depth)).toMatch(/depth/i);
    const costly = await (
      await post(
        JSON.stringify({
          query:
            '{ products(first: 250) { nodes { variants(first: 250) { nodes { id selectedOptions { name value } price { amount } } } } } }',
        }),
      )
    ).json();
    expect(costly.errors[0].extensions.code).toBe('MAX_COST_EXCEEDED');
  });

  it('gives a clear error for malformed cursors and for connections without first/last', async () => {
    const bad = await run('{ products(first: 2, after: "garbage!!") { nodes { id } } }');
    expect(bad.errors?.[0]?.message).toMatch(/Invalid cursor/);
    const forged = await run(
      `{ products(first: 2, after: "${Buffer.from('{"k":"ID","v":null,"id":"1"}').toString('base64url')}") { nodes { id } } }`,
    );
    expect(forged.errors?.[0]?.message).toMatch(/Invalid cursor/);
    const none = await run('{ products { nodes { id } } }');
    expect(none.errors?.[0]?.message).toMatch(/first or last/);
    const huge = await run('{ products(first: 5000) { nodes { id } } }');
    expect(huge.errors?.[0]?.message).toMatch(/between 0 and 250/);
  });

  it('serves only its own API version', async () => {
    const r = await fetch(`${env.api.origin}/api/2023-01/graphql.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
      },
      body: '{"query":"{shop{name}}"}',
    });
    expect(r.status).toBe(404);
    expect((await r.json()).errors[0].message).toMatch(/2026-04/);
  });
});

describe('catalog semantics', () => {
  it("lists each product's published collections, in one query for a whole page of products", async () => {
    const links = await env.db.db
      .select({ product: products.handle, collection: collections.handle })
      .from(collectionProducts)
      .innerJoin(products, eq(products.id, collectionProducts.productId))
      .innerJoin(collections, eq(collections.id, collectionProducts.collectionId))
      .where(eq(collections.published, true));
    const r = await run(
      '{ products(first: 100) { nodes { handle collections(first: 20) { nodes { handle } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const nodes = (r.data as { products: { nodes: { handle: string; collections: { nodes: Handles } }[] } })
      .products.nodes;
    expect(nodes.some((n) => n.collections.nodes.length > 1)).toBe(true);
    for (const n of nodes)
      expect(n.collections.nodes.map((c) => c.handle).sort(), n.handle).toEqual(
        links
          .filter((l) => l.product === n.handle)
          .map((l) => l.collection)
          .sort(),
      );
    // Translated in the operation's language.
    const de = await run(
      'query @inContext(country: DE, language: DE) { product(handle: "merino-crew-sweater") { collections(first: 5) { nodes { title } } } }',
    );
    expect(JSON.stringify(de.data)).toContain('"Strick"');
  });

  it('prices tax-inclusive markets gross and others net, with the right exponent', async () => {
    const q = `query($c: CountryCode) @inContext(country: $c) { product(handle: "merino-crew-sweater") { variants(first: 1) { nodes { price { amount currencyCode } } } } }`;
    const price = async (c: string) =>
      (await run(q, { c })).data as {
        product: { variants: { nodes: { price: { amount: string; currencyCode: string } }[] } };
      };
    const us = (await price('US')).product.variants.nodes[0]!.price;
    const de = (await price('DE')).product.variants.nodes[0]!.price;
    const at = (await price('AT')).product.variants.nodes[0]!.price;
    const jp = (await price('JP')).product.variants.nodes[0]!.price;
    const kw = (await price('KW')).product.variants.nodes[0]!.price; // not a market: falls back to the primary market
    expect(us.currencyCode).toBe('USD');
    expect(kw).toEqual(us);
    // Germany (19%) and Austria (20%) share EUR but not the VAT rate.
    expect(de.currencyCode).toBe('EUR');
    expect(Number(at.amount)).toBeGreaterThan(Number(de.amount));
    // USD → EUR at the demo rate, plus German VAT, then the demo's .95 ending: the next x.95 at or above.
    const usCents = Math.round(Number(us.amount) * 100);
    const grossDe = Math.round(Math.round(usCents * 0.921) * 1.19);
    const deCents = Math.round(Number(de.amount) * 100);
    expect(deCents % 100).toBe(95);
    expect(deCents).toBeGreaterThanOrEqual(grossDe);
    expect(deCents - grossDe).toBeLessThan(100);
    expect(jp.amount).toMatch(/^\d+$/);
  });

  it('filters collections by translated option values and prices in the presentment currency', async () => {
    const q = `query($f: [ProductFilter!]) @inContext(country: DE, language: DE) {
      collection(handle: "apparel") { products(first: 50, filters: $f) { nodes { handle variants(first: 50) { nodes { price { amount } selectedOptions { name value } } } }
        filters { id label values { label count input } } } } }`;
    const all = (await run(q, { f: [] })).data as FilteredCollection;
    const colorFilter = all.collection.products.filters.find((f) => f.id === 'filter.v.option.color')!;
    expect(colorFilter.label).toBe('Farbe');
    const navy = colorFilter.values.find((v) => v.label === 'Marineblau')!;
    expect(navy.count).toBeGreaterThan(0);
    const byInput = (await run(q, { f: [JSON.parse(navy.input)] })).data as FilteredCollection;
    expect(byInput.collection.products.nodes).toHaveLength(navy.count);
    const byGerman = (await run(q, { f: [{ variantOption: { name: 'Farbe', value: 'Marineblau' } }] }))
      .data as FilteredCollection;
    expect(byGerman.collection.products.nodes.map((n: { handle: string }) => n.handle)).toEqual(
      byInput.collection.products.nodes.map((n: { handle: string }) => n.handle),
    );
    const cheap = (await run(q, { f: [{ price: { min: 0, max: 60 } }] })).data as FilteredCollection;
    expect(cheap.collection.products.nodes.length).toBeGreaterThan(0);
    for (const p of cheap.collection.products.nodes) {
      expect(
        Math.min(...p.variants.nodes.map((v: { price: { amount: string } }) => Number(v.price.amount))),
      ).toBeLessThanOrEqual(60);
    }
    const unavailable = (await run(q, { f: [{ available: false }] })).data as FilteredCollection;
    expect(unavailable.collection.products.nodes.map((n: { handle: string }) => n.handle)).toContain(
      'quilted-liner-jacket',
    );
  });

  it('searches translated titles and ranks title matches first', async () => {
    const q = `query($q: String!) @inContext(country: JP, language: JA) { search(query: $q, first: 5) { totalCount nodes { ... on Product { title } } } }`;
    const jp = (await run(q, { q: 'メリノ' })).data as SearchResult;
    expect(jp.search.totalCount).toBeGreaterThan(0);
    expect(jp.search.nodes[0]!.title).toMatch(/メリノ/);
    const none = (await run(q, { q: 'zzzz-nothing' })).data as SearchResult;
    expect(none.search.totalCount).toBe(0);
  });

  it('predictive search returns products, collections and the query', async () => {
    const r = (
      await run(
        '{ predictiveSearch(query: "cera", limit: 4) { products { handle } collections { handle } queries { text } } }',
      )
    ).data as { predictiveSearch: { collections: Handles } };
    expect(r.predictiveSearch.collections.map((c: { handle: string }) => c.handle)).toContain('ceramics');
  });

  it('resolves nodes of every served type, and null for anything else', async () => {
    const ids = (
      await run(
        '{ product(handle: "merino-crew-sweater") { id variants(first: 1) { nodes { id } } } collection(handle: "apparel") { id } page(handle: "about") { id } }',
      )
    ).data as {
      product: { id: string; variants: { nodes: { id: string }[] } };
      collection: { id: string };
      page: { id: string };
    };
    const r = (
      await run(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
        ids: [
          ids.product.id,
          ids.product.variants.nodes[0]!.id,
          ids.collection.id,
          ids.page.id,
          'gid://shopify/Product/99999',
          'not-a-gid',
          'gid://shopify/Order/1',
        ],
      })
    ).data as { nodes: ({ __typename: string } | null)[] };
    expect(r.nodes.map((n: { __typename: string } | null) => n?.__typename ?? null)).toEqual([
      'Product',
      'ProductVariant',
      'Collection',
      'Page',
      null,
      null,
      null,
    ]);
  });

  it('serves menus with localized titles and URLs', async () => {
    const r = (
      await run(
        'query @inContext(country: FR, language: FR) { menu(handle: "footer") { items { title url } } }',
      )
    ).data as { menu: { items: { title: string; url: string }[] } };
    const shipping = r.menu.items.find((i) => i.url.endsWith('/pages/shipping'))!;
    expect(shipping.title).toBe('Livraison');
    expect(shipping.url).toBe(`${ORIGIN}/fr-fr/pages/shipping`);
  });

  it('lists every market country in localization, with languages and currencies', async () => {
    const r = (
      await run(
        'query @inContext(country: CA, language: FR) { localization { country { isoCode name currency { isoCode } unitSystem } language { isoCode } availableLanguages { isoCode } availableCountries { isoCode } } }',
      )
    ).data as {
      localization: {
        country: unknown;
        language: { isoCode: string };
        availableLanguages: { isoCode: string }[];
        availableCountries: unknown[];
      };
    };
    expect(r.localization.country).toEqual({
      isoCode: 'CA',
      name: 'Canada',
      currency: { isoCode: 'CAD' },
      unitSystem: 'METRIC_SYSTEM',
    });
    expect(r.localization.language.isoCode).toBe('FR');
    expect(r.localization.availableLanguages.map((l: { isoCode: string }) => l.isoCode).sort()).toEqual([
      'EN',
      'FR',
    ]);
    expect(r.localization.availableCountries).toHaveLength(13);
  });
});

describe('query cost counts variables', () => {
  // products: 1 + n × (nodes: 1 + (variants: 1 + n × (nodes: 1 + (price: 1)))) → n = 250: 1 + 250 × 502 = 125,501, plus 1,000 for the listing (over 10,000).
  const query =
    'query Costly($n: Int!) { products(first: $n) { nodes { variants(first: $n) { nodes { id price { amount } } } } } }';

  it('refuses first: $n when the variables make it too costly, over HTTP and in process', async () => {
    const http = await (await post(JSON.stringify({ query, variables: { n: 250 } }))).json();
    expect(http.errors[0].extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', cost: 126_501 });
    const local = await run(query, { n: 250 });
    expect(local.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', cost: 126_501 });
  });

  it('runs the same document with small variables', async () => {
    const http = await (await post(JSON.stringify({ query, variables: { n: 2 } }))).json();
    expect(http.errors).toBeUndefined();
    expect(http.data.products.nodes).toHaveLength(2);
    expect((await run(query, { n: 2 })).errors).toBeUndefined();
  });
});
