import { expect, test } from './fixtures.ts';

test.describe('shopper journeys', () => {
  test('US shopper browses in USD with imperial units', async ({ page, storefront }) => {
    await storefront.visit('enUS');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByTestId('product-card').first()).toContainText('$');
    await page.getByRole('link', { name: 'Knitwear', exact: true }).first().click();
    await expect(page).toHaveURL(/\/collections\/knitwear/);
    await page
      .getByTestId('product-card')
      .filter({ hasText: 'Merino Crew Sweater' })
      .first()
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(/\/products\/merino-crew-sweater/);
    await expect(page.getByTestId('price').first()).toHaveText(/^\$\d+\.\d{2}/);
    await expect(page.getByTestId('weight')).toHaveText(/\b(oz|lb)\b/);
    await expect(page.getByTestId('tax-note')).toHaveText('Tax excluded, calculated at checkout');
  });

  test('switching to Germany shows German UI and content, EUR and the VAT-inclusive label', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('enUS', '/products/merino-crew-sweater');
    const usTitle = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByTestId('locale-chip').click();
    await page.getByLabel('Country/region', { exact: true }).selectOption({ label: 'Germany (EUR)' });
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page).toHaveURL(/\/de-de\/products\/merino-crew-sweater/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(usTitle ?? '');
    await expect(page.getByTestId('price').first()).toContainText('€');
    await expect(page.getByTestId('price').first()).toHaveText(/\d+,\d{2}\s€/);
    await expect(page.getByTestId('tax-note')).toHaveText('inkl. MwSt.');
    await expect(page.getByTestId('weight')).toHaveText(/\b(g|kg)\b/);
    await expect(page.getByRole('link', { name: 'Warenkorb' })).toBeVisible();
  });

  test('Japan shows JPY with no decimals', async ({ page, storefront }) => {
    await storefront.visit('jaJP', '/products/merino-crew-sweater');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
    const price = page.getByTestId('price').first();
    await expect(price).toHaveText(/^[￥¥][\d,]+/);
    await expect(price).not.toHaveText(/[.]\d/);
  });

  test('Arabic (UAE) renders right-to-left in AED', async ({ page, storefront }) => {
    await storefront.visit('arAE', '/products/merino-crew-sweater');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-AE');
    await expect(page.getByTestId('price').first()).toContainText('د.إ');
    // Logical properties mirror the layout: the logo sits on the right.
    const logo = await page.locator('.site-header__logo').boundingBox();
    const viewport = page.viewportSize()!;
    expect(logo!.x + logo!.width / 2).toBeGreaterThan(viewport.width / 2);
  });

  test('a first visit from a German browser suggests the German store without redirecting', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      locale: 'de-DE',
      extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' },
    });
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}/products/merino-crew-sweater`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/products\/merino-crew-sweater(\?|$)/);
    const banner = page.getByRole('complementary');
    await expect(banner).toContainText('Deutschland');
    await banner.getByRole('link').click();
    await expect(page).toHaveURL(/\/de-de\/products\/merino-crew-sweater/);
    await context.close();
  });
});
