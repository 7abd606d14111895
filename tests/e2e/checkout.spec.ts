import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ADDRESSES, buy, fitsPhone, pay, serious } from './checkout-support.ts';

/**
 * Purchases end to end with the test provider, to the confirmation page and the email that
 * arrives over SMTP: US (tax on top), DE (VAT included, DDP duties over €150), JP (no
 * decimals), AE (Arabic, right to left).
 */

test.describe('purchases', () => {
  // Five steps, axe on each, and an email round trip: longer than a page test.
  test.describe.configure({ timeout: 120_000 });
  test('US/USD: sales tax on top, approximated from the state rate', async ({
    page,
    storefront,
    playwright,
    baseURL,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '',
      email: 'us-buyer@example.com',
      checkAxe: true,
      address: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        address1: '350 Fifth Avenue',
        city: 'New York',
        province: 'NY',
        zip: '10118',
      },
    });
    await expect(page.getByTestId('total-tax')).toContainText('$');
    await expect(page.getByTestId('total-duties')).toHaveCount(0);
    const { mail } = await pay(page, 'us-buyer@example.com');
    expect(mail).toMatch(/^Subject: /m);
    expect(mail).toMatch(/^Content-Type: text\/html/m);

    // The cart cookie opens the cart and this page: no script reads it, other sites' posts do not carry it.
    const cartCookie = (await page.context().cookies()).find((c) => c.name === 'cart');
    expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // The confirmation shows the buyer's address: a browser without their cart cookie gets a 404,
    // and the email's link opens it with a signed key (a changed key does not).
    const stranger = await playwright.request.newContext({ baseURL });
    const page404 = await stranger.get(new URL(page.url()).pathname);
    expect(page404.status()).toBe(404);
    expect(await page404.text()).not.toContain('350 Fifth Avenue');
    const decoded = mail
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const link = /href="([^"]*\/thank-you\?key=[^"]+)"/.exec(decoded)?.[1];
    expect(link, 'order link in the email').toBeTruthy();
    const signed = new URL(link!);
    const opened = await stranger.get(`${signed.pathname}${signed.search}`);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toContain('350 Fifth Avenue');
    const tampered = `${signed.pathname}${signed.search.slice(0, -2)}${signed.search.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await stranger.get(tampered)).status()).toBe(404);
    await stranger.dispose();
  });

  test('DE/EUR: over €150 the VAT inside prices becomes import VAT, collected with the duty (DDP)', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '/de-de',
      email: 'de-kaeufer@example.com',
      quantity: 2,
      address: ADDRESSES.DE,
    });
    // No IOSS above €150: the shopper is told the VAT in the prices is not charged as VAT at sale,
    // and import VAT and duty are collected now, with nothing more to pay on delivery.
    await expect(page.getByTestId('tax-removed')).toContainText('€');
    await expect(page.getByTestId('total-duties')).toContainText('€');
    await expect(page.getByTestId('duties-notice')).toBeVisible();
    await expect(page.getByTestId('border-due')).toHaveCount(0);
    await expect(page.getByTestId('total-tax')).toHaveCount(0);
    const { mail } = await pay(page, 'de-kaeufer@example.com');
    expect(mail).toMatch(/Subject: =\?UTF-8\?|Subject: Bestellung/);
  });

  test('JP/JPY: whole yen everywhere', async ({ page, storefront }) => {
    void storefront;
    await buy(page, {
      prefix: '/ja-jp',
      email: 'jp-buyer@example.jp',
      address: ADDRESSES.JP,
    });
    const total = await page.getByTestId('total').textContent();
    expect(total).toMatch(/[¥￥]/);
    expect(total).not.toMatch(/[.,]\d{2}$/);
    await pay(page, 'jp-buyer@example.jp');
  });

  test('AE/AED: Arabic, right to left, duties may be due on delivery (DAP)', async ({ page, storefront }) => {
    void storefront;
    await buy(page, {
      prefix: '/ar-ae',
      email: 'ae-buyer@example.ae',
      address: ADDRESSES.AE,
    });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('total')).toContainText(/د\.إ|AED/);
    // The payment step's store-credit box, in Arabic and right to left, fits a phone.
    const credit = (
      JSON.parse(readFileSync('locales/ar/checkout.json', 'utf8')) as { credit: Record<string, string> }
    ).credit;
    const review = page.url();
    await page.goto(review.replace(/\/review$/, '/payment'));
    await expect(page.getByRole('heading', { name: credit.heading! })).toBeVisible();
    await page.getByRole('button', { name: credit.send! }).click();
    await expect(page.getByRole('status')).toHaveText(credit.sent!);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);
    await page.goto(review);
    await pay(page, 'ae-buyer@example.ae');
  });

  test('a declined card is refused with a clear message, and the address form refuses bad input next to the field', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await page.goto('/products/merino-crew-sweater');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await page.goto('/cart');
    await page.locator('.cart-summary a.button--primary').click();
    await page.locator('#email').fill('not-an-email');
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await expect(page.locator('#email-error')).toHaveText('Enter an email address like name@example.com.');
    await page.locator('#email').fill('declined@example.com');
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await page.locator('#firstName').fill('Bo');
    await page.locator('#lastName').fill('Decline');
    await page.locator('#address1').fill('1 Main St');
    await page.locator('#city').fill('Austin');
    await page.locator('#zip').fill('1234');
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await expect(page.locator('#zip-error')).toHaveText('Enter a valid postal code for this country.');
    await expect(page.locator('#province-error')).toHaveText('This field is required.');
    await page.locator('#zip').fill('73301');
    await page.locator('#province').selectOption('TX');
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await page.locator('#number').fill('4000 0000 0000 0002');
    await page.locator('#expiry').fill('12 / 34');
    await page.locator('#cvc').fill('123');
    await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
    await page.getByTestId('pay').click();
    await expect(page).toHaveURL(/\/payment\?declined=generic_decline$/);
    await expect(page.getByRole('alert')).toHaveText('Your card was declined. Try another card.');
  });
});
