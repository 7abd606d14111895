import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { invite, ownerSession, seriousViolations, submitSignIn } from './admin-support.ts';
import { fillAddressFields, UK_ADDRESS } from './fixtures.ts';

/**
 * Admin basics (issue 10, section 7): staff edit/suspend/remove, one's own admin language, market
 * currency and language lists, the top bar (shop name, search, user menu), and the SEO editor's
 * preview per language. Runs after admin.spec.ts (its own Playwright project), which spends the
 * first-run owner link and sets the owner's password; run alone, this spec spends the link itself.
 */
const MEMBER_PASSWORD = 'a member’s long password';
const OWNER_STATE = '.data/e2e/admin-basics-owner.json';

const ownerContext = (browser: Browser) => ownerSession(browser, OWNER_STATE);

/** Invites someone from the Staff page; they accept in their own browser context and choose a password. */
async function inviteAndAccept(
  owner: Page,
  browser: Browser,
  name: string,
  email: string,
  role: string,
): Promise<Page> {
  const link = await invite(owner, name, email, role);
  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await member.getByRole('button', { name: 'Continue' }).click();
  await member.getByLabel('New password').fill(MEMBER_PASSWORD);
  await member.getByLabel('Confirm password').fill(MEMBER_PASSWORD);
  await member.getByRole('button', { name: 'Save password' }).click();
  await expect(member).toHaveURL(/\/app\?saved=password/);
  return member;
}

const row = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

async function openEdit(page: Page, name: string) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('dialog', { name: `Edit ${name}` })).toBeVisible();
}

test.describe('admin basics', () => {
  test.describe.configure({ mode: 'serial', retries: 0, timeout: 180_000 });

  test('the owner edits a member’s role and language, suspends, reactivates and removes them, and cannot demote or remove the last owner', async ({
    browser,
  }) => {
    const owner = await (await ownerContext(browser)).newPage();
    const lena = await inviteAndAccept(owner, browser, 'Lena Vogel', 'lena@basics.test', 'support');

    // Role and admin language: the member's next page is German and shows the marketer's areas.
    await owner.goto('/app/staff');
    await openEdit(owner, 'Lena Vogel');
    const dialog = owner.getByRole('dialog', { name: 'Edit Lena Vogel' });
    await dialog.getByLabel('Role').selectOption('marketer');
    await dialog.getByLabel('Admin language').selectOption('de');
    expect(await seriousViolations(owner)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(owner.locator('.Polaris-Frame-Toast')).toContainText('Staff member saved');
    await expect(row(owner, 'Lena Vogel')).toContainText('Marketer');
    await expect(row(owner, 'Lena Vogel')).toContainText('German');
    await lena.goto('/app');
    await expect(lena.getByRole('link', { name: 'Startseite' })).toBeVisible();
    await expect(lena.getByRole('link', { name: 'SEO', exact: true })).toBeVisible();

    // Suspending ends her session at once and her sign-in is refused with its own message.
    await openEdit(owner, 'Lena Vogel');
    await owner
      .getByRole('dialog', { name: 'Edit Lena Vogel' })
      .getByRole('button', { name: 'Suspend' })
      .click();
    await expect(owner.locator('.Polaris-Frame-Toast')).toContainText('Staff member suspended');
    await expect(row(owner, 'Lena Vogel')).toContainText('Suspended');
    await lena.goto('/app');
    await expect(lena).toHaveURL(/\/app\/login/);
    await submitSignIn(lena, 'lena@basics.test', MEMBER_PASSWORD);
    await expect(
      lena.getByText('This account is suspended. Ask a store owner to reactivate it.'),
    ).toBeVisible();

    // Reactivated, she signs in again.
    await openEdit(owner, 'Lena Vogel');
    await owner
      .getByRole('dialog', { name: 'Edit Lena Vogel' })
      .getByRole('button', { name: 'Reactivate' })
      .click();
    await expect(owner.locator('.Polaris-Frame-Toast')).toContainText('Staff member reactivated');
    await submitSignIn(lena, 'lena@basics.test', MEMBER_PASSWORD);
    await expect(lena).toHaveURL(/\/app$/);

    // Removing asks first; then her session ends and she is gone from the list.
    await openEdit(owner, 'Lena Vogel');
    await owner
      .getByRole('dialog', { name: 'Edit Lena Vogel' })
      .getByRole('button', { name: 'Remove' })
      .click();
    const confirm = owner.getByRole('dialog', { name: 'Remove Lena Vogel?' });
    await expect(confirm).toContainText('lena@basics.test');
    expect(await seriousViolations(owner)).toEqual([]);
    await confirm.getByRole('button', { name: 'Remove staff member' }).click();
    await expect(owner.locator('.Polaris-Frame-Toast')).toContainText('Staff member removed');
    await expect(row(owner, 'Lena Vogel')).toHaveCount(0);
    await lena.goto('/app');
    await expect(lena).toHaveURL(/\/app\/login/);

    // The only owner can be neither demoted nor removed.
    await openEdit(owner, 'Owner');
    const editOwner = owner.getByRole('dialog', { name: 'Edit Owner' });
    await editOwner.getByLabel('Role').selectOption('support');
    await editOwner.getByRole('button', { name: 'Save' }).click();
    const lastOwner = 'The store needs at least one active owner. Make someone else an owner first.';
    await expect(editOwner.getByText(lastOwner)).toBeVisible();
    await editOwner.getByRole('button', { name: 'Remove' }).click();
    const removeOwner = owner.getByRole('dialog', { name: 'Remove Owner?' });
    await expect(removeOwner.getByText(lastOwner)).toHaveCount(0);
    await removeOwner.getByRole('button', { name: 'Remove staff member' }).click();
    await expect(removeOwner.getByText(lastOwner)).toBeVisible();
    await owner.goto('/app/staff');
    await expect(row(owner, 'owner@example.com')).toContainText('Owner');
    await expect(row(owner, 'owner@example.com')).toContainText('Active');
  });

  test('a person changes their own admin language from the user menu and the admin switches at once', async ({
    browser,
  }) => {
    const owner = await (await ownerContext(browser)).newPage();
    const jonas = await inviteAndAccept(owner, browser, 'Jonas Weber', 'jonas@basics.test', 'merchandiser');
    await jonas.getByRole('button', { name: /Jonas Weber/ }).click();
    await expect(jonas.getByText('jonas@basics.test')).toBeVisible();
    await jonas.getByRole('menuitem', { name: 'Account and language' }).click();
    await expect(jonas.getByRole('heading', { name: 'Your account' })).toBeVisible();
    expect(await seriousViolations(jonas)).toEqual([]);
    await jonas.getByLabel('Admin language').selectOption('zh-CN');
    await jonas.getByRole('button', { name: 'Save' }).click();
    await expect(jonas.getByRole('heading', { name: '我的账户' })).toBeVisible();
    await expect(jonas.getByRole('link', { name: '产品' })).toBeVisible();
    await expect(jonas.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await jonas.goto('/app/products');
    await expect(jonas.getByRole('link', { name: '首页' })).toBeVisible();
    expect(await seriousViolations(jonas)).toEqual([]);
  });

  test('a market’s currency and languages are chosen from lists', async ({ browser }) => {
    const owner = await (await ownerContext(browser)).newPage();
    await owner.goto('/app/markets');
    await owner.getByRole('row', { name: /Canada/ }).click();
    const currency = owner.getByLabel('Currency');
    await expect(currency).toHaveValue('CAD');
    const options = await currency.locator('option').allTextContents();
    expect(options).toContain('CAD · Canadian Dollar');
    expect(options).toContain('JPY · Japanese Yen');
    expect(options.some((o) => o.startsWith('BRL'))).toBe(false);
    const languages = owner.getByRole('group', { name: 'Languages' });
    await expect(languages.getByRole('checkbox', { name: 'English' })).toBeChecked();
    await expect(languages.getByRole('checkbox', { name: 'French' })).toBeChecked();
    await expect(languages.getByRole('checkbox', { name: 'Japanese' })).not.toBeChecked();
    await expect(languages.getByRole('checkbox')).toHaveCount(9);
    await expect(owner.getByLabel('Default language')).toHaveValue('en');
    expect(await seriousViolations(owner)).toEqual([]);
    // Saving announces markets-changed; the server's pricing listener re-prices and reports the rows.
    await owner.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = owner.getByText(/^Saved\. \d+ prices were recalculated\.$/);
    await expect(saved).toBeVisible();
    expect(Number((await saved.textContent())!.match(/\d+/)![0])).toBeGreaterThan(0);
  });

  test('the top bar shows the shop name, searches products and orders, and the user menu signs out', async ({
    browser,
  }) => {
    const context = await ownerContext(browser);
    const owner = await context.newPage();
    await owner.goto('/app/orders');
    let orderNumber = (
      await owner
        .getByText(/^#\d+$/)
        .first()
        .textContent({ timeout: 3_000 })
        .catch(() => null)
    )?.trim();
    if (!orderNumber)
      orderNumber = await buyOnce(await (await browser.newContext({ javaScriptEnabled: false })).newPage());
    await owner.goto('/app');
    await expect(owner.getByRole('link', { name: 'Aurora & Oak' })).toBeVisible();

    const search = owner.getByPlaceholder('Search products, orders and pages');
    await search.fill('merino crew');
    const results = owner.getByTestId('admin-search-results');
    await expect(results.getByRole('link', { name: /Merino Crew Sweater/ })).toBeVisible();
    expect(await seriousViolations(owner)).toEqual([]);
    await results.getByRole('link', { name: /Merino Crew Sweater/ }).click();
    await expect(owner).toHaveURL(/\/app\/products\/\d+$/);
    await expect(owner.getByRole('heading', { name: 'Merino Crew Sweater' })).toBeVisible();

    await search.fill(orderNumber);
    await results.getByRole('link', { name: new RegExp(`^${orderNumber}`) }).click();
    await expect(owner).toHaveURL(/\/app\/orders\/\d+$/);
    await expect(owner.getByRole('heading', { name: new RegExp(orderNumber) })).toBeVisible();

    // 390 px: nothing overflows sideways; search and the user menu stay reachable.
    await owner.setViewportSize({ width: 390, height: 844 });
    await owner.goto('/app');
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(owner.getByPlaceholder('Search products, orders and pages')).toBeVisible();
    await owner.getByRole('button', { name: 'Toggle menu' }).click();
    await expect(owner.getByRole('link', { name: 'Aurora & Oak' })).toBeVisible();
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await owner.reload();
    await owner.getByRole('button', { name: /Owner/ }).click();
    await expect(owner.getByText('owner@example.com')).toBeVisible();
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(owner)).toEqual([]);

    // Sign-out is a POST with the session's CSRF token; the session is gone afterwards.
    const signOut = owner.waitForRequest((r) => r.url().endsWith('/app/logout') && r.method() === 'POST');
    await owner.getByRole('menuitem', { name: 'Sign out' }).click();
    expect((await signOut).postData()).toMatch(/csrf=/);
    await expect(owner).toHaveURL(/\/app\/login/);
    expect((await owner.goto('/app'))?.url()).toMatch(/\/app\/login/);
    // That session was this spec's saved owner session: make a new one for later tests.
    await context.close();
    const { rmSync } = await import('node:fs');
    rmSync(OWNER_STATE, { force: true });
  });

  test('an unfulfilled order is cancelled with a reason: the payment is refunded and the page says so; axe and 390 px', async ({
    browser,
  }) => {
    const orderNumber = await buyOnce(
      await (await browser.newContext({ javaScriptEnabled: false })).newPage(),
    );
    const owner = await (await ownerContext(browser)).newPage();
    await owner.goto('/app');
    const search = owner.getByPlaceholder('Search products, orders and pages');
    await search.fill(orderNumber);
    await owner
      .getByTestId('admin-search-results')
      .getByRole('link', { name: new RegExp(`^${orderNumber}`) })
      .click();
    await expect(owner).toHaveURL(/\/app\/orders\/\d+$/);
    await owner.getByRole('button', { name: 'Cancel order…' }).click();
    await owner.getByLabel('Reason').selectOption('inventory');
    expect(await seriousViolations(owner)).toEqual([]);
    await owner.setViewportSize({ width: 390, height: 844 });
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await owner.getByRole('button', { name: /^Cancel and refund / }).click();
    await expect(owner.getByText(/^Cancelled .* · Items unavailable$/)).toBeVisible();
    await expect(owner.getByText('Refunded', { exact: true })).toBeVisible();
    await expect(owner.getByRole('button', { name: 'Cancel order…' })).toHaveCount(0);
    await expect(owner.getByRole('button', { name: 'Mark as fulfilled' })).toHaveCount(0);
    await expect(owner.getByText('Order cancelled', { exact: true }).first()).toBeVisible();
    expect(await seriousViolations(owner)).toEqual([]);
  });

  test('the SEO editor’s German tab previews the German title the storefront renders, and every image loads', async ({
    browser,
  }) => {
    const owner = await (await ownerContext(browser)).newPage();
    const failed: string[] = [];
    owner.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() === 'image')
        failed.push(`${r.status()} ${r.url()}`);
    });
    await owner.goto('/app/seo?type=product&language=de');
    await owner.getByLabel('Search by title or handle').fill('merino crew');
    await owner.getByLabel('Search by title or handle').press('Enter');
    await owner.getByRole('link', { name: 'Merino Crew Sweater' }).click();
    await expect(owner).toHaveURL(/\/app\/seo\/product\/\d+\?language=de/);
    await owner.waitForLoadState('networkidle');

    // The live German page's <title>, as a search engine gets it.
    const live = await owner.request.get('/de-de/products/merino-crew-sweater');
    const liveTitle = /<title>([^<]*)<\/title>/.exec(await live.text())?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(liveTitle).not.toContain('Merino Crew Sweater');
    await expectPreviewTitle(owner, liveTitle);

    // The home page too: its German default title, without a second shop-name suffix.
    await owner.goto('/app/seo/home/1?language=de');
    const liveHome =
      /<title>([^<]*)<\/title>/
        .exec(await (await owner.request.get('/de-de')).text())?.[1]
        ?.replace(/&amp;/g, '&') ?? '';
    await expectPreviewTitle(owner, liveHome);

    await owner.goBack();
    await owner.waitForLoadState('networkidle');
    const images = await owner.evaluate(() =>
      [...document.images].map((img) => ({
        src: img.currentSrc || img.src,
        ok: img.complete && img.naturalWidth > 0,
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((i) => !i.ok)).toEqual([]);
    expect(failed).toEqual([]);
    expect(await seriousViolations(owner)).toEqual([]);
  });
});

/** The SERP preview shows the live title, or its start where Google would cut a long one. */
async function expectPreviewTitle(page: Page, title: string) {
  expect(title).not.toBe('');
  const start = title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByTestId('serp-title')).toHaveText(
    title.length > 60 ? new RegExp(`^${start}`) : title,
  );
}

/** Places one order without JavaScript (plain form posts), for runs of this spec alone; returns "#1234". */
async function buyOnce(page: Page): Promise<string> {
  await page.goto('/en-gb/products/canvas-market-tote');
  await page.locator('.add-to-cart button').click();
  await page.locator('.cart-summary a.button--primary').click();
  const submit = page.locator('.checkout section form:not(.store-credit__form) button[type=submit]');
  await page.locator('#email').fill('basics@example.co.uk');
  await submit.click();
  await fillAddressFields(page, UK_ADDRESS);
  await submit.click();
  await submit.click();
  await page.locator('#number').fill('4242424242424242');
  await page.locator('#expiry').fill('12/34');
  await page.locator('#cvc').fill('123');
  await submit.click();
  await page.getByTestId('pay').click();
  const text = (await page.getByTestId('order-number').textContent()) ?? '';
  await page.context().close();
  return /#\d+/.exec(text)![0];
}
