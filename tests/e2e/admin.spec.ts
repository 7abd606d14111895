import { readFileSync } from 'node:fs';
import type { Cookie, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { invite, seriousViolations, submitSignIn } from './admin-support.ts';
import { ADDRESSES, checkOutCart, fitsPhone, pay, serious } from './checkout-support.ts';

/** The server writes the first-run owner link here (OWNER_LINK_FILE in playwright.config.ts). */
const ownerLink = () =>
  readFileSync('.data/e2e/owner-link', 'utf8')
    .trim()
    .replace(/^http:\/\/localhost:\d+/, '');
const PASSWORD = 'correct horse battery staple';

async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/app$/);
}

const signInOwner = (page: Page) => signIn(page, 'owner@example.com', PASSWORD);
/** The owner's session, saved by the merchandiser test for later tests in this serial group. */
const OWNER_STATE = '.data/e2e/admin-owner.json';
/** Search listings in a language → search → the product's SEO editor. */
async function openSeoEditor(page: Page, language: string, query: string, title: string) {
  await page.goto(`/app/seo?type=product&language=${language}`);
  await page.getByLabel('Search by title or handle').fill(query);
  await page.getByLabel('Search by title or handle').press('Enter');
  await page.getByRole('link', { name: title }).click();
}

/** The marketer invited (and given this password) in the merchandiser test. */
const signInMarketer = (page: Page) => signIn(page, 'mira@shop.test', 'another long password');

async function acceptInvite(page: Page, link: string) {
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('New password').fill('another long password');
  await page.getByLabel('Confirm password').fill('another long password');
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page).toHaveURL(/\/app\?saved=password/);
}

async function shownPrice(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return (await page.getByTestId('price').first().locator('.price__current').textContent())!.trim();
}

test.describe('admin', () => {
  // One-time links are spent by the first run, so this group cannot be retried; it gets time instead.
  test.describe.configure({ mode: 'serial', retries: 0, timeout: 300_000 });

  test('owner signs in with the one-time link, chooses a password, sees real counts, and adds a merchandiser', async ({
    page,
  }) => {
    await page.goto(ownerLink());
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/app\/account\/password/);
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Confirm password').fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByText('Use at least 12 characters.').first()).toBeVisible();
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page).toHaveURL(/\/app\?saved=password/);
    await expect(page.getByRole('heading', { name: 'Welcome, Owner' })).toBeVisible();
    await expect(page.getByText('37', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page.getByLabel('Name').fill('Mia Chen');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Create and get sign-in link' }).click();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
    await page.getByLabel('Email').fill('mia@shop.test');
    await page.getByLabel('Role').selectOption('merchandiser');
    await page.getByRole('button', { name: 'Create and get sign-in link' }).click();
    await expect(page.getByTestId('signin-link')).toContainText('/app/login/link/');
    await expect(page.getByRole('row', { name: /Mia Chen/ })).toContainText('Merchandiser');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    // The link is single-use: the merchandiser signs in once with it.
    const link = (await page.getByTestId('signin-link').textContent())!.replace(/^http:\/\/[^/]+/, '');
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/app\/account\/password/);
    // A merchandiser has no Staff area: the nav hides it and the server refuses it.
    await expect(page.getByRole('link', { name: 'Staff' })).toHaveCount(0);
    const response = await page.goto('/app/staff');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('This sign-in link has expired or was already used.')).toBeVisible();
  });

  test('password sign-in, wrong passwords, and sign-out', async ({ page }) => {
    await page.goto('/app');
    await expect(page).toHaveURL(/\/app\/login\?next=%2Fapp/);
    expect(await seriousViolations(page)).toEqual([]);
    // Empty fields: each says what it needs, beside it (the server's answer, not the browser's).
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your email address.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password').fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('That email and password don’t match an active account.')).toBeVisible();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/app$/);
    await page.getByRole('button', { name: /Owner/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/app\/login/);
    await expect(page.getByText('You’re signed out.')).toBeVisible();
    expect((await page.goto('/app'))?.url()).toMatch(/\/app\/login/);
    await expect(page.getByText('You’re signed out.')).toHaveCount(0);
  });

  test('sign-in attempts are rate-limited per account', async ({ request }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await request.post('/app/login', {
        form: { email: 'ratelimit@shop.test', password: `guess-${i}` },
        maxRedirects: 0,
      });
      statuses.push(r.status());
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  test('a merchandiser sets DE +8% with .99 endings, JP to whole ¥10, a GB fixed price; a marketer gets 403', async ({
    page,
  }) => {
    await signInOwner(page);
    // Kept for the import rules test: the owner's sign-ins per 15 minutes are limited (5).
    await page.context().storageState({ path: OWNER_STATE });
    const merchLink = await invite(page, 'Max Merch', 'max@shop.test', 'merchandiser');
    const marketerLink = await invite(page, 'Mira Marketer', 'mira@shop.test', 'marketer');

    await acceptInvite(page, merchLink);
    await page.getByRole('link', { name: 'Markets' }).click();
    await expect(page.getByRole('row', { name: /Germany & Austria/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('row', { name: /Germany & Austria/ }).click();

    // Bad input is refused next to the field and nothing is saved.
    await page.getByLabel('Price adjustment').fill('eight');
    await page.getByLabel('Countries').fill('DE, AT, JP');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Enter a number, like 8 or -2.5.')).toBeVisible();
    await page.getByLabel('Price adjustment').fill('8');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Already in another market: JP.')).toBeVisible();

    await page.getByLabel('Countries').fill('DE, AT');
    await page.getByLabel('Rounding').selectOption('charm:0.99');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/Saved\. \d+ prices were recalculated\./)).toBeVisible();
    expect(await shownPrice(page, '/de-de/products/merino-crew-sweater')).toMatch(/^\d+,99\s€$/);

    // A schedule far in the future, then an overlapping one, which is refused.
    await page.goto('/app/markets');
    await page.getByRole('row', { name: /Germany & Austria/ }).click();
    await page.getByLabel('Adjustment', { exact: true }).fill('5');
    await page.getByLabel('Starts (UTC)').fill('2030-01-01T00:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByRole('row', { name: /^\+5% Jan 1, 2030/ })).toBeVisible();
    await page.getByLabel('Starts (UTC)').fill('2030-06-01T00:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByText('This overlaps another scheduled adjustment for this market.')).toBeVisible();

    await page.goto('/app/markets');
    await page.getByRole('row', { name: /Japan/ }).click();
    await page.getByLabel('Rounding').selectOption('up:10');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/Saved\./)).toBeVisible();
    const yen = await shownPrice(page, '/ja-jp/products/merino-crew-sweater');
    expect(yen.replace(/[^\d]/g, '')).toMatch(/0$/);

    await page.goto('/app/pricing');
    await page.locator('input[type=file]').setInputFiles({
      name: 'gb.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('market,sku,price,compare_at_price\ngb,AO-MER-OAT-XS,99.00,\n'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('1 fixed price imported.')).toBeVisible();
    expect(await shownPrice(page, '/en-gb/products/merino-crew-sweater?Color=Oat&Size=XS')).toBe('£99.00');

    // The preview explains each price.
    await page.goto('/app/pricing');
    const variant = page.getByLabel('Variant');
    await variant.selectOption({
      label: (await variant.locator('option', { hasText: 'AO-MER-OAT-XS' }).first().textContent()) ?? '',
    });
    await page.getByLabel('Market and country').selectOption({ label: 'Germany & Austria · DE (EUR)' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('row', { name: /^Exchange rate \(snapshot\) 0\.921 · #\d+/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Market adjustment 8%/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Rounding Price ending \.99/ })).toBeVisible();
    await expect(page.getByTestId('preview-price')).toHaveText(/,99\s€|€\d+\.99|\.99/);
    // A full recompute runs in the background and reports back on the page.
    await page.getByRole('button', { name: 'Recompute all prices' }).click();
    await expect(page.getByTestId('job-done')).toContainText('Catalog re-pricing finished');
    expect(await seriousViolations(page)).toEqual([]);

    // Products: search, then each variant's shown price in every market country.
    await page.goto('/app/products');
    await page
      .getByRole('button', { name: /Search/ })
      .first()
      .click();
    await page.getByPlaceholder('Search by title, vendor, type or SKU').fill('merino crew');
    await expect(page.getByRole('row', { name: /Merino Crew Sweater/ })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('row', { name: /Merino Crew Sweater/ }).click();
    await expect(page.getByRole('heading', { name: 'Merino Crew Sweater', level: 1 })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Germany & Austria DE €\d+\.99/ }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Bulk actions: a product set to draft leaves the storefront and shows under the Draft filter; then it is set active again.
    await page.goto('/app/products?q=brass+rollerball');
    await page
      .getByRole('row', { name: /Brass Rollerball Pen/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: 'Set as draft' }).click();
    await expect(page.getByText('1 product updated')).toBeVisible();
    expect((await page.request.get('/products/brass-rollerball-pen')).status()).toBe(404);
    await page.goto('/app/products?status=draft');
    await expect(page.getByRole('row', { name: /Brass Rollerball Pen Draft/ })).toBeVisible();
    await page
      .getByRole('row', { name: /Brass Rollerball Pen/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: 'Set as active' }).click();
    await expect(page.getByText('1 product updated')).toBeVisible();
    expect((await page.request.get('/products/brass-rollerball-pen')).status()).toBe(200);

    // Rates: bad input is refused next to the field; a manual EUR rate is recorded and re-prices.
    await page.goto('/app/markets/rates');
    await page.getByLabel('Currency', { exact: true }).fill('EUR');
    await page.getByLabel('Rate per 1 shop-currency unit').fill('-1');
    await page.getByRole('button', { name: 'Record rate' }).click();
    await expect(page.getByText('Enter a positive number, like 0.921.')).toBeVisible();
    await page.getByLabel('Rate per 1 shop-currency unit').fill('0.95');
    await page.getByRole('button', { name: 'Record rate' }).click();
    await expect(page.getByText('Saved. The catalog is being re-priced.')).toBeVisible();
    await expect(page.getByRole('row', { name: /^EUR 0\.95 Manual entry by max@shop\.test/ })).toBeVisible();
    // The re-pricing runs as a background job; the page follows it to the end.
    await expect(page.getByTestId('job-done')).toContainText('Catalog re-pricing finished');
    await page.locator('input[type=file]').setInputFiles({
      name: 'rates.xml',
      mimeType: 'text/xml',
      buffer: Buffer.from('<html>not rates</html>'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('This is not an ECB eurofxref file.')).toBeVisible();

    await acceptInvite(page, marketerLink);
    await expect(page.getByRole('link', { name: 'Pricing' })).toHaveCount(0);
    expect((await page.goto('/app/pricing'))?.status()).toBe(403);
    expect((await page.goto('/app/markets'))?.status()).toBe(403);

    // The marketer turns a storefront 404 into a 301 with one click.
    expect((await page.request.get('/collections/summer-2019')).status()).toBe(404);
    await page.goto('/app/seo/redirects');
    await page.getByRole('button', { name: 'Create redirect for /collections/summer-2019' }).click();
    await page.getByLabel('To', { exact: true }).fill('/collections/sale');
    await page.getByRole('button', { name: 'Save redirect' }).click();
    await expect(page.getByText('Redirect saved')).toBeVisible();
    const moved = await page.request.get('/collections/summer-2019', { maxRedirects: 0 });
    expect([moved.status(), moved.headers().location]).toEqual([301, '/collections/sale']);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a marketer edits a German SEO title and handle, the storefront, hreflang and sitemap follow, a Japanese title template is applied and one change undone', async ({
    page,
  }) => {
    await signInMarketer(page);

    // Search listings → the product in German → the editor with a live SERP preview.
    await openSeoEditor(page, 'de', 'tote', 'Canvas Market Tote');
    await expect(page).toHaveURL(/\/app\/seo\/product\/\d+\?language=de/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('SEO title').fill('Einkaufstasche aus Canvas – robust und geräumig');
    await expect(page.getByTestId('serp-title')).toContainText(
      'Einkaufstasche aus Canvas – robust und geräumig',
    );
    await page.getByLabel('URL handle').fill('einkaufstasche-aus-canvas');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('2 fields saved')).toBeVisible();

    // The German page shows the new title; the old German URL 301s to the new one.
    const fresh = await page.request.get('/de-de/products/einkaufstasche-aus-canvas');
    expect(fresh.status()).toBe(200);
    expect(await fresh.text()).toContain('<title>Einkaufstasche aus Canvas – robust und geräumig | ');
    const old = await page.request.get('/de-de/products/canvas-market-tote', { maxRedirects: 0 });
    expect([old.status(), old.headers().location]).toEqual([
      301,
      '/de-de/products/einkaufstasche-aus-canvas',
    ]);
    // Other languages keep their own URL, and name the German one in hreflang.
    const ja = await (await page.request.get('/ja-jp/products/canvas-market-tote')).text();
    expect(ja).toMatch(
      /<link rel="alternate" hreflang="de-DE" href="http:\/\/[^"]+\/de-de\/products\/einkaufstasche-aus-canvas"/i,
    );
    const sitemap = await (await page.request.get('/sitemap/ja-jp-products-1.xml')).text();
    expect(sitemap).toMatch(
      /hreflang="de-DE" href="http:\/\/[^"]+\/de-de\/products\/einkaufstasche-aus-canvas"/,
    );

    // A template for every Japanese product title, previewed on real items, then applied as a job.
    await page.goto('/app/seo/templates');
    await page.getByLabel('Language').selectOption('ja');
    await page.getByLabel('Template').fill('{{ product.title }}｜{{ shop.name }}');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByTestId('template-preview').first()).toContainText('｜');
    await page.getByRole('button', { name: 'Apply to all' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply to all' }).click();
    await expect(page.getByTestId('job-done')).toBeVisible({ timeout: 60_000 });
    const jaTitle = async () =>
      /<title>([^<]*)<\/title>/.exec(
        await (await page.request.get('/ja-jp/products/canvas-market-tote')).text(),
      )?.[1] ?? '';
    const templated = await jaTitle();
    expect(templated).toMatch(/^キャンバス マーケットトート｜/);

    // Undo that one product's templated title from its history.
    await openSeoEditor(page, 'ja', 'tote', 'Canvas Market Tote');
    await page
      .getByRole('button', { name: /^Undo SEO title change to “キャンバス マーケットトート｜/ })
      .click();
    await expect(page.getByText('Change undone')).toBeVisible();
    expect(await jaTitle()).not.toBe(templated);
    expect(await jaTitle()).not.toContain('｜');
    // Only that one: another product keeps its templated title.
    const other =
      /<title>([^<]*)<\/title>/.exec(
        await (await page.request.get('/ja-jp/products/merino-crew-sweater')).text(),
      )?.[1] ?? '';
    expect(other).toContain('｜');
  });
  test('hostile text in every SEO field stays text: no markup or script reaches the page, JSON-LD still parses, a bad handle is refused', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signInMarketer(page);
    await openSeoEditor(page, 'de', 'card holder', 'Leather Card Holder');
    const hostile = {
      'SEO title': '</script><script>alert(1)</script>',
      'Meta description': '"quoted" \'single\' --> <!-- <b>bold</b> & \u202Eevil\u202C text',
      'Social share title': '</title><script>alert(2)</script>',
      'Focus keyword': '<img src=x onerror=alert(3)>',
    };
    for (const [label, value] of Object.entries(hostile))
      await page.getByRole('textbox', { name: label }).fill(value);
    await page.getByRole('textbox', { name: 'Image 1' }).fill('"><svg onload=alert(4)>');
    await page.getByRole('textbox', { name: 'URL handle' }).fill('<script>');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Use lowercase letters, digits and single hyphens only.')).toBeVisible();
    await expect(page.getByText('Nothing was saved: fix the fields marked below.')).toBeVisible();
    await page.getByRole('textbox', { name: 'URL handle' }).fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(/\d+ fields saved/)).toBeVisible();
    // The SERP preview shows the text as text.
    await expect(page.getByTestId('serp-title')).toContainText('</script><script>alert(1)</script>');

    await page.goto('/de-de/products/leather-card-holder');
    expect(await page.title()).toBe(`${hostile['SEO title']} | Aurora & Oak`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      hostile['Meta description'],
    );
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      hostile['Social share title'],
    );
    expect(await page.locator('img[alt="\\"><svg onload=alert(4)>"]').count()).toBeGreaterThan(0);
    const html = await (await page.request.get('/de-de/products/leather-card-holder')).text();
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('<svg onload');
    for (const block of await page.locator('script[type="application/ld+json"]').allTextContents())
      expect(() => JSON.parse(block)).not.toThrow();
    expect(dialogs).toEqual([]);
  });
  test('the SEO workspace pages work for a marketer: an audit of de-DE finds the seeded problems, exchange, templates and indexing render, all pass axe', async ({
    page,
  }) => {
    await signInMarketer(page);
    await page.goto('/app/seo/audit');
    await page.getByLabel('Locale').selectOption('de-DE');
    await page.getByRole('button', { name: 'Run audit' }).click();
    await expect(page.getByTestId('job-done')).toBeVisible({ timeout: 60_000 });
    await page.goto('/app/seo/audit?locale=de-DE');
    await expect(page.getByText(/\d+ issues?/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Fix / }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    for (const path of [
      '/app/seo',
      '/app/seo/exchange',
      '/app/seo/templates',
      '/app/seo/indexing',
      '/app/seo/redirects',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    // Robots rules are validated line by line and shown as crawlers will read them.
    await page.goto('/app/seo/indexing');
    await page.getByLabel('Your rules').fill('Disallow: /private');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Line 1: rules must follow a User-agent line.')).toBeVisible();
    await page.getByLabel('Your rules').fill('User-agent: GPTBot\nDisallow: /');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('robots.txt rules saved')).toBeVisible();
    expect(await (await page.request.get('/robots.txt')).text()).toContain('User-agent: GPTBot\nDisallow: /');
  });

  test('import rules: a merchandiser proposes the UK relief ending, the owner approves it; sources and states are shown; axe and 390 px', async ({
    page,
  }) => {
    await signIn(page, 'max@shop.test', 'another long password');
    await page.goto('/app/markets');
    await page
      .getByRole('button', { name: 'Import rules' })
      .or(page.getByRole('link', { name: 'Import rules' }))
      .first()
      .click();
    await expect(page).toHaveURL(/\/app\/markets\/import-rules$/);
    // Germany: the €3 item duty in force since 1 July 2026, the old relief superseded, each with its source.
    const de = page.getByTestId('rules-DE');
    await expect(de.getByText('In force', { exact: true })).toHaveCount(1);
    await expect(de.getByText('Superseded', { exact: true })).toHaveCount(1);
    await expect(de.getByText(/€3\.00 per tariff subheading/)).toBeVisible();
    await expect(de.getByRole('link', { name: 'globalimportblog.bakermckenzie.com' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A bad proposal is refused next to its fields; then the real one waits for the owner.
    await page.getByLabel('Destination', { exact: true }).selectOption('GB');
    await page.getByLabel('Tax at sale').selectOption('never');
    await page.getByLabel('Source (https address)').fill('not a link');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(page.getByText('Enter a date.')).toBeVisible();
    await expect(page.getByText('Enter the https address of the source.')).toBeVisible();
    await page.getByLabel('Effective from').fill('2029-03-01');
    await page.getByLabel('No duty up to').fill('');
    await page
      .getByLabel('Source (https address)')
      .fill('https://www.gov.uk/government/consultations/low-value-imports');
    await page.getByLabel('Note').fill('The £135 relief ends in March 2029.');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect(page.getByText('Version submitted for approval')).toBeVisible();
    const gb = page.getByTestId('rules-GB');
    await expect(gb.getByText('Awaiting approval', { exact: true })).toBeVisible();
    await expect(gb.getByText('An owner approves this')).toBeVisible();
    await expect(gb.getByRole('button', { name: 'Approve' })).toHaveCount(0);

    await page.context().clearCookies();
    await page
      .context()
      .addCookies((JSON.parse(readFileSync(OWNER_STATE, 'utf8')) as { cookies: Cookie[] }).cookies);
    await page.goto('/app/markets/import-rules');
    await gb.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Version approved')).toBeVisible();
    await expect(gb.getByText('Scheduled', { exact: true })).toBeVisible();
    await expect(gb.getByText('2029-03-01', { exact: true })).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
  test('promotions: a merchandiser builds a DE-only €15-off-€100 code with a €200 budget; a German shopper gets it with VAT on the discounted price, a US shopper is told why not; the report counts the order; a JP buy-2-get-1 repeats for 4 and 6; an NL flash sale shows its badge, countdown and Omnibus price; axe and 390 px', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(300_000);
    await signIn(page, 'max@shop.test', 'another long password');
    await page.goto('/app/promotions');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Create campaign' }).first().click();
    await expect(page).toHaveURL(/\/app\/promotions\/new$/);
    await page.getByLabel('Campaign name').fill('DE winter spend');
    await page.getByLabel('Germany & Austria (EUR)').check();
    await page.getByLabel('Budget in EUR').fill('200');
    await page.getByLabel('How it applies').selectOption('single');
    await page.getByLabel('Code', { exact: true }).fill('de-winter15');
    await page.getByLabel('Discount', { exact: true }).selectOption('amount-off');
    await page.getByLabel('Amount in EUR').fill('15');
    await page.getByRole('button', { name: 'Add condition: Minimum spend' }).click();
    await page.getByLabel('Minimum spend in EUR').fill('100');
    // A bad amount is answered next to its field, and nothing is saved.
    await page.getByLabel('Amount in EUR').fill('15.001');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('Enter an amount with no more decimals than the currency has.'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/app\/promotions\/new$/);
    await page.getByLabel('Amount in EUR').fill('15');

    // The simulator, before saving: a German sweater gets €15 off, a US one does not and says why.
    await page.getByLabel('Market', { exact: true }).selectOption({ label: 'Germany & Austria (EUR)' });
    await page.getByLabel('Product 1').selectOption({ label: 'Merino Crew Sweater' });
    await page.getByRole('button', { name: 'Simulate' }).click();
    await expect(page.getByTestId('simulation')).toContainText('DE-WINTER15: −€15.00');
    await page.getByLabel('Market', { exact: true }).selectOption({ label: 'United States (USD)' });
    await page.getByRole('button', { name: 'Simulate' }).click();
    await expect(page.getByTestId('simulation')).toContainText('DE-WINTER15: not available in this market');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/app\/promotions\/\d+$/);
    await expect(page.getByText('Campaign created')).toBeVisible();
    const campaignUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByText('Campaign activated')).toBeVisible();

    // A German shopper: the code takes €15 off before VAT.
    // Shoppers in their own browser contexts, without the locale suggestion banner (as the storefront fixture does).
    const shopperPage = async () => {
      const context = await page.context().browser()!.newContext();
      await context.addCookies([{ name: 'meridian_locale_hint', value: 'dismissed', url: baseURL! }]);
      return context.newPage();
    };
    const shopper = await shopperPage();
    await shopper.goto('/de-de/products/merino-crew-sweater');
    await shopper.locator('.add-to-cart button').click();
    await expect(shopper.locator('.add-to-cart__status a')).toBeVisible();
    await shopper.goto('/de-de/cart');
    const deSubtotal = shopper.locator('main [data-testid=cart-subtotal]');
    const beforeCode = (await deSubtotal.textContent())!;
    await shopper.locator('main .discount-form input[name=discountCode]').fill('DE-WINTER15');
    await shopper.locator('main .discount-form input[name=discountCode]').press('Enter');
    await expect(deSubtotal).not.toHaveText(beforeCode);
    await expect(shopper.locator('main [data-testid=code-reason]')).toHaveCount(0);
    await checkOutCart(shopper, { prefix: '/de-de', email: 'promo-de@example.com', address: ADDRESSES.DE });
    const euros = (text: string | null) => Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
    await expect(shopper.getByTestId('discount')).toContainText('−15,00');
    const goods = await shopper.locator('.order-summary .totals > div').first().locator('dd').textContent();
    const shippingText = await shopper.getByTestId('total-shipping').textContent();
    const shipping = /\d/.test(shippingText ?? '') ? euros(shippingText) : 0;
    const vat = euros(await shopper.getByTestId('tax-included').textContent());
    // VAT inside the discounted price: (goods − 15 + shipping) × 19/119, to the cent (lines round separately).
    expect(Math.abs(vat - ((euros(goods) - 15 + shipping) * 19) / 119)).toBeLessThanOrEqual(0.02);
    await pay(shopper, 'promo-de@example.com');

    // A US shopper enters the same code and is told why it does not apply.
    const us = await shopperPage();
    await us.goto('/products/merino-crew-sweater');
    await us.locator('.add-to-cart button').click();
    await expect(us.locator('.add-to-cart__status a')).toBeVisible();
    await us.goto('/cart');
    await us.locator('main .discount-form input[name=discountCode]').fill('de-winter15');
    await us.locator('main .discount-form input[name=discountCode]').press('Enter');
    await expect(us.locator('main [data-testid=code-reason]')).toContainText(
      'isn’t available in your country',
    );
    await us.context().close();

    // The report: one order, €15 of the €200 budget spent.
    await page.goto(`${campaignUrl}/report`);
    await expect(page.getByTestId('report-orders')).toHaveText('1');
    await expect(page.getByTestId('report-redemptions')).toHaveText('1');
    await expect(page.getByRole('cell', { name: '€185.00' })).toBeVisible();
    const csv = await (await page.request.get(`${campaignUrl}/report.csv?table=burn`)).text();
    expect(csv).toMatch(/EUR,15\.00,15\.00,185\.00/);
    expect(await seriousViolations(page)).toEqual([]);
    for (const path of [`${campaignUrl}/report`, '/app/promotions']) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Japan: buy 2, get 1 free on the vetiver candle, behind a code; it repeats per 3 items.
    await page.goto('/app/promotions/new');
    await page.getByLabel('Campaign name').fill('JP candles 3 for 2');
    await page.getByLabel('Japan (JPY)').check();
    await page.getByLabel('How it applies').selectOption('single');
    await page.getByLabel('Code', { exact: true }).fill('CANDLE3');
    await page.getByLabel('Discount', { exact: true }).selectOption('buy-x-get-y');
    await page.getByLabel('Customer buys').fill('2');
    await page.getByLabel('Customer gets').fill('1');
    await page.getByLabel('Percentage').fill('100');
    await page.getByLabel('Applies to').selectOption('products');
    await page.getByLabel('Products', { exact: true }).selectOption({ label: 'Smoked Vetiver Candle' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Campaign created')).toBeVisible();
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByText('Campaign activated')).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    await shopper.context().clearCookies();
    await shopper.goto('/ja-jp/products/smoked-vetiver-candle');
    const yen = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
    const unit = yen(await shopper.getByTestId('price').first().locator('.price__current').textContent());
    for (let i = 0; i < 4; i++) {
      await shopper.locator('.add-to-cart button').click();
      await expect(shopper.locator('.add-to-cart__status a')).toBeVisible();
      await expect(shopper.locator('.add-to-cart button')).toBeEnabled();
    }
    await shopper.goto('/ja-jp/cart');
    await shopper.locator('main .discount-form input[name=discountCode]').fill('candle3');
    await shopper.locator('main .discount-form input[name=discountCode]').press('Enter');
    const subtotal = shopper.locator('main [data-testid=cart-subtotal]');
    // 4 candles: one free (the second group of three is not complete).
    await expect.poll(async () => yen(await subtotal.textContent())).toBe(unit * 3);
    const increase = shopper.getByRole('button', { name: /数量を増やす/ }).first();
    const quantity = shopper.locator('main .qty-value').first();
    await increase.click();
    await expect(quantity).toHaveText('5');
    await expect.poll(async () => yen(await subtotal.textContent())).toBe(unit * 4);
    await expect(increase).toBeEnabled();
    await increase.click();
    await expect(quantity).toHaveText('6');
    // 6 candles: two free, so still the price of four.
    await expect.poll(async () => yen(await subtotal.textContent())).toBe(unit * 4);

    // A flash sale in the Netherlands: 20 % off one candle, automatically, ending in three days.
    await page.goto('/app/promotions/new');
    await page.getByLabel('Campaign name').fill('NL flash sale');
    await page.getByLabel('Netherlands (EUR)').check();
    await page
      .getByLabel('Ends')
      .fill(new Date(Date.now() + 3 * 86_400_000 - 3_600_000).toISOString().slice(0, 16));
    await page.getByLabel('Title (en)').fill('Flash sale');
    await page.getByLabel('Title (nl)').fill('Flitsactie');
    await page.getByLabel('Percentage').fill('20');
    await page.getByLabel('Applies to').selectOption('products');
    await page.getByLabel('Products', { exact: true }).selectOption({ label: 'Winter Orchard Candle' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Campaign created')).toBeVisible();
    await page.getByRole('button', { name: 'Activate' }).click();
    await expect(page.getByText('Campaign activated')).toBeVisible();

    await shopper.goto('/nl-nl/products/winter-orchard-candle');
    await expect(shopper.getByTestId('promotion-badge')).toContainText('Flitsactie');
    // The countdown ticks in the browser: days, then hh:mm:ss.
    await expect(shopper.getByTestId('countdown')).toContainText(/2.*\d{2}:\d{2}:\d{2}/);
    const cents = (text: string | null) => Math.round(euros(text) * 100);
    const regular = cents(await shopper.locator('.product-page__price .price__compare').textContent());
    const sale = cents(await shopper.locator('.product-page__price .price__current--sale').textContent());
    expect(sale).toBe(Math.round(regular * 0.8));
    // The EU's Omnibus rule: the reduction is shown with the lowest price of the 30 days before it.
    await expect(shopper.locator('.product-page__price').getByTestId('lowest-price')).toBeVisible();
    expect(await serious(shopper)).toEqual([]);
    await fitsPhone(shopper);
    await shopper.context().close();
  });
});
