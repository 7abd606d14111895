/**
 * Requests no browser sends, over raw HTTP against the production build (issue 12): each gets a
 * 4xx at the edge, bodies are cut off at their route's limit while they stream, and the server
 * keeps answering.
 */
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { rawRequest as raw } from '#tests/support/raw-http.ts';
import { expect, test } from './fixtures.ts';

test.describe('hostile HTTP at the edge', () => {
  test('methods no route takes get 405 with Allow', async ({ baseURL }) => {
    for (const [method, path] of [
      ['TRACE', '/'],
      ['PUT', '/cart'],
      ['PATCH', '/cart'],
      ['DELETE', '/cart'],
      ['DELETE', '/api/2026-04/graphql.json'],
    ] as const) {
      const r = await raw(baseURL!, method, path, { body: '' });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.allow, `${method} ${path}`).toMatch(/^GET, HEAD, POST/);
    }
  });

  test('a JSON body to a form route is refused with 415 and a message', async ({ baseURL }) => {
    for (const path of ['/cart', '/app/login']) {
      const r = await raw(baseURL!, 'POST', path, {
        headers: { 'content-type': 'application/json' },
        body: '{"email":"a","password":"b"}',
      });
      expect(r.status, path).toBe(415);
      expect(r.body).toBe('This address accepts form submissions only.');
    }
  });

  test('NUL or broken encoding in a URL is a 404 or 400, never a 500', async ({ baseURL }) => {
    expect((await raw(baseURL!, 'GET', '/collections/%00')).status).toBe(404);
    expect((await raw(baseURL!, 'GET', '/app/orders?q=%00')).status).toBe(400);
    expect((await raw(baseURL!, 'GET', '/search?q=a%00')).status).toBe(400);
    expect((await raw(baseURL!, 'GET', '/products/%E0%A4%A')).status).toBe(400);
  });

  test('a form field with NUL (encoded or raw) is a 400; an encoded percent sign is not', async ({
    baseURL,
  }) => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    for (const body of ['email=a%00b&password=x', 'email=a\0b&password=x']) {
      const r = await raw(baseURL!, 'POST', '/app/login', { headers: form, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
    }
    const fine = await raw(baseURL!, 'POST', '/app/login', {
      headers: form,
      body: 'email=100%2500&password=x',
    });
    expect(fine.status).toBe(401);
  });

  test('a cart form whose input is not JSON, or whose lines are missing or not a list, is a 400', async ({
    baseURL,
  }) => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    for (const input of [
      '{not json',
      '{"action":"LinesAdd","inputs":{}}',
      '{"action":"LinesAdd","inputs":{"lines":"x"}}',
    ]) {
      const r = await raw(baseURL!, 'POST', '/cart', {
        headers: form,
        body: `cartFormInput=${encodeURIComponent(input)}`,
      });
      expect(r.status, input).toBe(400);
    }
  });

  test('a forged Host header never reaches a shared cache (no PUBLIC_STORE_URL here)', async ({
    baseURL,
  }) => {
    for (const path of ['/', '/robots.txt', '/sitemap.xml']) {
      const r = await raw(baseURL!, 'GET', path, { headers: { host: 'evil.example' }, body: '' });
      expect(r.status, path).toBe(200);
      expect(r.headers['cache-control'], path).toMatch(/^private/);
    }
  });

  test('a declared body over the limit is refused before it is read', async ({ baseURL }) => {
    const r = await raw(baseURL!, 'POST', '/app/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(100 * 1024 * 1024),
      },
      chunks: 1,
    });
    expect(r.status).toBe(413);
  });

  test('chunked bodies are cut off at the route limit while they stream', async ({ baseURL }) => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const api = {
      'content-type': 'application/json',
      'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN,
    };
    const cases = [
      ['/cart', form],
      ['/app/login', form],
      ['/api/2026-04/graphql.json', api],
    ] as const;
    for (const [path, headers] of cases) {
      // 20 MB offered, without a Content-Length.
      const r = await raw(baseURL!, 'POST', path, {
        headers: { ...headers, 'transfer-encoding': 'chunked' },
        chunks: 320,
        chunkSize: 64 * 1024,
      });
      // A 413, or the connection closed under the sender once the limit passed.
      expect([413, 0], path).toContain(r.status);
      expect(r.sent, path).toBeLessThan(20 * 1024 * 1024);
    }
    // The server is still answering.
    expect((await raw(baseURL!, 'GET', '/robots.txt')).status).toBe(200);
  });
});
