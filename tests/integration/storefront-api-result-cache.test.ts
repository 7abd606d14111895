import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { products } from '#app/db/schema/index.ts';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { httpServer } from '#app/http-app.server.ts';
import { emit } from '#app/lib/events.server.ts';
import { httpResultCache } from '#app/storefront-api/http-result-cache.server.ts';
import { storefrontYoga } from '#app/storefront-api/yoga.server.ts';
import { rawRequest } from '#tests/support/raw-http.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * The Storefront API over the production server's fast lane: shared queries are answered from the
 * HTTP result cache with the bytes Yoga wrote, per-buyer operations and errors never are, and the
 * domain events clear it.
 */
let db: DbHandle;
let server: Server;
let origin: string;
const PATH = '/api/2026-04/graphql.json';
const headers = {
  'content-type': 'application/json',
  accept: 'application/json',
  'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
};

beforeAll(async () => {
  db = await createTestDb('seeded');
  server = httpServer({
    build: () => Promise.reject(new Error('this test serves no pages')),
    mode: 'production',
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const cache = () => httpResultCache()!;

const PRODUCT = `query P($handle: String!) @inContext(country: DE, language: DE) {
  product(handle: $handle) {
    title onlineStoreUrl
    featuredImage { url }
    priceRange { minVariantPrice { amount currencyCode } }
    variants(first: 10) { nodes { id price { amount currencyCode } selectedOptions { name value } } }
  }
}`;
const productBody = (handle = 'merino-crew-sweater') =>
  JSON.stringify({ query: PRODUCT, variables: { handle } });

async function post(body: string, extra: Record<string, string> = {}) {
  const r = await fetch(`${origin}${PATH}`, { method: 'POST', headers: { ...headers, ...extra }, body });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

/** Yoga's own answer to the same request, never cached: what the route would send. */
async function uncached(body: string, extra: Record<string, string> = {}) {
  const r = await storefrontYoga().fetch(
    new Request(`${origin}${PATH}`, { method: 'POST', headers: { ...headers, ...extra }, body }),
    { db: db.db, origin },
  );
  return { status: r.status, headers: r.headers, text: await r.text() };
}

describe('the HTTP result cache', () => {
  it('answers a repeated product query from the cache, byte for byte what Yoga writes', async () => {
    const body = productBody();
    const misses = cache().misses;
    const first = await post(body);
    const hits = cache().hits;
    const second = await post(body);
    expect(cache().misses).toBe(misses + 1);
    expect(cache().hits).toBe(hits + 1);
    const reference = await uncached(body);
    expect(first.status).toBe(200);
    expect(second.text).toBe(reference.text);
    expect(first.text).toBe(reference.text);
    expect(JSON.parse(second.text).data.product.onlineStoreUrl).toContain(origin);
    expect(second.headers.get('content-type')).toBe(reference.headers.get('content-type'));
  });

  it("keeps Yoga's CORS headers on a hit, and gzips for clients that accept it", async () => {
    const body = productBody('merino-crew-sweater');
    const extra = { origin: 'https://hydrogen.example' };
    await post(body, extra);
    const hits = cache().hits;
    const hit = await post(body, extra);
    expect(cache().hits).toBe(hits + 1);
    const reference = await uncached(body, extra);
    for (const name of [
      'access-control-allow-origin',
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-allow-credentials',
      'content-type',
    ])
      expect([name, hit.headers.get(name)]).toEqual([name, reference.headers.get(name)]);
    expect(hit.headers.get('access-control-allow-origin')).toBe('https://hydrogen.example');

    const zipped = await rawRequest(origin, 'POST', PATH, {
      headers: { ...headers, 'accept-encoding': 'gzip', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('serves a gzip variant that inflates to the same bytes', async () => {
    const body = productBody();
    await post(body);
    const zipped = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
      const url = new URL(origin);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: PATH,
          headers: { ...headers, 'accept-encoding': 'gzip, deflate' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe((await uncached(body)).text);
  });

  it('shows a change at once after a catalog event, and not before (proving it was cached)', async () => {
    const body = JSON.stringify({ query: '{ product(handle: "merino-crew-sweater") { title } }' });
    const title = async () => JSON.parse((await post(body)).text).data.product.title as string;
    const before = await title();
    const [row] = await db.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.handle, 'merino-crew-sweater'));
    await db.db.update(products).set({ title: 'Cached Sweater' }).where(eq(products.id, row!.id));
    try {
      // No event: the cached answer stands (within its few seconds of freshness).
      expect(await title()).toBe(before);
      emit('catalog-changed', { productIds: [row!.id] });
      expect(cache().size).toBe(0);
      expect(await title()).toBe('Cached Sweater');
    } finally {
      await db.db.update(products).set({ title: before }).where(eq(products.id, row!.id));
      emit('catalog-changed', { productIds: [row!.id] });
    }
  });

  it.each(['prices-changed', 'markets-changed'] as const)('clears on %s', async (event) => {
    await post(productBody());
    expect(cache().size).toBeGreaterThan(0);
    if (event === 'prices-changed') emit(event, { variantIds: null });
    else emit(event, { marketIds: [] });
    expect(cache().size).toBe(0);
  });

  it('never caches carts, mutations, or answers with errors', async () => {
    emit('catalog-changed', { productIds: null });
    const created = await post(
      JSON.stringify({ query: 'mutation { cartCreate(input: {}) { cart { id } } }' }),
    );
    const cartId = JSON.parse(created.text).data.cartCreate.cart.id as string;
    const cartQuery = JSON.stringify({ query: `{ cart(id: "${cartId}") { id totalQuantity } }` });
    const viaNode = JSON.stringify({ query: `{ node(id: "${cartId}") { id } }` });
    const withCartFragment = JSON.stringify({
      query: `query Q { shop { name } ...C } fragment C on QueryRoot { cart(id: "${cartId}") { id } }`,
    });
    const failing = JSON.stringify({ query: '{ product(handle: "merino-crew-sweater") { nope } }' });
    const empty = JSON.stringify({ query: '{ product(id: "gid://shopify/Product/x") { title } }' });
    for (const body of [cartQuery, viaNode, withCartFragment, failing, failing, cartQuery])
      expect((await post(body)).status).toBeLessThan(500);
    expect(cache().size).toBe(0);
    // A shared query with a GraphQL error in its result is not kept either.
    const bad = await post(empty);
    if (bad.text.includes('"errors":')) expect(cache().size).toBe(0);
  });

  it('keys by token scope: a cached answer is never served to a bad token', async () => {
    const body = productBody();
    await post(body);
    const refused = await post(body, { 'x-shopify-storefront-access-token': 'not-a-token' });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors).toMatch(/Invalid API key/);
    const none = await fetch(`${origin}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(none.status).toBe(401);
  });

  it('answers GET queries and CORS preflights in the fast lane', async () => {
    const query = encodeURIComponent('{ shop { name } }');
    const get = await fetch(`${origin}${PATH}?query=${query}`, { headers });
    expect(get.status).toBe(200);
    expect((await get.json()).data.shop.name).toBeTruthy();
    const preflight = await fetch(`${origin}${PATH}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://hydrogen.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://hydrogen.example');
  });
});

describe('the fast lane keeps the edge guarantees', () => {
  it('refuses a chunked body over the API limit with 413 while reading, and keeps answering', async () => {
    const r = await rawRequest(origin, 'POST', PATH, {
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      chunks: 320,
      chunkSize: 64 * 1024,
    });
    expect([413, 0]).toContain(r.status);
    expect(r.sent).toBeLessThan(320 * 64 * 1024);
    expect((await post(productBody())).status).toBe(200);
  });

  it('answers the 413 in the language the client asks for', async () => {
    const r = await rawRequest(origin, 'POST', PATH, {
      headers: { ...headers, 'accept-language': 'de', 'transfer-encoding': 'chunked' },
      chunks: 3,
      chunkSize: 100 * 1024,
    });
    expect([413, 0]).toContain(r.status);
    if (r.status === 413) expect(r.body).toBe('Die Anfrage ist zu groß.');
  });

  it('answers malformed JSON and NUL in variables with JSON errors, never a 500', async () => {
    const broken = await post('{"query": "{ shop { name } }"');
    expect(broken.status).toBeLessThan(500);
    expect(JSON.parse(broken.text).errors).toBeDefined();
    const nul = await post(
      JSON.stringify({
        query: 'query P($h: String!) { product(handle: $h) { title } }',
        variables: { h: 'a\u0000b' },
      }),
    );
    expect(nul.status).toBeLessThan(500);
    expect(JSON.parse(nul.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
