import { expect, fillAddressFields, test, UK_ADDRESS } from './fixtures.ts';

/** Cart and checkout are server-rendered forms: they work with JavaScript turned off. */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 120_000 });

  test('a shopper adds to the cart and pays, every step a plain form post', async ({ page, storefront }) => {
    void storefront;
    await page.goto('/en-gb/products/canvas-market-tote');
    await page.locator('.add-to-cart button').click();
    // The form posts to the cart route, which renders the cart.
    await expect(page.locator('.cart-line')).toHaveCount(1);
    await expect(page.getByTestId('cart-subtotal')).toContainText('£');
    await page.locator('.cart-line .qty-button').last().click();
    await expect(page.locator('.qty-value')).toHaveText('2');
    await page.locator('.cart-summary a.button--primary').click();
    const submit = page.locator('.checkout section form:not(.store-credit__form) button[type=submit]');
    await page.locator('#email').fill('nojs@example.co.uk');
    await submit.click();
    await fillAddressFields(page, UK_ADDRESS);
    await submit.click();
    await expect(page).toHaveURL(/\/delivery$/);
    await submit.click();
    await page.locator('#number').fill('4242424242424242');
    await page.locator('#expiry').fill('12/34');
    await page.locator('#cvc').fill('123');
    await submit.click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByTestId('tax-included')).toContainText('£');
    await page.getByTestId('pay').click();
    await expect(page.getByTestId('order-number')).toContainText('#');
  });
});
