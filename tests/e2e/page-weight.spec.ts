/**
 * The product page's weight budget (issue 17): what a browser must download and run before the page
 * is interactive. Bytes are deterministic for a build and a seeded store, so the limits are exact.
 * - Hydration data: React Router's inline `window.__reactRouterContext` and its stream chunks (the
 *   loaders' data, deferred data included), at most the issue's 20 KB (98–106 KB before it). JSON-LD
 *   is for crawlers and stays in the HTML, but never in the hydration data as well; recommendations
 *   are fetched after hydration.
 * - First-load JavaScript: every module script and modulepreload in the HTML, gzipped as served,
 *   at most 110 KiB.
 */
import { gzipSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const HYDRATION_LIMIT = 20_000;
const FIRST_LOAD_JS_LIMIT = 110 * 1024;

interface Weight {
  hydrationBytes: number;
  hydration: string;
  jsonLd: string[];
  scripts: string[];
  jsGzipBytes: number;
}

/** Inline scripts, JSON-LD blocks and the JavaScript a browser loads first, from a page's HTML. */
async function weigh(request: APIRequestContext, path: string, userAgent: string): Promise<Weight> {
  // A browser's user agent: crawlers get the page only when all data is ready, browsers streamed.
  const response = await request.get(path, { headers: { 'user-agent': userAgent } });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  let hydration = '';
  const jsonLd: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/application\/ld\+json/.test(attributes!)) jsonLd.push(body!);
    else if (!/\bsrc=/.test(attributes!) && body!.includes('window.__reactRouterContext')) hydration += body;
  }
  const scripts = new Set<string>();
  for (const [, href] of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) scripts.add(href!);
  for (const [, src] of html.matchAll(/\bimport\s*(?:\*\s*as\s*\w+\s*from\s*)?"([^"]+\.js)"/g))
    scripts.add(src!);
  let jsGzipBytes = 0;
  for (const src of scripts) {
    const asset = await request.get(src);
    expect(asset.status(), src).toBe(200);
    jsGzipBytes += gzipSync(await asset.body()).length;
  }
  return {
    hydrationBytes: Buffer.byteLength(hydration),
    hydration,
    jsonLd,
    scripts: [...scripts],
    jsGzipBytes,
  };
}

for (const path of ['/products/merino-crew-sweater', '/ja-jp/products/merino-crew-sweater']) {
  test(`${path} stays within the page weight budget`, async ({ request }, testInfo) => {
    const weight = await weigh(request, path, testInfo.project.use.userAgent ?? 'Mozilla/5.0 Chrome/120');
    testInfo.annotations.push({
      type: 'weight',
      description: `hydration ${weight.hydrationBytes} B, first-load JS ${weight.jsGzipBytes} B gzipped in ${weight.scripts.length} files`,
    });
    expect(weight.scripts.length, 'the page loads its route modules').toBeGreaterThan(3);
    expect(weight.hydrationBytes, 'inline hydration data (bytes)').toBeLessThanOrEqual(HYDRATION_LIMIT);
    expect(weight.jsGzipBytes, 'first-load JavaScript (gzipped bytes)').toBeLessThanOrEqual(
      FIRST_LOAD_JS_LIMIT,
    );
    // The structured data is in the HTML for crawlers, and only there.
    const product = weight.jsonLd.map((b) => JSON.parse(b) as { '@graph'?: { '@type': string }[] });
    expect(product.some((d) => d['@graph']?.some((n) => n['@type'] === 'Product'))).toBe(true);
    expect(weight.hydration).not.toContain('schema.org');
    // Admin-only libraries never reach a storefront page.
    expect(weight.scripts.filter((s) => /polaris|recharts|zod|i18next/i.test(s))).toEqual([]);
  });
}

test('a browser fetches the recommendations once the page is interactive; a crawler finds them in the HTML', async ({
  page,
  request,
}) => {
  const path = '/products/merino-crew-sweater';
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/recommendations')) asked.push(r.url());
  });
  await page.goto(path);
  const section = page.getByRole('region', { name: 'You may also like' });
  await expect(section.getByRole('link').first()).toBeVisible();
  expect(asked.length).toBeGreaterThan(0);
  const cards = await section
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(cards.every((href) => href?.startsWith('/products/') && href !== path)).toBe(true);
  // Not in the browser's HTML…
  const browserHtml = await (
    await request.get(path, { headers: { 'user-agent': 'Mozilla/5.0 Chrome/120' } })
  ).text();
  expect(browserHtml).not.toContain('recommendations-title');
  // …but a crawler's page links them, so they still count for internal linking.
  const crawlerHtml = await (
    await request.get(path, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } })
  ).text();
  expect(crawlerHtml).toContain('recommendations-title');
  for (const href of cards) expect(crawlerHtml).toContain(`href="${href}"`);
});
