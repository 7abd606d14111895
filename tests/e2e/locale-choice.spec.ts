import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The "Shopping from …?" banner and the locale selector, in fresh browsers (no fixture cookie):
 * once a shopper has chosen a store, or waved the banner off, it must not come back.
 */
async function freshPage(
  browser: Browser,
  baseURL: string | undefined,
  language: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: language,
    extraHTTPHeaders: { 'Accept-Language': `${language},${language.split('-')[0]};q=0.9` },
    ...options,
  });
  return context.newPage();
}

const banner = (page: Page) => page.getByTestId('locale-banner');

/** Once chosen, the banner is absent on each of these pages and after a reload. */
async function expectBannerGone(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(banner(page), path).toHaveCount(0);
  }
  await page.reload();
  await expect(banner(page)).toHaveCount(0);
}

test('choosing Germany in the selector keeps the banner away on every page and after a reload', async ({
  browser,
  baseURL,
}) => {
  const page = await freshPage(browser, baseURL, 'en-US');
  await page.goto('/de-de/products/merino-crew-sweater');
  await page.waitForLoadState('networkidle');
  // A fresh browser is asked once, in its own language, with the article English needs.
  await expect(banner(page)).toContainText('Shopping from the United States?');
  await expect(banner(page).locator('[lang="en"][dir="ltr"]')).toHaveCount(1);
  await page.getByTestId('locale-chip').click();
  await page.getByLabel('Land/Region', { exact: true }).selectOption('DE');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/locale?')),
    page.getByRole('button', { name: 'Übernehmen' }).click(),
  ]);
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/de-de\/products\/merino-crew-sweater(\?|$)/);
  await expect(banner(page)).toHaveCount(0);
  await expectBannerGone(page, ['/de-de', '/de-de/collections/apparel', '/de-de/search?q=merino']);
  await page.context().close();
});

test('dismissing the banner keeps it away; a fresh browser sees it again', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, baseURL, 'de-DE');
  await page.goto('/collections/apparel');
  await expect(banner(page)).toContainText('Kaufen Sie aus Deutschland ein?');
  await banner(page).getByRole('button', { name: 'Hier bleiben' }).click();
  await expect(page).toHaveURL(/\/collections\/apparel$/);
  await expect(banner(page)).toHaveCount(0);
  await expectBannerGone(page, ['/products/merino-crew-sweater']);
  await page.context().close();

  const again = await freshPage(browser, baseURL, 'de-DE');
  await again.goto('/');
  await expect(banner(again)).toHaveCount(1);
  await again.context().close();
});

test('following the banner switches store and remembers it', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, baseURL, 'ja-JP');
  await page.goto('/products/merino-crew-sweater');
  await expect(banner(page)).toContainText('日本からお買い物ですか？');
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/locale?')),
    banner(page).getByRole('link').click(),
  ]);
  await expect(page).toHaveURL(/\/ja-jp\/products\/merino-crew-sweater(\?|$)/);
  await page.goto('/');
  await expect(banner(page)).toHaveCount(0);
  await page.context().close();
});

test('the Arabic banner reads right to left on an English page', async ({ browser, baseURL }) => {
  const page = await freshPage(browser, baseURL, 'ar-AE');
  await page.goto('/');
  await expect(banner(page).locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(banner(page)).toContainText('الإمارات العربية المتحدة؟');
  await page.context().close();
});

test('without JavaScript the selector still switches store and remembers the choice', async ({
  browser,
  baseURL,
}) => {
  const page = await freshPage(browser, baseURL, 'en-US', { javaScriptEnabled: false });
  await page.goto('/de-de');
  await expect(banner(page)).toHaveCount(1);
  await page.getByTestId('locale-chip').click();
  await page.getByLabel('Land/Region', { exact: true }).selectOption('US');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.goto('/de-de/collections/apparel');
  await expect(banner(page)).toHaveCount(0);
  await page.context().close();
});

test('Canada offers English or French: the language is chosen separately from the country', async ({
  page,
  storefront,
}) => {
  await storefront.visit('enUS', '/collections/apparel');
  await page.getByTestId('locale-chip').click();
  const country = page.getByLabel('Country/region', { exact: true });
  const language = page.getByLabel('Language', { exact: true });
  await expect(country.locator('option[value="DE"]')).toHaveText('Germany (EUR)');
  await country.selectOption('CA');
  await expect(language.locator('option')).toHaveText(['English', 'français (French)']);
  await language.selectOption('fr');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page).toHaveURL(/\/fr-ca\/collections\/apparel$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  // Back in the selector, in French now: the same country offers the other language.
  await page.getByTestId('locale-chip').click();
  await expect(page.getByLabel('Pays/région', { exact: true })).toHaveValue('CA');
  await expect(page.getByLabel('Langue', { exact: true }).locator('option')).toHaveText([
    'English (anglais)',
    'français',
  ]);
});

test('the Arabic selector shows whole names in Arabic, never clipped', async ({ page, storefront }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await storefront.visit('arAE');
  await page.getByTestId('locale-chip').click();
  const country = page.getByLabel('البلد/المنطقة', { exact: true });
  await expect(country.locator('option[value="AE"]')).toHaveText('الإمارات العربية المتحدة (AED)');
  for (const select of [country, page.getByLabel('اللغة', { exact: true })]) {
    const box = (await select.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The chosen option's text fits the select's width.
    expect(
      await select.evaluate((el: HTMLSelectElement) => {
        const probe = document.createElement('span');
        probe.textContent = el.selectedOptions[0]!.text;
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
        el.parentElement!.append(probe);
        const fits = probe.getBoundingClientRect().width + 40 <= el.getBoundingClientRect().width;
        probe.remove();
        return fits;
      }),
    ).toBe(true);
  }
});
