import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The server writes the first-run owner link here (OWNER_LINK_FILE in playwright.config.ts). */
const ownerLink = () => readFileSync('.data/e2e/owner-link', 'utf8').trim().replace(/^http:\/\/localhost:\d+/, '');
const PASSWORD = 'correct horse battery staple';

async function serious(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe.serial('admin', () => {
  test('owner signs in with the one-time link, chooses a password, sees real counts, and adds a merchandiser', async ({ page }) => {
    await page.goto(ownerLink());
    expect(await serious(page)).toEqual([]);
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
    await expect(page.getByText('36', { exact: true })).toBeVisible();
    expect(await serious(page)).toEqual([]);

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
    expect(await serious(page)).toEqual([]);
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
    expect(await serious(page)).toEqual([]);
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
    expect((await page.goto('/app'))?.url()).toMatch(/\/app\/login/);
  });

  test('sign-in attempts are rate-limited per account', async ({ request }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await request.post('/app/login', { form: { email: 'ratelimit@shop.test', password: `guess-${i}` }, maxRedirects: 0 });
      statuses.push(r.status());
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
