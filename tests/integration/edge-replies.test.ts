import { createServer } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edge } from '#app/edge/edge.server.ts';
import { onLoopback, type Loopback } from '#tests/support/loopback.ts';
import { rawRequest } from '#tests/support/raw-http.ts';

/** The edge's refusals over real HTTP: status, headers and a message in the client's language. */
let server: Loopback;
let origin: string;
beforeAll(async () => {
  const app = express();
  app.use(edge());
  app.use((_req, res) => void res.send('reached the app'));
  server = await onLoopback(createServer(app));
  origin = server.origin;
});
afterAll(() => server.close());

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the edge', () => {
  it('refuses a form from another site with 403, in the language the browser asks for', async () => {
    const r = await rawRequest(origin, 'POST', '/cart', {
      headers: { ...form, origin: 'https://evil.example', 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' },
      body: 'x=1',
    });
    expect(r.status).toBe(403);
    expect(r.headers['content-language']).toBe('de');
    expect(r.headers.vary).toMatch(/Accept-Language/);
    expect(r.body).toBe(
      'Dieses Formular wurde von einer anderen Website gesendet und daher nicht angenommen.',
    );
  });

  it('lets the same origin, and the API from any origin, through to the app', async () => {
    for (const [path, from] of [
      ['/cart', origin],
      ['/api/2026-04/graphql.json', 'https://elsewhere.example'],
    ] as const) {
      const r = await rawRequest(origin, 'POST', path, { headers: { ...form, origin: from }, body: 'x=1' });
      expect([path, r.status, r.body]).toEqual([path, 200, 'reached the app']);
    }
  });

  it('answers each refusal in Arabic, Japanese or Chinese, and in English for an unknown language', async () => {
    const ar = await rawRequest(origin, 'PUT', '/cart', {
      headers: { 'accept-language': 'ar-AE' },
      body: '',
    });
    expect([ar.status, ar.headers['content-language'], ar.body]).toEqual([
      405,
      'ar',
      'هذه الطريقة غير مسموح بها هنا.',
    ]);
    const ja = await rawRequest(origin, 'POST', '/cart', {
      headers: { ...form, 'content-length': String(10 * 1024 * 1024), 'accept-language': 'ja' },
    });
    expect([ja.status, ja.body]).toEqual([413, 'リクエストが大きすぎます。']);
    const zh = await rawRequest(origin, 'GET', '/search?q=%00', {
      headers: { 'accept-language': 'zh-Hans-CN' },
    });
    expect([zh.status, zh.headers['content-language']]).toEqual([400, 'zh-CN']);
    const other = await rawRequest(origin, 'POST', '/cart', {
      headers: { 'content-type': 'application/json', 'accept-language': 'tlh, *;q=0.1' },
      body: '{}',
    });
    expect([other.status, other.headers['content-language'], other.body]).toEqual([
      415,
      'en',
      'This address accepts form submissions only.',
    ]);
  });
});
