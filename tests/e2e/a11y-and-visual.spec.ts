import { expect, test, type LocaleKey } from './fixtures.ts';

const PAGES = [
  ['home', '/'],
  ['collection', '/collections/apparel'],
  ['product', '/products/merino-crew-sweater'],
  ['search', '/search?q=wool'],
] as const;

for (const locale of ['enUS', 'arAE'] as LocaleKey[]) {
  for (const [name, path] of PAGES) {
    test(`axe: ${name} in ${locale} has no serious or critical violations`, async ({ storefront }) => {
      await storefront.visit(locale, path);
      expect(await storefront.seriousViolations()).toEqual([]);
    });
  }
}

test.describe('screenshot baselines', () => {
  // Phone baselines for the listing and the cart (issue 10), in a left-to-right and a right-to-left locale.
  for (const locale of ['enUS', 'arAE'] as LocaleKey[]) {
    test(`collection ${locale} at 390px`, async ({ page, storefront }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await storefront.visit(locale, '/collections/apparel');
      await storefront.settle();
      await expect(page).toHaveScreenshot(`collection-${locale}-390.png`, { fullPage: true });
    });

    test(`cart ${locale} at 390px`, async ({ page, storefront }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await storefront.visit(locale, '/products/merino-crew-sweater');
      await page.locator('.add-to-cart button').click();
      await expect(page.locator('.add-to-cart__status a')).toBeVisible();
      await storefront.visit(locale, '/cart');
      await storefront.settle();
      await expect(page).toHaveScreenshot(`cart-${locale}-390.png`, { fullPage: true });
    });
  }

  for (const width of [390, 1280]) {
    for (const locale of ['enUS', 'arAE'] as LocaleKey[]) {
      for (const [name, path] of [
        ['home', '/'],
        ['product', '/products/merino-crew-sweater'],
      ] as const) {
        test(`${name} ${locale} at ${width}px`, async ({ page, storefront }) => {
          await page.setViewportSize({ width, height: 900 });
          await storefront.visit(locale, path);
          await storefront.settle();
          await expect(page).toHaveScreenshot(`${name}-${locale}-${width}.png`, { fullPage: true });
        });
      }
    }
  }
});
