import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Serious or critical axe violations on the current admin page, as "rule: targets" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Submits the admin sign-in form; the caller checks where it lands. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/app/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Invites someone from the Staff page as the signed-in owner; returns their one-time sign-in path. */
export async function invite(page: Page, name: string, email: string, role: string): Promise<string> {
  await page.goto('/app/staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption(role);
  await page.getByRole('button', { name: 'Create and get sign-in link' }).click();
  return (await page.getByTestId('signin-link').textContent())!.replace(/^http:\/\/[^/]+/, '');
}

/** The owner's password once the first-run link has been spent (admin.spec.ts sets it). */
export const OWNER_PASSWORD = 'correct horse battery staple';

/** The owner's session, saved at `statePath`, made once: through the first-run link if nobody used it yet, else with the password. */
export async function ownerSession(browser: Browser, statePath: string): Promise<BrowserContext> {
  try {
    return await browser.newContext({ storageState: statePath });
  } catch {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(
      readFileSync('.data/e2e/owner-link', 'utf8')
        .trim()
        .replace(/^http:\/\/localhost:\d+/, ''),
    );
    await page.getByRole('button', { name: 'Continue' }).click();
    const newPassword = page.getByLabel('New password');
    await expect(
      newPassword.or(page.getByText('This sign-in link has expired or was already used.')),
    ).toBeVisible();
    if (await newPassword.isVisible()) {
      await page.getByLabel('New password').fill(OWNER_PASSWORD);
      await page.getByLabel('Confirm password').fill(OWNER_PASSWORD);
      await page.getByRole('button', { name: 'Save password' }).click();
    } else {
      await submitSignIn(page, 'owner@example.com', OWNER_PASSWORD);
    }
    await expect(page).toHaveURL(/\/app(\?saved=password)?$/);
    mkdirSync('.data/e2e', { recursive: true });
    await context.storageState({ path: statePath });
    await page.close();
    return context;
  }
}
