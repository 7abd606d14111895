import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edge } from '#app/edge/edge.server.ts';
import { withFastLane } from '#app/edge/fast-lane.server.ts';
import { staticFallback } from '#app/edge/static-fallback.server.ts';
import { staticFiles } from '#app/edge/static-files.server.ts';
import { onLoopback, type Loopback } from '#tests/support/loopback.ts';
import { rawRequest } from '#tests/support/raw-http.ts';
import { RUNS, SEED } from './settings.ts';

/**
 * The production front for files, as server.ts mounts it: the fast lane's in-memory files, then the
 * edge and express.static behind `staticFallback`, then the app (a stand-in). Whatever path is
 * asked, the answer is under 500, and no file outside the client build is ever sent, however the
 * path is escaped.
 */
const SECRET = 'the database password';
const FILES: Record<string, string> = {
  'assets/entry.client-AbC123.js': 'export const entry = 1;\n',
  'images/tea.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>icon</title></svg>',
};
let root: string;
let server: Loopback;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'meridian-static-fuzz-'));
  const dir = path.join(root, 'client');
  for (const [name, body] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  writeFileSync(path.join(root, 'secret.txt'), SECRET);
  const app = express();
  app.use(edge());
  app.use(staticFallback(dir, '1h'));
  app.use((_req, res) => void res.status(404).send('the app'));
  server = await onLoopback(createServer(withFastLane([staticFiles(dir)], app)));
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Printable ASCII only: Node's client refuses to send anything else in a path. */
const segment = fc.oneof(
  fc.constantFrom(
    'assets',
    'images',
    'favicon.svg',
    'tea.svg',
    'entry.client-AbC123.js',
    '..',
    '.',
    '',
    'secret.txt',
  ),
  fc.constantFrom('%2e%2e', '%2E%2E', '%2f', '%5c', '..%2f', '%00', '%', '%E0%A4%A', '%66avicon.svg', '..\\'),
  fc.stringMatching(/^[\w.%~-]{0,12}$/),
);
const pathArb = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
const method = fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'OPTIONS');

describe('static files, fast lane and fallback', () => {
  it('answers any path under 500 and never sends a file from outside the client build', async () => {
    await fc.assert(
      fc.asyncProperty(method, pathArb, async (m, p) => {
        const res = await rawRequest(server.origin, m, p);
        const context = `${m} ${p} -> ${res.status} ${res.body.slice(0, 80)}`;
        expect(res.status, context).toBeGreaterThan(0);
        expect(res.status, context).toBeLessThan(500);
        expect(res.body, context).not.toContain(SECRET);
        if (res.status === 200 && m === 'GET') expect(Object.values(FILES), context).toContain(res.body);
      }),
      { numRuns: RUNS * 8, seed: SEED },
    );
  });
});
