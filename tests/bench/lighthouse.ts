/**
 * Lighthouse performance scores with its default settings (mobile: a Moto G Power-sized screen,
 * simulated slow 4G and a 4× CPU slowdown), in Debian's Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium) launched by Playwright with a remote-debugging port, as
 * tests/e2e/seo-lighthouse.spec.ts does. Offline: the pages are on loopback, and simulated
 * throttling needs no network. On a busy machine the simulation slows down with the CPU, so
 * scores here are a floor, not a verdict.
 */
import { existsSync } from 'node:fs';
import { freePort } from '../support/free-port.ts';
import { lighthouseChromiumArgs } from '../support/lighthouse-chromium.ts';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

export interface LighthouseScore {
  name: string;
  url: string;
  /** 0-100, or null when the run failed (see error). */
  score: number | null;
  lcpMs: number | null;
  fcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  error?: string;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why Lighthouse cannot run here, or null when it can try. */
export function lighthouseUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
}

/** Runs Lighthouse on each page in turn, one browser for all; a failed page gets an error, not a score. */
export async function lighthouseScores(
  pages: { name: string; url: string }[],
  log: (line: string) => void = () => {},
): Promise<LighthouseScore[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: lighthouseChromiumArgs(port),
  });
  const results: LighthouseScore[] = [];
  try {
    for (const page of pages) {
      log(`Lighthouse ${page.name}: ${page.url}`);
      const failed = (error: string): LighthouseScore => ({
        ...page,
        score: null,
        lcpMs: null,
        fcpMs: null,
        tbtMs: null,
        cls: null,
        error,
      });
      try {
        const lhr = (
          await lighthouse(page.url, {
            port,
            hostname: '127.0.0.1',
            onlyCategories: ['performance'],
            output: 'json',
            logLevel: 'error',
            disableFullPageScreenshot: true,
          })
        )?.lhr;
        if (!lhr) results.push(failed('Lighthouse returned no result'));
        else if (lhr.runtimeError)
          results.push(failed(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`));
        else {
          const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
          const score = lhr.categories.performance?.score;
          results.push({
            ...page,
            score: score == null ? null : Math.round(score * 100),
            lcpMs: numeric('largest-contentful-paint'),
            fcpMs: numeric('first-contentful-paint'),
            tbtMs: numeric('total-blocking-time'),
            cls: numeric('cumulative-layout-shift'),
          });
        }
      } catch (error) {
        results.push(failed((error as Error).message));
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
