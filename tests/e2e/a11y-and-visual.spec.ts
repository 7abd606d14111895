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
  for (const width of [390, 1280]) {
    for (const locale of ['enUS', 'arAE'] as LocaleKey[]) {
      for (const [name, path] of [['home', '/'], ['product', '/products/merino-crew-sweater']] as const) {
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
