import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { ownerSession, seriousViolations } from './admin-support.ts';
import { ADDRESSES, buy, fitsPhone } from './checkout-support.ts';
import { expect, test } from './fixtures.ts';

/**
 * Issue 16: the owner writes the store's policies and brand in the admin, and shoppers see them:
 * the policy pages, the footer, the checkout's pay note and the header logo.
 */
const ownerPage = async (browser: Browser): Promise<Page> =>
  (await ownerSession(browser, '.data/e2e/settings-owner.json')).newPage();

test('the owner edits the German refund policy: it shows at /de-de/policies/refund-policy, in the footer and in the pay note', async ({
  browser,
  page,
  storefront,
}) => {
  test.setTimeout(120_000);
  const owner = await ownerPage(browser);
  await owner.goto('/app/settings/policies?language=de');
  const refund = owner.getByTestId('policy-form-refund');
  await expect(refund.getByRole('heading', { name: 'Refund policy' })).toBeVisible();
  expect(await seriousViolations(owner)).toEqual([]);
  await fitsPhone(owner);

  // A refused save says why next to the field and keeps the text.
  await refund.getByLabel('Title').fill('');
  await refund.getByLabel('Text (HTML)').fill('<p>Ohne Titel</p>');
  await refund.getByRole('button', { name: 'Save Refund policy' }).click();
  await expect(refund.getByText('A published policy needs a title.')).toBeVisible();

  await refund.getByLabel('Title').fill('Widerruf und Erstattung');
  await refund
    .getByLabel('Text (HTML)')
    .fill(
      '<p>Sie können Artikel binnen {{ return_window_days }} Tagen zurückgeben.</p><script>alert(1)</script>',
    );
  await refund.getByRole('button', { name: 'Save Refund policy' }).click();
  await expect(owner.getByText('Policy saved')).toBeVisible();

  await storefront.visit('deDE', '/policies/refund-policy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Widerruf und Erstattung');
  // The German market's own window, where the policy wrote the token; the script is gone.
  await expect(page.getByTestId('policy')).toContainText('binnen 30 Tagen zurückgeben');
  expect(await page.locator('[data-testid=policy] script').count()).toBe(0);
  expect(await storefront.seriousViolations()).toEqual([]);
  const footerLink = page
    .getByTestId('footer-policies')
    .getByRole('link', { name: 'Widerruf und Erstattung' });
  await expect(footerLink).toHaveAttribute('href', '/de-de/policies/refund-policy');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    /\/de-de\/policies\/refund-policy$/,
  );
  await expect(page.locator('link[rel=alternate][hreflang=en-US]')).toHaveAttribute(
    'href',
    /\/policies\/refund-policy$/,
  );

  // The pay note links the German terms, refund and privacy policies.
  await buy(page, { prefix: '/de-de', email: 'policies-de@example.com', address: ADDRESSES.DE });
  const links = page.getByTestId('pay-note').locator('a');
  await expect(links).toHaveCount(3);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    '/de-de/policies/terms-of-service',
    '/de-de/policies/refund-policy',
    '/de-de/policies/privacy-policy',
  ]);
  await links.nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Widerruf und Erstattung');
});

test('the policy pages read right to left in Arabic and fit a phone', async ({ page, storefront }) => {
  await storefront.visit('arAE', '/policies');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('policy-list').getByRole('link', { name: 'سياسة الاسترداد' })).toBeVisible();
  await page.getByTestId('policy-list').getByRole('link', { name: 'سياسة الاسترداد' }).click();
  await expect(page).toHaveURL(/\/ar-ae\/policies\/refund-policy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سياسة الاسترداد');
  await expect(page.getByTestId('policy')).toContainText('خلال 30 يومًا');
  // The heading's text runs from the right: it ends nearer the right edge than the left.
  const box = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    const r = range.getBoundingClientRect();
    const c = h.getBoundingClientRect();
    return { right: c.right - r.right, left: r.left - c.left };
  });
  expect(box.right).toBeLessThan(box.left);
  expect(await storefront.seriousViolations()).toEqual([]);
  await fitsPhone(page);
  // An unknown policy is a 404, not an error.
  expect((await page.request.get('/ar-ae/policies/cookie-policy')).status()).toBe(404);
});

test('the owner uploads a logo: the storefront header shows it, named by the shop', async ({
  browser,
  page,
  storefront,
}) => {
  test.setTimeout(90_000);
  await storefront.visit('enUS');
  const logo = page.locator('.site-header__logo img');
  const seeded = await logo.getAttribute('src');
  expect(seeded).toMatch(/^\/media\/\d+-[0-9a-f]{16}-400\.webp$/);
  await expect(logo).toHaveAttribute('alt', 'Aurora & Oak');
  // The seeded logo, to put back afterwards (other specs' screenshots show the header).
  const original = await (await page.request.get(seeded!.replace('-400.webp', '-1200.webp'))).body();

  const owner = await ownerPage(browser);
  await owner.goto('/app/settings/brand');
  const slot = owner.getByTestId('brand-logo');
  expect(await seriousViolations(owner)).toEqual([]);
  await fitsPhone(owner);

  // Not an image: a localized error, nothing changes.
  await slot
    .getByLabel(/Image file/)
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('nope') });
  await slot.getByRole('button', { name: 'Replace Logo' }).click();
  await expect(slot.getByText('Use a PNG, JPEG, WebP, GIF or SVG image.')).toBeVisible();

  const png = await sharp({ create: { width: 480, height: 96, channels: 4, background: '#B5562C' } })
    .png()
    .toBuffer();
  await slot.getByLabel(/Image file/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(slot.getByRole('img', { name: 'Preview of the Logo' })).toHaveAttribute('src', /^blob:/);
  await slot.getByRole('button', { name: 'Replace Logo' }).click();
  await expect(owner.getByText('Image uploaded')).toBeVisible();

  // A new URL: the home page may be in the browser's HTTP cache (max-age=60).
  await storefront.visit('enUS', '/?logo=new');
  const uploaded = await logo.getAttribute('src');
  expect(uploaded).not.toBe(seeded);
  const shown = await page.request.get(uploaded!);
  expect(shown.headers()['content-type']).toBe('image/webp');
  expect((await sharp(await shown.body()).metadata()).width).toBe(400);
  expect(await storefront.seriousViolations()).toEqual([]);

  await owner.goto('/app/settings/brand');
  await slot
    .getByLabel(/Image file/)
    .setInputFiles({ name: 'logo.webp', mimeType: 'image/webp', buffer: original });
  await slot.getByRole('button', { name: 'Replace Logo' }).click();
  await expect(owner.getByText('Image uploaded')).toBeVisible();
});
