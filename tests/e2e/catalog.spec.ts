import { expect, priceValue, test } from './fixtures.ts';

test.describe('collections', () => {
  test('sorts by price', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/collections/apparel?sort=price-asc');
    const prices = await page.getByTestId('product-card').locator('.price__current').allTextContents();
    const values = prices.map((p) => priceValue(p));
    expect(values.length).toBeGreaterThan(3);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.getByLabel('Sort by').selectOption('price-desc');
    await expect(page).toHaveURL(/sort=price-desc/);
    const current = async () =>
      (await page.getByTestId('product-card').locator('.price__current').allTextContents()).map((p) =>
        priceValue(p),
      );
    await expect
      .poll(async () => {
        const d = await current();
        return d.length > 3 && d.join() === [...d].sort((a, b) => b - a).join();
      })
      .toBe(true);
  });

  test('filters by option value and availability, and clears', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/collections/apparel');
    const all = await page.getByTestId('product-card').count();
    const navy = page.getByRole('checkbox', { name: /^Navy/ });
    await navy.check();
    await expect(page).toHaveURL(/filter=/);
    await expect(page.getByRole('checkbox', { name: /^Navy/ })).toBeChecked();
    const filtered = await page.getByTestId('product-card').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
    // Every remaining product offers navy.
    for (const card of await page.getByTestId('product-card').all()) {
      await expect(card.locator('.swatch[title="Navy"]')).toHaveCount(1);
    }
    await page.getByRole('link', { name: 'Clear all' }).click();
    await expect(page).not.toHaveURL(/filter=/);
  });

  test('filters by price range in the market currency', async ({ page, storefront }) => {
    await storefront.visit('deDE', '/collections/apparel?price_min=0&price_max=100');
    const values = (await page.getByTestId('product-card').locator('.price__current').allTextContents()).map(
      (p) => priceValue(p, ','),
    );
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toBeLessThanOrEqual(100);
  });

  test('paginates forward and back', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/collections/apparel?sort=title-asc');
    const first = await page.getByTestId('product-card').locator('h3').allTextContents();
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/direction=next/);
    await expect(page.getByTestId('product-card').locator('h3').first()).not.toHaveText(first[0]!);
    const second = await page.getByTestId('product-card').locator('h3').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await page.getByRole('link', { name: 'Previous page' }).click();
    await expect(page.getByTestId('product-card').locator('h3')).toHaveText(first);
  });
});

test.describe('reduced prices', () => {
  test('the US shows compare-at prices; in the EU every one comes with the lowest price of the last 30 days', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('enUS', '/collections/sale');
    await expect(page.locator('.price__compare').first()).toBeVisible();
    await storefront.visit('deDE', '/collections/sale');
    const prices = page.getByTestId('price');
    await expect(prices.first()).toBeVisible();
    // A fresh store has no history and shows none (unit-tested); this one has been repriced by now.
    const reduced = prices.filter({ has: page.locator('.price__compare') });
    const withLowest = reduced.filter({ has: page.getByTestId('lowest-price') });
    expect(await withLowest.count()).toBe(await reduced.count());
  });
});

test.describe('product page', () => {
  test('variant selection is reflected in the URL, price and image', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/products/merino-crew-sweater');
    const firstImage = await page.locator('.gallery__main img').getAttribute('src');
    await page.getByTestId('option-value').filter({ hasText: 'Navy' }).click();
    await expect(page).toHaveURL(/Color=Navy/);
    await expect(page.getByTestId('option-value').filter({ hasText: 'Navy' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect.poll(() => page.locator('.gallery__main img').getAttribute('src')).not.toBe(firstImage);
    await page.getByTestId('option-value').filter({ hasText: /^L$/ }).click();
    await expect(page.getByTestId('option-value').filter({ hasText: /^L$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page).toHaveURL(/Size=L/);
    await expect(page).toHaveURL(/Color=Navy/);
    // Reloading the URL keeps the selection (server-rendered).
    await page.reload();
    await expect(page.getByTestId('option-value').filter({ hasText: /^L$/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('sold-out products say so', async ({ page, storefront }) => {
    await storefront.visit('enUS', '/products/quilted-liner-jacket');
    await expect(page.getByTestId('availability')).toHaveText('Sold out');
  });
});

test.describe('search', () => {
  test('predictive search suggests products as you type', async ({ page, storefront }) => {
    await storefront.visit('enUS');
    const box = page.getByRole('combobox', { name: 'Search products' });
    await box.fill('meri');
    const suggestion = page.getByTestId('predictive-product').first();
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toContainText(/Merino/i);
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/products\//);
  });

  test('search results page in German', async ({ page, storefront }) => {
    await storefront.visit('deDE', '/search?q=merino');
    await expect(page.getByTestId('product-card').first()).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText(/Ergebnis/);
  });
});

test.describe('bad input never breaks a page', () => {
  test('unknown product and collection are localized 404s', async ({ page }) => {
    const r = await page.goto('/de-de/products/does-not-exist');
    expect(r?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    expect((await page.goto('/collections/does-not-exist'))?.status()).toBe(404);
  });

  test('unknown locale prefix is a 404; the explicit default prefix redirects', async ({ page, request }) => {
    expect((await page.goto('/xx-yy/products/merino-crew-sweater'))?.status()).toBe(404);
    expect((await page.goto('/de-jp/'))?.status()).toBe(404);
    const r = await request.get('/en-us/products/merino-crew-sweater', { maxRedirects: 0 });
    expect(r.status()).toBe(301);
    expect(r.headers().location).toBe('/products/merino-crew-sweater');
  });

  test('absurd query parameters are ignored', async ({ request }) => {
    for (const path of [
      '/collections/apparel?page=-1',
      '/collections/apparel?cursor=%%%&direction=next',
      '/collections/apparel?cursor=bm90LWEtY3Vyc29y&direction=previous',
      '/collections/apparel?filter=%7Bnope&price_min=-5&price_max=abc&sort=DROP%20TABLE',
      `/search?q=${'x'.repeat(10_000)}`,
      `/search?q=${encodeURIComponent('</script><script>alert(1)</script>')}`,
      '/products/merino-crew-sweater?Color=%00&Size=' + 'L'.repeat(500),
    ]) {
      const r = await request.get(path);
      expect(r.status(), path).toBeLessThan(500);
      expect(await r.text(), path).not.toContain('<script>alert(1)</script>');
    }
  });
});

test.describe('content pages', () => {
  test('links inside a page follow the shopper’s store: the German terms link the German shipping and returns pages', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('deDE', '/pages/terms-of-service');
    const hrefs = await page
      .locator('.rte a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) {
      expect(href, href).toMatch(/^\/de-de\//);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
  });
});
