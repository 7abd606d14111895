import type { Locator, Page } from '@playwright/test';
import { expect, fillAddressFields, test, type Storefront } from './fixtures.ts';

/**
 * The checkout as shoppers expect it (issue 10 §4): a focused layout with the summary above
 * the form on a phone and beside it on a desktop, no third-party requests in test mode, policy
 * links that resolve, a confirmation with images, address, payment method and delivery dates,
 * addresses written the destination's way, and moving between countries and stores mid-checkout.
 */

const PHONE = { width: 390, height: 844 };
const submit = (page: Page) =>
  page.locator('.checkout section form:not(.store-credit__form) button[type=submit]');

async function noSeriousViolations(storefront: Storefront, what: string) {
  expect(await storefront.seriousViolations(), `axe on ${what}`).toEqual([]);
}

/** Product page → cart → the checkout's first step. */
async function startCheckout(page: Page, prefix: string, product = 'merino-crew-sweater') {
  await page.goto(`${prefix}/products/${product}`);
  await page.waitForLoadState('networkidle');
  await page.locator('.add-to-cart button').click();
  await expect(page.locator('.add-to-cart__status a')).toBeVisible();
  await page.goto(`${prefix}/cart`);
  await page.locator('.cart-summary a.button--primary').click();
  await expect(page).toHaveURL(/\/checkout\/c1-[^/]+\/contact$/);
  await page.waitForLoadState('networkidle');
}

/** Contact → address → delivery → payment → review, with axe on each step when asked. */
async function toReview(page: Page, email: string, address: Record<string, string>, storefront?: Storefront) {
  await page.locator('#email').fill(email);
  await submit(page).click();
  await expect(page).toHaveURL(/\/address$/);
  await fillAddressFields(page, address);
  if (storefront) await noSeriousViolations(storefront, 'address');
  await submit(page).click();
  await expect(page).toHaveURL(/\/delivery$/);
  if (storefront) await noSeriousViolations(storefront, 'delivery');
  await submit(page).click();
  await expect(page).toHaveURL(/\/payment$/);
  await page.locator('#number').fill('4242 4242 4242 4242');
  await page.locator('#expiry').fill('12 / 34');
  await page.locator('#cvc').fill('123');
  if (storefront) await noSeriousViolations(storefront, 'payment');
  await submit(page).click();
  await expect(page).toHaveURL(/\/review$/);
  if (storefront) await noSeriousViolations(storefront, 'review');
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

const US_ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: '350 Fifth Avenue',
  city: 'New York',
  province: 'NY',
  zip: '10118',
};
const JP_ADDRESS = {
  lastName: '佐藤',
  firstName: '愛子',
  zip: '100-0005',
  province: '13',
  city: '千代田区',
  address1: '丸の内1-1-1',
};
const AE_ADDRESS = {
  firstName: 'ليلى',
  lastName: 'حداد',
  address1: 'شارع الشيخ زايد 1',
  city: 'دبي',
  province: 'DU',
  phone: '+971 4 123 4567',
};

test.describe('focused checkout', () => {
  test.describe.configure({ timeout: 120_000 });

  test('on a phone: logo and steps only, the order summary collapsed above the form with the total', async ({
    page,
    storefront,
  }) => {
    await page.setViewportSize(PHONE);
    await startCheckout(page, '');
    await expect(page.locator('.site-header, .site-nav, .site-footer, footer')).toHaveCount(0);
    await expect(page.locator('.checkout-header__logo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Checkout steps' })).toBeVisible();
    const toggle = page.getByTestId('summary-toggle');
    await expect(toggle).not.toHaveAttribute('open');
    await expect(toggle.locator('summary')).toContainText('Show order summary');
    const total = await page.getByTestId('total').textContent();
    expect(total).toMatch(/\$\d/);
    await expect(page.getByTestId('summary-toggle-total')).toHaveText(total!);
    expect((await box(toggle)).y + (await box(toggle)).height).toBeLessThanOrEqual(
      (await box(page.locator('#email'))).y,
    );
    await noSeriousViolations(storefront, 'contact at 390px');
    await toggle.locator('summary').click();
    await expect(page.getByTestId('totals')).toBeVisible();
    await expect(toggle.locator('summary')).toContainText('Hide order summary');
    // Without horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test('on a desktop the summary stands open beside the form', async ({ page, storefront }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await startCheckout(page, '');
    const summary = page.locator('.checkout-summary .order-summary');
    await expect(summary).toBeVisible();
    await expect(page.getByTestId('totals')).toBeVisible();
    const form = await box(page.locator('.checkout > section'));
    const side = await box(summary);
    expect(side.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(side.y).toBeLessThan(form.y + form.height);
    await noSeriousViolations(storefront, 'contact at 1280px');
  });

  test('test mode: cart to thank-you makes no request to another host; policy links resolve; the confirmation shows what was bought, where, how and when', async ({
    page,
    storefront,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
    });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await startCheckout(page, '');
    await noSeriousViolations(storefront, 'contact');
    await toReview(page, 'focused-us@example.com', US_ADDRESS, storefront);

    const links = page.getByTestId('pay-note').locator('a');
    await expect(links).toHaveCount(3);
    expect(
      await links.evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, 'http://x').pathname)),
    ).toEqual(['/policies/terms-of-service', '/policies/refund-policy', '/policies/privacy-policy']);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await page.request.get(href)).status(), href).toBe(200);
    }

    await page.getByTestId('pay').click();
    await expect(page).toHaveURL(/\/thank-you$/);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
    const image = page.locator('.confirmation .order-summary img').first();
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByTestId('confirmation-address')).toContainText('350 Fifth Avenue');
    await expect(page.getByTestId('confirmation-address')).toContainText('United States');
    await expect(page.getByTestId('payment-method')).toContainText('•••• 4242');
    // Dates, in the shopper's locale: "Wed, December 9 – Fri, December 11".
    await expect(page.getByTestId('delivery-estimate').locator('time')).toHaveText(
      /[A-Z][a-z]{2}, [A-Z][a-z]+ \d{1,2}/,
    );
    const button = await box(page.getByTestId('continue-shopping'));
    const card = await box(page.locator('.confirmation .order-summary'));
    expect(button.y, 'the button sits below the card, with space between').toBeGreaterThan(
      card.y + card.height,
    );
    await noSeriousViolations(storefront, 'thank-you');

    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(errors.filter((e) => /stripe/i.test(e))).toEqual([]);
  });

  test('ja-JP: the review and the confirmation write the address in Japanese order and greet the buyer by family name', async ({
    page,
    storefront,
  }) => {
    await startCheckout(page, '/ja-jp');
    await page.locator('#email').fill('focused-jp@example.jp');
    await submit(page).click();
    await expect(page).toHaveURL(/\/address$/);
    const options = await page.locator('#countryCode option').allTextContents();
    expect(options).toContain('日本');
    expect(
      options.filter((o) => /[A-Za-z]/.test(o)),
      'country names in Japanese',
    ).toEqual([]);
    await expect(page.locator('main')).not.toContainText('Japan');
    await page.goto(page.url().replace(/\/address$/, '/contact'));
    await toReview(page, 'focused-jp@example.jp', JP_ADDRESS, storefront);
    await expect(page.getByTestId('ship-to')).toContainText('〒100-0005 東京都千代田区丸の内1-1-1 佐藤 愛子');
    await expect(page.locator('.checkout section')).toContainText('佐藤様');
    await page.getByTestId('pay').click();
    await expect(page).toHaveURL(/\/thank-you$/);
    await expect(page.locator('.confirmation .eyebrow')).toContainText('佐藤様');
    const lines = await page.getByTestId('confirmation-address').locator('span').allTextContents();
    expect(lines.join(' ')).toContain('〒100-0005 東京都千代田区丸の内1-1-1 佐藤 愛子');
  });

  test('ar-AE: no Latin comma or English in the address, the country in Arabic', async ({
    page,
    storefront,
  }) => {
    await startCheckout(page, '/ar-ae');
    await toReview(page, 'focused-ae@example.ae', AE_ADDRESS, storefront);
    const shipTo = page.getByTestId('ship-to');
    await expect(shipTo).toContainText('الإمارات العربية المتحدة');
    await expect(shipTo).toContainText('،');
    expect(await shipTo.textContent()).not.toMatch(/[,A-Za-z]/);
    await expect(page.locator('main')).not.toContainText('United Arab Emirates');
    for (const href of await page
      .getByTestId('pay-note')
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^\/ar-ae\/policies\//);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await page.getByTestId('pay').click();
    await expect(page).toHaveURL(/\/thank-you$/);
    expect(await page.getByTestId('confirmation-address').textContent()).not.toMatch(/[,A-Za-z]/);
    await expect(page.getByTestId('delivery-estimate').locator('time')).not.toHaveText(/[A-Za-z]/);
  });

  test("a shopper changes the shipping country to another of the market's countries without leaving checkout", async ({
    page,
  }) => {
    await startCheckout(page, '/de-de');
    await page.locator('#email').fill('focused-at@example.at');
    await submit(page).click();
    await expect(page).toHaveURL(/\/address$/);
    await page.locator('#countryCode').selectOption('AT');
    await expect(page).toHaveURL(/\/de-de\/checkout\/c1-[^/]+\/address\?country=AT$/);
    await expect(page.locator('#countryCode option:checked')).toHaveText('Österreich');
    await fillAddressFields(page, {
      firstName: 'Anna',
      lastName: 'Huber',
      address1: 'Stephansplatz 1',
      zip: '1010',
      city: 'Wien',
    });
    await submit(page).click();
    await expect(page).toHaveURL(/\/de-de\/checkout\/c1-[^/]+\/delivery$/);
    await expect(page.locator('.option')).not.toHaveCount(0);
    await submit(page).click();
    await page.locator('#number').fill('4242 4242 4242 4242');
    await page.locator('#expiry').fill('12 / 34');
    await page.locator('#cvc').fill('123');
    await submit(page).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByTestId('ship-to')).toContainText('Österreich');
    await expect(page.getByTestId('tax-included')).toContainText('€');
  });

  test('choosing a country another store serves offers to switch store, and the cart comes along', async ({
    page,
    storefront,
  }) => {
    await startCheckout(page, '/de-de');
    const token = /\/checkout\/(c1-[^/]+)\//.exec(page.url())![1]!;
    const lines = await page.locator('.order-summary li').count();
    await page.locator('#email').fill('focused-switch@example.de');
    await submit(page).click();
    await expect(page).toHaveURL(/\/address$/);
    await page.locator('#countryCode').selectOption('JP');
    const offer = page.getByTestId('store-switch');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('Japan');
    await expect(offer).toContainText('Yen');
    await expect(page.locator('#firstName')).toHaveCount(0);
    await noSeriousViolations(storefront, 'store switch offer');
    await offer.getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`/ja-jp/checkout/${token}/address\\?country=JP$`));
    await expect(page.locator('html')).toHaveAttribute('lang', /^ja/);
    await expect(page.locator('#countryCode option:checked')).toHaveText('日本');
    await expect(page.locator('.order-summary li')).toHaveCount(lines);
    await expect(page.getByTestId('total')).toContainText(/[¥￥]/);
    await page.goto('/ja-jp/cart');
    await expect(page.locator('.cart-line')).toHaveCount(lines);
  });

  test('without JavaScript, a country of another store gets the same offer after submitting', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    await context.addCookies([{ name: 'meridian_locale_hint', value: 'dismissed', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/en-gb/products/canvas-market-tote');
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.cart-line')).toHaveCount(1);
    await page.locator('.cart-summary a.button--primary').click();
    await page.locator('#email').fill('nojs-switch@example.co.uk');
    await submit(page).click();
    await page.locator('#countryCode').selectOption('US');
    await submit(page).click();
    await expect(page.getByTestId('store-switch')).toBeVisible();
    await page.getByTestId('store-switch').getByRole('button').click();
    await expect(page).toHaveURL(/\/checkout\/c1-[^/]+\/address\?country=US$/);
    expect(page.url()).not.toContain('/en-gb/');
    await expect(page.locator('.order-summary li')).toHaveCount(1);
    await expect(page.getByTestId('total')).toContainText('$');
    await context.close();
  });
});

test.describe('checkout screenshots at 390px', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const [key, prefix, address] of [
    ['enUS', '', US_ADDRESS],
    ['arAE', '/ar-ae', AE_ADDRESS],
  ] as const) {
    test(`checkout and thank-you, ${key}`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await startCheckout(page, prefix);
      await toReview(page, `shot-${key}@example.com`, address);
      await expect(page).toHaveScreenshot(`checkout-review-${key}-390.png`, { fullPage: true });
      await page.getByTestId('pay').click();
      await expect(page).toHaveURL(/\/thank-you$/);
      await page.waitForLoadState('networkidle');
      await expect(page).toHaveScreenshot(`thank-you-${key}-390.png`, {
        fullPage: true,
        mask: [page.getByTestId('order-number'), page.getByTestId('delivery-estimate')],
      });
    });
  }
});
