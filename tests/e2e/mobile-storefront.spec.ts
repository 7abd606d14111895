import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type LocaleKey } from './fixtures.ts';

/** A 390 × 844 phone (iPhone 12–15 class), the size the issue was found on. */
const PHONE = { width: 390, height: 844 };
const MAX_HEADER = 120;

/** Page, and what the shopper must see on it without scrolling. */
const FIRST_CONTENT: [string, string, (page: Page) => Locator][] = [
  ['home', '/', (page) => page.locator('.hero h1')],
  ['collection', '/collections/apparel', (page) => page.getByTestId('product-card').first()],
  ['product', '/products/merino-crew-sweater', (page) => page.locator('.gallery__main img')],
];

async function expectAboveTheFold(page: Page, target: Locator) {
  const box = await target.boundingBox();
  expect(box, 'element has a box').not.toBeNull();
  expect(box!.y, 'top is below the header').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'bottom is within the first screen').toBeLessThanOrEqual(PHONE.height);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
}

test.describe('storefront on a 390px phone', () => {
  test.use({ viewport: PHONE });

  for (const locale of ['enUS', 'arAE'] as LocaleKey[]) {
    for (const [name, path, first] of FIRST_CONTENT) {
      test(`${name} in ${locale}: a compact header and the first content above the fold`, async ({
        page,
        storefront,
      }) => {
        await storefront.visit(locale, path);
        const header = await page.getByTestId('site-header').boundingBox();
        expect(header!.height).toBeLessThanOrEqual(MAX_HEADER);
        await expectAboveTheFold(page, first(page));
        if (name === 'home') await expectAboveTheFold(page, page.locator('.hero__actions .button').first());
        // Nothing sticks out sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          PHONE.width,
        );
      });
    }

    test(`menu drawer in ${locale}: labelled, traps focus, closes on Escape and gives focus back; no serious axe violations`, async ({
      page,
      storefront,
    }) => {
      await storefront.visit(locale);
      const button = page.getByTestId('menu-button');
      await expect(page.locator('.site-nav')).toBeHidden();
      await button.click();
      const drawer = page.getByRole('dialog', { name: locale === 'arAE' ? 'القائمة' : 'Menu' });
      await expect(drawer).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const links = drawer.getByRole('link');
      expect(await links.count()).toBeGreaterThan(5);
      // The drawer opens from the inline start: left in English, right in Arabic.
      const box = (await drawer.boundingBox())!;
      if (locale === 'arAE') expect(box.x + box.width).toBeGreaterThanOrEqual(PHONE.width - 1);
      else expect(box.x).toBeLessThanOrEqual(1);
      // Focus stays inside while tabbing through more stops than the drawer has.
      for (const key of [
        ...Array<string>((await links.count()) + 3).fill('Tab'),
        'Shift+Tab',
        'Shift+Tab',
        'Shift+Tab',
      ]) {
        await page.keyboard.press(key);
        expect(await drawer.evaluate((d) => d.contains(document.activeElement)), `focus after ${key}`).toBe(
          true,
        );
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      // A link inside navigates and closes the drawer.
      await button.click();
      await drawer.getByRole('link').nth(2).click();
      await expect(page).toHaveURL(/\/collections\//);
      await expect(drawer).toBeHidden();
    });

    test(`locale chip in ${locale} is a short code that is not clipped`, async ({ page, storefront }) => {
      await storefront.visit(locale);
      const chip = page.getByTestId('locale-chip');
      await expect(chip).toBeVisible();
      await expect(chip.locator('.locale-chip__code')).toHaveText(
        locale === 'arAE' ? 'AE · AED' : 'US · USD',
      );
      const fits = await chip.evaluate(
        (el) =>
          el.scrollWidth <= el.clientWidth &&
          el.getBoundingClientRect().right <= window.innerWidth &&
          el.getBoundingClientRect().left >= 0,
      );
      expect(fits).toBe(true);
      await chip.click();
      const panel = page.locator('.locale-selector__panel');
      await expect(panel).toBeVisible();
      const panelBox = (await panel.boundingBox())!;
      expect(panelBox.x).toBeGreaterThanOrEqual(0);
      expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(PHONE.width);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    });

    test(`collection filters in ${locale} are collapsed behind a button with the active-filter count`, async ({
      page,
      storefront,
    }) => {
      await storefront.visit(locale, '/collections/apparel');
      const value = await page.locator('input[name="filter"]').first().getAttribute('value');
      await storefront.visit(locale, `/collections/apparel?${new URLSearchParams({ filter: value! })}`);
      const disclosure = page.getByTestId('filters-disclosure');
      await expect(disclosure.locator('summary')).toBeVisible();
      await expect(page.getByTestId('active-filter-count')).toHaveText('1');
      await expect(page.locator('input[name="filter"]').first()).toBeHidden();
      await expectAboveTheFold(page, page.getByTestId('product-card').first());
      await disclosure.locator('summary').click();
      await expect(page.locator('input[name="filter"]').first()).toBeVisible();
    });
  }

  test('filters change from the collapsed panel and the count follows', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/collections/apparel');
    await expect(page.getByTestId('active-filter-count')).toHaveCount(0);
    await page.getByTestId('filters-disclosure').getByText('Filter and sort').click();
    await page.getByRole('checkbox', { name: /^In stock/ }).check();
    await expect(page).toHaveURL(/filter=/);
    await expect(page.getByTestId('active-filter-count')).toHaveText('1');
  });

  test('predictive search closes after Enter and the results page is visible', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('enUS');
    await page.getByTestId('search-toggle').click();
    const box = page.getByRole('combobox', { name: 'Search products' });
    await expect(box).toBeFocused();
    await box.fill('merino');
    await expect(page.getByTestId('predictive-product').first()).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=merino/);
    await expect(page.locator('.predictive-search__panel')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('merino');
    const card = page.getByTestId('product-card').first();
    await expect(card).toBeVisible();
    // Nothing covers the first result: the element under its centre belongs to it.
    const covered = await card.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 100));
      return !hit || !el.contains(hit);
    });
    expect(covered).toBe(false);
  });

  test('predictive search closes on Escape and on a tap outside', async ({ page, storefront }) => {
    await storefront.visit('enUS');
    await page.getByTestId('search-toggle').click();
    const box = page.getByRole('combobox', { name: 'Search products' });
    await box.fill('merino');
    const panel = page.locator('.predictive-search__panel');
    await expect(panel).toBeVisible();
    await box.press('Escape');
    await expect(panel).toBeHidden();
    await box.fill('meri');
    await expect(panel).toBeVisible();
    await page.mouse.click(200, 600);
    await expect(panel).toBeHidden();
  });

  test('without JavaScript the menu still opens (invoker commands) and search is a link to the search page', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, viewport: PHONE, javaScriptEnabled: false });
    await context.addCookies([{ name: 'meridian_locale_hint', value: 'dismissed', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('menu-button').click();
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
    await page.getByTestId('search-toggle').click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByRole('searchbox').last()).toBeVisible();
    await context.close();
  });

  test('the cart is a bag, not a bin, with its count', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/products/merino-crew-sweater');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    const cart = page.getByTestId('cart-link');
    await expect(cart.locator('svg[data-icon="bag"]')).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
  });
});

test('desktop at 1280px keeps the full header', async ({ page, storefront }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await storefront.visit('enUS');
  await expect(
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'New arrivals' }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search products' })).toBeVisible();
  await expect(page.getByTestId('locale-chip')).toBeVisible();
  await expect(page.getByTestId('cart-link')).toContainText('Cart');
  await expect(page.getByTestId('cart-link').locator('svg[data-icon="bag"]')).toBeVisible();
  await expect(page.getByTestId('menu-button')).toBeHidden();
  await expect(page.getByTestId('search-toggle')).toBeHidden();
  // Filters sit open beside the grid, with no disclosure button.
  await storefront.visit('enUS', '/collections/apparel');
  await expect(page.getByTestId('filters-disclosure').locator('summary')).toBeHidden();
  await expect(page.getByRole('checkbox', { name: /^In stock/ })).toBeVisible();
});
