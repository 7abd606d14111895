import type { Page } from '@playwright/test';
import { expect, priceValue, test } from './fixtures.ts';

/**
 * Unit prices (EU price indication; PAngV "Grundpreis" in Germany) beside the price of goods sold
 * by weight or length, on the product page, product cards and in the cart, in the market's currency
 * and format.
 */
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function shownPrice(page: Page, decimalSeparator: string): Promise<number> {
  return priceValue(
    (await page.locator('.product-page__price .price__current').first().textContent()) ?? '',
    decimalSeparator,
  );
}

test.describe('unit prices', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a German shopper sees the tea per kilogram, for the chosen pack and in the cart', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('deDE', '/products/hojicha-roasted-green-tea');
    const unit = page.locator('.product-page__price').getByTestId('unit-price');
    // 80 g tin: price × 1000 / 80, in euros with German separators, "1 kg = 261,88 €" style.
    const tin = await shownPrice(page, ',');
    const perKg = (Math.round(tin * 100 * 12.5) / 100).toFixed(2).replace('.', ',');
    expect(norm(await unit.textContent())).toBe(`1 kg = ${perKg} €`);

    await page.getByTestId('option-value').filter({ hasText: '200-g-Nachfüllbeutel' }).click();
    await expect(page).toHaveURL(/200-g-Nachf/);
    const refill = await shownPrice(page, ',');
    const refillPerKg = (Math.round(refill * 100 * 5) / 100).toFixed(2).replace('.', ',');
    await expect(unit).toHaveText(new RegExp(`^1\\skg = ${refillPerKg}\\s€$`));

    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await storefront.visit('deDE', '/cart');
    const line = page.locator('.cart-line').filter({ hasText: 'Hojicha' });
    await expect(line.getByTestId('unit-price')).toHaveText(new RegExp(`^1\\skg = ${refillPerKg}\\s€$`));
    expect(await storefront.seriousViolations()).toEqual([]);
  });

  test('a Japanese shopper sees the unit price in whole yen', async ({ page, storefront }) => {
    await storefront.visit('jaJP', '/products/hojicha-roasted-green-tea');
    const yen = await shownPrice(page, '.');
    const text = norm(await page.locator('.product-page__price').getByTestId('unit-price').textContent());
    expect(text).toMatch(/^1 kgあたり[¥￥][\d,]+$/);
    expect(priceValue(text.replace('1 kg', ''))).toBe(Math.round(yen * 12.5));
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await storefront.visit('jaJP', '/cart');
    await expect(page.locator('.cart-line').getByTestId('unit-price')).toHaveText(/^1\skgあたり[¥￥][\d,]+$/);
  });

  // PAngV §4: wherever a price is shown, so on collection cards too, for the variant of the "from" price.
  test('collection cards show the unit price of the cheapest pack, in euros and in yen', async ({
    page,
    storefront,
  }) => {
    await storefront.visit('deDE', '/collections/home-kitchen');
    const tea = page.getByTestId('product-card').filter({ hasText: 'Hojicha' });
    const from = await tea.locator('.product-card__price .price__current').textContent();
    expect(norm(from)).toMatch(/^Ab /);
    // The 80 g tin is the cheaper pack: its price × 1000 / 80 per kilogram.
    const tin = priceValue(from ?? '', ',');
    const perKg = (Math.round(tin * 100 * 12.5) / 100).toFixed(2).replace('.', ',');
    await expect(tea.getByTestId('unit-price')).toHaveText(new RegExp(`^1\\skg = ${perKg}\\s€$`));
    // Goods not sold by measure show none.
    const mug = page.getByTestId('product-card').filter({ hasText: 'Steinzeugbecher' }).first();
    await expect(mug.locator('.product-card__price')).toBeVisible();
    await expect(mug.getByTestId('unit-price')).toHaveCount(0);
    expect(await storefront.seriousViolations()).toEqual([]);

    await storefront.visit('jaJP', '/collections/home-kitchen');
    const jaTea = page.getByTestId('product-card').filter({ hasText: 'ほうじ茶' });
    const yen = priceValue((await jaTea.locator('.product-card__price .price__current').textContent()) ?? '');
    const text = norm(await jaTea.getByTestId('unit-price').textContent());
    expect(text).toMatch(/^1 kgあたり[¥￥][\d,]+$/);
    expect(priceValue(text.replace('1 kg', ''))).toBe(Math.round(yen * 12.5));
  });

  test('linen by the metre in Arabic on a phone: swatch images, names as labels, unit price per metre', async ({
    page,
    storefront,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await storefront.visit('arAE', '/products/washed-linen-by-the-metre');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const swatches = page.locator('.option-value__swatch--image');
    await expect(swatches).toHaveCount(3);
    for (const img of await swatches.all()) {
      await expect(img).toHaveAttribute('src', /\/media\/\d+-[0-9a-f]{16}-400\.webp$/);
      await expect(img).toHaveAttribute('alt', '');
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    }
    // The colour's name stays the accessible label of each choice.
    await expect(page.getByRole('link', { name: 'نيلي' })).toHaveCount(1);
    await expect(page.locator('.product-page__price').getByTestId('unit-price')).toContainText('لكل');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await storefront.seriousViolations()).toEqual([]);
  });
});
