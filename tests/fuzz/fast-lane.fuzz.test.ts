import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { withFastLane } from '#app/edge/fast-lane.server.ts';
import { storefrontApiFastPath } from '#app/storefront-api/http-fast-path.server.ts';
import { rawRequest } from '#tests/support/raw-http.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { hostileString } from './hostile-values.ts';
import { RUNS, SEED } from './settings.ts';

/**
 * The Storefront API's fast lane (ADR 0027) reads raw requests before Express and the edge do: any
 * method, path, content type, token and body it is sent either gets a JSON answer under 500 or is
 * left untouched for the Express stack (here a stand-in that says so; the route fuzz suite covers
 * that stack). Its result cache never answers a request with a reply made for another token.
 */
const FELL_THROUGH = 'x-fell-through';
let handle: DbHandle;
let server: Server;
let origin = '';

beforeAll(async () => {
  handle = await createTestDb('seeded');
  // Stands in for the Express stack: reads the body, as the edge does, and says it was reached.
  const fallback: RequestListener = (req, res) => {
    req.resume();
    req.once('end', () => {
      res.writeHead(404, { [FELL_THROUGH]: '1', 'content-type': 'text/plain' });
      res.end('not the fast lane');
    });
  };
  server = createServer(withFastLane([storefrontApiFastPath()], fallback));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await handle?.close();
});

const PRODUCT = JSON.stringify({
  query: 'query P($h: String!) @inContext(country: DE) { product(handle: $h) { title } }',
  variables: { h: 'merino-crew-sweater' },
});
const api = '/api/2026-04/graphql.json';

const method = fc.constantFrom('GET', 'POST', 'POST', 'POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH');
const path = fc.oneof(
  fc.constant(api),
  fc.constant(api),
  hostileString.map((q) => `${api}?query=${encodeURIComponent(q.toWellFormed())}`),
  fc.constantFrom(
    `${api}?query=${encodeURIComponent('{ shop { name } }')}`,
    '/api/2026-04/graphql.json/..',
    '/api/2025-01/graphql.json',
    '/API/2026-04/graphql.json',
    '/api/2026-04/graphql.json%00',
    '/api//2026-04/graphql.json',
  ),
);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/graphql',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ),
  hostileString,
);
const token = fc.oneof(
  fc.constant(DEMO_STOREFRONT_TOKEN),
  fc.constant(DEMO_STOREFRONT_TOKEN),
  fc.constant(''),
  hostileString,
);
const body = fc.oneof(
  fc.constant(PRODUCT),
  hostileString,
  hostileString.map((h) => JSON.stringify({ query: '{ product(handle: $h) { title } }', variables: { h } })),
  hostileString.map((h) => JSON.stringify({ query: PRODUCT.slice(0, 40), variables: h })),
  fc.constantFrom(
    PRODUCT.slice(0, PRODUCT.length - 3),
    `[${PRODUCT},${PRODUCT}]`,
    '{"query": 123}',
    '{"query": "mutation { cartCreate { cart { id } } }"}',
    'null',
    '',
  ),
);

/**
 * Header values Node refuses to send are not requests anyone can make, and headers past Node's
 * 16 KB limit never reach the app (Node answers 431 and closes): both are left out.
 */
const sendable = (value: string) => value.length < 8000 && /^[\t\x20-\x7e\x80-\xff]*$/.test(value);

describe('the Storefront API fast lane', () => {
  it('answers every raw request under 500 with JSON, or leaves it to the Express stack', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, contentType, token, body, async (m, p, type, t, b) => {
        fc.pre(sendable(type) && sendable(t));
        const headers: Record<string, string> = {};
        if (type) headers['content-type'] = type;
        if (t) headers['x-shopify-storefront-access-token'] = t;
        // Node's client frames a body only for these (a DELETE body would reach the server unframed).
        const withBody = m === 'POST' || m === 'PUT' || m === 'PATCH';
        const res = await rawRequest(origin, m, p, withBody ? { headers, body: b } : { headers });
        const context = `${m} ${p} ${type} ${t.slice(0, 20)} ${b.slice(0, 80)} -> ${res.status} ${res.body.slice(0, 200)}`;
        expect(res.status, context).toBeGreaterThan(0);
        expect(res.status, context).toBeLessThan(500);
        if (res.headers[FELL_THROUGH] || m === 'OPTIONS') return;
        expect(String(res.headers['content-type']), context).toMatch(/json/);
      }),
      { numRuns: RUNS * 8, seed: SEED },
    );
  }, 120_000);

  it('never answers from its cache a request whose token does not allow it', async () => {
    const headers = (t: string | null): Record<string, string> => ({
      'content-type': 'application/json',
      ...(t === null ? {} : { 'x-shopify-storefront-access-token': t }),
    });
    const first = await rawRequest(origin, 'POST', api, {
      headers: headers(DEMO_STOREFRONT_TOKEN),
      body: PRODUCT,
    });
    expect(first.status).toBe(200);
    expect(first.body).toContain('Merino');
    const again = await rawRequest(origin, 'POST', api, {
      headers: headers(DEMO_STOREFRONT_TOKEN),
      body: PRODUCT,
    });
    expect(again.body).toBe(first.body);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(null), fc.constant(''), hostileString), async (t) => {
        fc.pre(t === null || (sendable(t) && t !== DEMO_STOREFRONT_TOKEN));
        const res = await rawRequest(origin, 'POST', api, { headers: headers(t), body: PRODUCT });
        expect(res.status, `token ${JSON.stringify(t)}`).toBe(401);
        expect(res.body).not.toContain('Merino');
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
