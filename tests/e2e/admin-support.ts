import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

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
