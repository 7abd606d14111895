import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFallback } from '#app/edge/static-fallback.server.ts';
import { onLoopback, type Loopback } from '#tests/support/loopback.ts';
import { rawRequest } from '#tests/support/raw-http.ts';

/** express.static behind the fast lane: the files it still serves, and the URLs it leaves to the app. */
let dir: string;
let server: Loopback;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'meridian-static-fallback-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'assets', 'entry.client-AbC123.js'), 'export {};\n');
  writeFileSync(path.join(dir, 'images', 'tea.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const app = express();
  app.use(staticFallback(dir, '1h'));
  app.use((req, res) => {
    res.end(`app: ${req.url}`);
  });
  server = await onLoopback(createServer(app));
  origin = server.origin;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static fallback', () => {
  it('serves a fingerprinted asset for a year, even by an escaped path', async () => {
    for (const url of ['/assets/entry.client-AbC123.js', '/assets/entry.client%2DAbC123.js']) {
      const r = await rawRequest(origin, 'GET', url);
      expect([url, r.status, r.body]).toEqual([url, 200, 'export {};\n']);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves the other top-level files and folders for an hour', async () => {
    for (const url of ['/favicon.svg', '/images/tea.svg', '/%66avicon.svg']) {
      const r = await rawRequest(origin, 'GET', url);
      expect([url, r.status]).toEqual([url, 200]);
      expect(r.headers['cache-control']).toBe('public, max-age=3600');
    }
  });

  it('leaves pages, missing files and malformed escapes to the app, with the URL untouched', async () => {
    for (const url of [
      '/products/merino-crew-sweater',
      '/',
      '/assets/missing.js',
      '/images/none.png',
      '/%E0%A4%A',
    ]) {
      const r = await rawRequest(origin, 'GET', url);
      expect([url, r.status, r.body]).toEqual([url, 200, `app: ${url}`]);
    }
  });
});
