import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFastLane } from '#app/edge/fast-lane.server.ts';
import { staticFiles } from '#app/edge/static-files.server.ts';
import { onLoopback, type Loopback } from '#tests/support/loopback.ts';
import { rawRequest } from '#tests/support/raw-http.ts';

/** The production build's client files from memory, before Express: what it answers and what it leaves. */
let dir: string;
let server: Loopback;
let origin: string;
const script = `export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'meridian-static-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'entry.client-AbC123.js'), script);
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'notes.unknown'), 'not a served type');
  // What the fast lane leaves goes here, as it would to Express (the edge, express.static, the app).
  const fallback = createServer((req, res) => res.end(`fell through: ${req.url}`));
  server = await onLoopback(
    createServer(withFastLane([staticFiles(dir)], (req, res) => fallback.emit('request', req, res))),
  );
  origin = server.origin;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files in the fast lane', () => {
  it('answers a fingerprinted asset for a year, with its type, ETag and 304', async () => {
    const r = await rawRequest(origin, 'GET', '/assets/entry.client-AbC123.js');
    expect([r.status, r.body]).toEqual([200, script]);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(script)));
    const etag = r.headers.etag as string;
    const again = await rawRequest(origin, 'GET', '/assets/entry.client-AbC123.js', {
      headers: { 'if-none-match': etag },
    });
    expect([again.status, again.body]).toEqual([304, '']);
    const head = await rawRequest(origin, 'HEAD', '/assets/entry.client-AbC123.js');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([
      200,
      '',
      r.headers['content-length'],
    ]);
  });

  it('sends brotli or gzip to clients that take them, with Vary and its own ETag', async () => {
    const plain = await fetch(`${origin}/assets/entry.client-AbC123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    for (const encoding of ['br', 'gzip']) {
      const r = await fetch(`${origin}/assets/entry.client-AbC123.js`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(r.headers.get('content-encoding')).toBe(encoding);
      expect(r.headers.get('vary')).toBe('Accept-Encoding');
      expect(r.headers.get('etag')).not.toBe(plain.headers.get('etag'));
      expect(Number(r.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(script) / 4);
      expect(await r.text()).toBe(script);
    }
  });

  it('gives other files an hour', async () => {
    const r = await rawRequest(origin, 'GET', '/favicon.svg');
    expect([r.status, r.headers['content-type'], r.headers['cache-control']]).toEqual([
      200,
      'image/svg+xml',
      'public, max-age=3600',
    ]);
  });

  it('leaves escaped, odd or unknown paths, queries and other methods to the stack behind it', async () => {
    for (const [method, p] of [
      ['GET', '/assets/entry.client-AbC123.js?v=1'],
      ['GET', '/assets/%65ntry.client-AbC123.js'],
      ['GET', '/assets/../assets/entry.client-AbC123.js'],
      ['GET', '//assets/entry.client-AbC123.js'],
      ['GET', '/assets/%2e%2e/notes.unknown'],
      ['GET', '/notes.unknown'],
      ['GET', '/assets/missing.js'],
      ['POST', '/favicon.svg'],
      ['DELETE', '/assets/entry.client-AbC123.js'],
    ] as const) {
      const r = await rawRequest(origin, method, p);
      expect([method, p, r.body]).toEqual([method, p, `fell through: ${p}`]);
    }
  });
});
