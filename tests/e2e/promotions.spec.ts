import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fitsPhone, serious } from './checkout-support.ts';

/**
 * Discount codes as a shopper meets them, with the demo store's WELCOME10 (10 % off the order):
 * the cart applies it and says why another code does not, in the shopper's language; checkout
 * shows it as its own line. Checked with axe and at 390 px.
 */

async function enterCode(page: Page, code: string) {
  const input = page.locator('main .discount-form input[name=discountCode]');
  await input.fill(code);
  await input.press('Enter');
}

test.describe('discount codes', () => {
  test('DE: WELCOME10 takes 10 % off in the cart and shows in checkout; an unknown code says why, in German', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await page.goto('/de-de/products/merino-crew-sweater');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await page.goto('/de-de/cart');
    const subtotal = page.locator('main [data-testid=cart-subtotal]');
    const before = (await subtotal.textContent())!;
    await enterCode(page, 'welcome10');
    await expect(subtotal).not.toHaveText(before);
    const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
    // 10 % off, rounded half away from zero to the cent.
    expect(euros((await subtotal.textContent())!)).toBeCloseTo(Math.round(euros(before) * 90) / 100, 2);

    await enterCode(page, 'NOPE');
    await expect(page.locator('main [data-testid=code-reason]')).toContainText('Der Code NOPE ist ungültig.');
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);

    // Only the last code entered is kept by this form: apply WELCOME10 again and check out.
    await enterCode(page, 'WELCOME10');
    await expect(page.locator('main [data-testid=code-reason]')).toHaveCount(0);
    await page.locator('main .cart-summary a.button--primary').click();
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.getByTestId('discount')).toContainText('WELCOME10');
    await expect(page.getByTestId('discount')).toContainText('−');
  });
});

test.describe('free-shipping progress', () => {
  test('UK: with FREESHIPUK a £50 threshold shows how far the cart is, and the bar fills when it is reached; axe and 390 px', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await page.goto('/en-gb/products/canvas-market-tote');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await page.goto('/en-gb/cart');
    await enterCode(page, 'freeshipuk');
    const progress = page.getByTestId('promotion-progress');
    await expect(progress).toContainText(/Spend £[\d.]+ more for free shipping\./);
    const bar = progress.getByRole('progressbar');
    const before = Number(await bar.getAttribute('aria-valuenow'));
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(100);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);

    await page.getByRole('button', { name: 'Increase quantity of Canvas Market Tote' }).click();
    await expect(progress).toContainText('You’ve unlocked free shipping.');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
  });
});

test.describe('free gift', () => {
  test('AE, in Arabic: CANDLEGIFT adds a free notebook once two candles are in the cart and takes it out below two; RTL, axe and 390 px', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await page.goto('/ar-ae/products/cedar-fig-candle');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await page.goto('/ar-ae/cart');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await enterCode(page, 'candlegift');
    const lines = page.locator('main .cart-line');
    await expect(lines).toHaveCount(1);
    // The second candle earns the gift: the cart adds the notebook, free.
    await lines.first().locator('.qty-button').nth(1).click();
    await expect(lines).toHaveCount(2);
    const giftLine = lines.filter({ has: page.getByTestId('gift') });
    await expect(giftLine.getByTestId('gift')).toHaveText('هدية مجانية');
    await expect(giftLine.locator('.cart-line__total')).toHaveText(/^[^1-9١-٩]+$/);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);

    // Back to one candle: the gift leaves.
    await lines.first().locator('.qty-button').first().click();
    await expect(lines).toHaveCount(1);
    await expect(page.getByTestId('gift')).toHaveCount(0);
  });
});
