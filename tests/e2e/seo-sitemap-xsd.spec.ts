/**
 * /sitemap.xml (a sitemap index) and every sitemap it lists must be valid against the sitemaps.org 0.9
 * schemas, vendored verbatim in tests/fixtures/sitemaps/ (the tests run offline).
 *
 * Why a wrapper schema: sitemap.xsd lets a <url> end with foreign elements through
 * `<xsd:any namespace="##other" processContents="strict"/>`. "strict" means the validator must find a
 * declaration for each foreign element, or the document is invalid. Our urlsets carry hreflang alternates
 * as `<xhtml:link rel="alternate" hreflang="…" href="…"/>`, the form Google documents for localized
 * versions in sitemaps, and sitemaps.org publishes no schema for it. So child sitemaps are validated
 * against tests/fixtures/sitemaps/sitemap-with-xhtml.xsd, which imports the unchanged sitemap.xsd plus a
 * minimal xhtml-link.xsd declaring just that element (rel, hreflang, href). Any other foreign element
 * still fails, as it should until its schema is added.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { attributes, xmlElementTexts } from './seo-html.ts';

const XSD_DIR = fileURLToPath(new URL('../fixtures/sitemaps/', import.meta.url));
const SITEINDEX_XSD = `${XSD_DIR}siteindex.xsd`;
const URLSET_XSD = `${XSD_DIR}sitemap-with-xhtml.xsd`;
const MAX_URLS = 50_000;
const MAX_BYTES = 50 * 1024 * 1024; // 52,428,800 bytes, uncompressed (sitemaps.org)

/** W3C Datetime (https://www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM, YYYY-MM-DD, or a date with hh:mm[:ss[.s+]] and a TZD. */
const W3C_DATETIME =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$/;

test.describe.configure({ timeout: 120_000 });

/** xmllint's verdict on the document (XML on stdin); null when valid. */
function schemaErrors(xml: string, xsd: string): string | null {
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '--schema', xsd, '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return null;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    const lines = stderr.trim().split('\n');
    return lines.length > 20
      ? [...lines.slice(0, 20), `… ${lines.length - 20} more lines`].join('\n')
      : lines.join('\n');
  }
}

function isW3cDatetime(value: string): boolean {
  if (!W3C_DATETIME.test(value)) return false;
  // Reject impossible calendar dates such as 2026-02-30.
  if (value.length < 10) return true;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function urlProblem(value: string, origin: string): string | null {
  if (!/^https?:\/\//i.test(value)) return 'is not absolute';
  try {
    if (new URL(value).origin !== origin) return `is not on ${origin}`;
  } catch {
    return 'is not a URL';
  }
  return null;
}

async function fetchXml(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const body = await response.body();
  return {
    status: response.status(),
    type: response.headers()['content-type'] ?? '',
    body,
    xml: body.toString('utf8'),
  };
}

test('the sitemap index validates against siteindex.xsd and lists same-origin sitemaps', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const index = await fetchXml(request, '/sitemap.xml');
  expect(index.status, 'status of /sitemap.xml').toBe(200);
  expect(index.type, 'content type of /sitemap.xml').toMatch(/^(application|text)\/xml\b/);
  expect(index.xml, '/sitemap.xml is a sitemap index').toMatch(/<sitemapindex\b/);

  const problems: string[] = [];
  const invalid = schemaErrors(index.xml, SITEINDEX_XSD);
  if (invalid) problems.push(`/sitemap.xml is invalid against siteindex.xsd:\n${invalid}`);
  if (index.body.length > MAX_BYTES)
    problems.push(`/sitemap.xml is ${index.body.length} bytes (> ${MAX_BYTES})`);
  const locs = xmlElementTexts(index.xml, 'loc');
  if (locs.length === 0) problems.push('/sitemap.xml lists no sitemaps');
  if (locs.length > MAX_URLS) problems.push(`/sitemap.xml lists ${locs.length} sitemaps (> ${MAX_URLS})`);
  for (const loc of locs) {
    const p = urlProblem(loc, origin);
    if (p) problems.push(`/sitemap.xml: <loc>${loc}</loc> ${p}`);
  }
  for (const lastmod of xmlElementTexts(index.xml, 'lastmod')) {
    if (!isW3cDatetime(lastmod))
      problems.push(`/sitemap.xml: <lastmod>${lastmod}</lastmod> is not a W3C datetime`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every sitemap in the index validates against sitemap.xsd (+ xhtml:link) and stays within the limits', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const index = await fetchXml(request, '/sitemap.xml');
  expect(index.status, 'status of /sitemap.xml').toBe(200);
  const children = xmlElementTexts(index.xml, 'loc');
  expect(children.length, 'sitemaps listed in /sitemap.xml').toBeGreaterThan(0);

  const problems: string[] = [];
  let totalUrls = 0;
  for (const loc of children) {
    if (urlProblem(loc, origin)) continue; // reported by the index test; not fetched off-origin
    const child = await fetchXml(request, loc);
    const name = new URL(loc).pathname;
    if (child.status !== 200) {
      problems.push(`${name}: status ${child.status}`);
      continue;
    }
    if (!/^(application|text)\/xml\b/.test(child.type)) problems.push(`${name}: content type ${child.type}`);
    if (!/<urlset\b/.test(child.xml)) problems.push(`${name}: not a <urlset>`);
    const invalid = schemaErrors(child.xml, URLSET_XSD);
    if (invalid) problems.push(`${name} is invalid against sitemap.xsd (+ xhtml:link):\n${invalid}`);
    if (child.body.length > MAX_BYTES) problems.push(`${name}: ${child.body.length} bytes (> ${MAX_BYTES})`);

    const urls = [...child.xml.matchAll(/<url\b[^>]*>[\s\S]*?<\/url\s*>/g)].map((m) => m[0]);
    totalUrls += urls.length;
    if (urls.length === 0) problems.push(`${name}: no <url> entries`);
    if (urls.length > MAX_URLS) problems.push(`${name}: ${urls.length} URLs (> ${MAX_URLS})`);
    for (const url of urls) {
      const [pageLoc] = xmlElementTexts(url, 'loc');
      if (pageLoc === undefined) continue; // the schema reports a missing <loc>
      const p = urlProblem(pageLoc, origin);
      if (p) problems.push(`${name}: <loc>${pageLoc}</loc> ${p}`);
      for (const lastmod of xmlElementTexts(url, 'lastmod')) {
        if (!isW3cDatetime(lastmod))
          problems.push(`${name}: <lastmod>${lastmod}</lastmod> of ${pageLoc} is not a W3C datetime`);
      }
      // hreflang alternates must be fully qualified too (Google ignores relative ones).
      for (const [tag] of url.matchAll(/<xhtml:link\b[^>]*>/g)) {
        const href = attributes(tag).href ?? '';
        const q = urlProblem(href, origin);
        if (q) problems.push(`${name}: xhtml:link href="${href}" of ${pageLoc} ${q}`);
      }
    }
  }
  test
    .info()
    .annotations.push({ type: 'sitemaps', description: `${children.length} sitemaps, ${totalUrls} URLs` });
  expect(problems, problems.join('\n')).toEqual([]);
});
