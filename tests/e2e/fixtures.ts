import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Storefront locales used by the journeys, with their URL prefixes. */
export const LOCALES = { enUS: '', deDE: '/de-de', jaJP: '/ja-jp', arAE: '/ar-ae', frCA: '/fr-ca' } as const;
export type LocaleKey = keyof typeof LOCALES;

export interface Storefront {
  /** Opens a storefront path under a locale prefix. */
  visit(locale: LocaleKey, path?: string): Promise<void>;
  /** Serious or critical axe violations on the current page. */
  seriousViolations(): Promise<{ id: string; impact?: string | null; nodes: number }[]>;
  /** Scrolls through the page so lazy images load, for stable full-page screenshots. */
  settle(): Promise<void>;
}

/** Every 5xx the server answered, one line each (SERVER_ERROR_LOG in playwright.config.ts). */
export const SERVER_ERROR_LOG = '.data/e2e/server-errors.log';
const serverErrors = () => (existsSync(SERVER_ERROR_LOG) ? readFileSync(SERVER_ERROR_LOG, 'utf8') : '');

export const test = base.extend<{ storefront: Storefront; noServerErrors: void; noNulInPages: void }>({
  // A 5xx is a bug whatever the test checks: fail the test during which the server answered one.
  // (Two workers share the server, so a line may belong to the test running beside it.)
  noServerErrors: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
    async ({}, use) => {
      const before = serverErrors().length;
      await use();
      const added = serverErrors().slice(before).trim();
      expect(added, 'the server answered 5xx during this test').toBe('');
    },
    { auto: true },
  ],
  // No page may hold a NUL byte (React 18.3 streamed some; entry.server.tsx strips them).
  noNulInPages: [
    async ({ page }, use) => {
      const withNul: string[] = [];
      const reads: Promise<void>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'document') return;
        reads.push(
          response.body().then(
            (body) => void (body.includes(0) && withNul.push(response.url())),
            () => {}, // a redirect, or a page closed before its body was read
          ),
        );
      });
      await use();
      await Promise.all(reads);
      expect(withNul, 'pages with NUL bytes').toEqual([]);
    },
    { auto: true },
  ],
  storefront: async ({ page, context, baseURL }, use) => {
    // The locale banner depends on the browser language; journeys that test it opt back in.
    await context.addCookies([{ name: 'meridian_locale_hint', value: 'dismissed', url: baseURL! }]);
    await use(storefrontFor(page));
  },
});

function storefrontFor(page: Page): Storefront {
  return {
    async visit(locale, path = '/') {
      const prefix = LOCALES[locale];
      const response = await page.goto(`${prefix}${path === '/' && prefix ? '' : path}`);
      expect(response?.status(), `status of ${prefix}${path}`).toBeLessThan(400);
      // Interact only once the page has hydrated and its route modules have loaded.
      await page.waitForLoadState('networkidle');
    },
    async seriousViolations() {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
    },
    async settle() {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() =>
        Promise.all(
          [...document.images].map((img) =>
            img.complete
              ? null
              : new Promise((r) => {
                  img.onload = img.onerror = r;
                }),
          ),
        ),
      );
    },
  };
}

/** Parses a displayed price ("1.234,56 €", "$48.00", "￥6,321") into a number. */
export function priceValue(text: string, decimalSeparator = '.'): number {
  const digits = text.replace(new RegExp(`[^0-9${decimalSeparator === ',' ? ',' : '.'}]`, 'g'), '');
  return Number(
    decimalSeparator === ',' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''),
  );
}

/** Fills checkout address fields by id; country and region are selects, the rest text boxes. */
export async function fillAddressFields(page: Page, address: Record<string, string>) {
  for (const [field, value] of Object.entries(address)) {
    const el = page.locator(`#${field}`);
    if (field === 'countryCode' || field === 'province') await el.selectOption(value);
    else await el.fill(value);
  }
}

/** A UK address the plain-form (no JavaScript) checkouts use. */
export const UK_ADDRESS = {
  firstName: 'Tom',
  lastName: 'Plain',
  address1: '10 Downing Street',
  city: 'London',
  zip: 'SW1A 2AA',
};

export { expect };
