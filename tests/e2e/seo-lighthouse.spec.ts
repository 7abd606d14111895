/**
 * Lighthouse's SEO category must score 100 on the home, a collection and a product page of en-US, de-DE
 * and ja-JP. Lighthouse drives its own tab of Debian's Chromium (launched by Playwright with a remote
 * debugging port) and needs no network beyond the store: the SEO audits only read the page and /robots.txt.
 * Scores go to test-results/lighthouse-seo.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../support/free-port.ts';
import { lighthouseChromiumArgs } from '../support/lighthouse-chromium.ts';
import path from 'node:path';
import { chromium, type APIRequestContext, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import { expect, test as base } from './fixtures.ts';
import { firstLink } from './seo-html.ts';

const LOCALES = [
  { name: 'en-US', prefix: '' },
  { name: 'de-DE', prefix: '/de-de' },
  { name: 'ja-JP', prefix: '/ja-jp' },
] as const;
const KINDS = ['home', 'collection', 'product'] as const;
type Kind = (typeof KINDS)[number];

const test = base.extend<object, { lighthouseChrome: { port: number; browser: Browser } }>({
  lighthouseChrome: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern for a fixture that uses no other fixture
    async ({}, use) => {
      const port = await freePort();
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: lighthouseChromiumArgs(port),
      });
      await use({ port, browser });
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

// One Lighthouse run at a time (each takes 10-20 s on two cores), in order, in one worker. Not 'serial':
// a failing page must not skip the others.
test.describe.configure({ mode: 'default', timeout: 180_000 });

for (const locale of LOCALES) {
  for (const kind of KINDS) {
    test(`Lighthouse SEO is 100 on the ${locale.name} ${kind} page`, async ({
      request,
      baseURL,
      lighthouseChrome,
    }) => {
      const url = await pageUrl(request, baseURL!, locale.prefix, kind);
      const result = await lighthouse(url, {
        port: lighthouseChrome.port,
        hostname: '127.0.0.1',
        onlyCategories: ['seo'],
        output: 'json',
        logLevel: 'error',
        // Google indexes mobile-first; throttling is irrelevant to SEO audits, so none is applied.
        formFactor: 'mobile',
        throttlingMethod: 'provided',
        disableFullPageScreenshot: true,
      });
      const lhr = result?.lhr;
      expect(lhr, `Lighthouse returned no result for ${url}`).toBeTruthy();
      expect(lhr!.runtimeError, `Lighthouse runtime error on ${url}`).toBeUndefined();
      const seo = lhr!.categories.seo!;
      const failing = seo.auditRefs
        .filter((ref) => ref.weight > 0 && lhr!.audits[ref.id]!.score !== 1)
        .map((ref) => {
          const audit = lhr!.audits[ref.id]!;
          return `- ${audit.id} (score ${audit.score}): ${audit.title}${audit.explanation ? `\n    explanation: ${audit.explanation}` : ''}\n    details: ${JSON.stringify(audit.details ?? null)}`;
        });
      const score = seo.score === null ? null : Math.round(seo.score * 100);
      record({
        locale: locale.name,
        kind,
        url,
        score,
        lighthouseVersion: lhr!.lighthouseVersion,
        failingAudits: seo.auditRefs
          .filter((r) => r.weight > 0 && lhr!.audits[r.id]!.score !== 1)
          .map((r) => r.id),
        warnings: lhr!.runWarnings,
      });
      expect(
        score,
        `Lighthouse SEO score of ${url} is ${score}; failing audits:\n${failing.join('\n')}`,
      ).toBe(100);
    });
  }
}

/** The page to audit, found by following the locale home's links (localized handles can differ). */
async function pageUrl(
  request: APIRequestContext,
  baseURL: string,
  prefix: string,
  kind: Kind,
): Promise<string> {
  if (kind === 'home') return new URL(prefix || '/', baseURL).href;
  return firstLink(request, baseURL, prefix, kind === 'collection' ? 'collections' : 'products');
}

interface Score {
  locale: string;
  kind: Kind;
  url: string;
  score: number | null;
  lighthouseVersion: string;
  failingAudits: string[];
  warnings: unknown[];
}

/** Merges one run into test-results/lighthouse-seo.json (the output dir is emptied at the start of each run). */
function record(entry: Score) {
  const file = path.join(test.info().project.outputDir, 'lighthouse-seo.json');
  mkdirSync(path.dirname(file), { recursive: true });
  let runs: Score[] = [];
  try {
    runs = (JSON.parse(readFileSync(file, 'utf8')) as { runs: Score[] }).runs;
  } catch {
    // First run of this test run.
  }
  runs = [...runs.filter((r) => !(r.locale === entry.locale && r.kind === entry.kind)), entry];
  runs.sort(
    (a, b) =>
      LOCALES.findIndex((l) => l.name === a.locale) - LOCALES.findIndex((l) => l.name === b.locale) ||
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  );
  writeFileSync(file, `${JSON.stringify({ category: 'seo', formFactor: 'mobile', runs }, null, 2)}\n`);
}
