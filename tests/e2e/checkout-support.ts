import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Buying through the real checkout (shared by the purchase specs): add, five steps, pay, read the email. */

export const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);

export function mailTo(address: string): string | null {
  let files: string[] = [];
  try {
    files = readdirSync('.data/e2e-mail');
  } catch {
    return null;
  }
  for (const f of files) {
    const text = readFileSync(`.data/e2e-mail/${f}`, 'utf8');
    if (text.includes(`To: ${address}`)) return text;
  }
  return null;
}

export interface Journey {
  prefix: string;
  email: string;
  address: Record<string, string>;
  quantity?: number;
  /** The product page to add from; the merino sweater by default. */
  product?: string;
  checkAxe?: boolean;
}

export async function buy(page: Page, j: Journey) {
  await page.goto(`${j.prefix}/products/${j.product ?? 'merino-crew-sweater'}`);
  for (let i = 0; i < (j.quantity ?? 1); i++) {
    await page.locator('.add-to-cart button').click();
    await expect(page.locator('.add-to-cart__status a')).toBeVisible();
    await expect(page.locator('.add-to-cart button')).toBeEnabled();
  }
  await expect(page.getByTestId('cart-count')).toHaveText(String(j.quantity ?? 1));
  await checkOutCart(page, j);
}

/** From the cart as it is (codes included) through contact, address, delivery and payment to review. */
export async function checkOutCart(page: Page, j: Omit<Journey, 'quantity' | 'product'>) {
  await page.goto(`${j.prefix}/cart`);
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
  await page.locator('.cart-summary a.button--primary').click();
  await expect(page).toHaveURL(/\/checkout\/c1-[^/]+\/contact$/);
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
  await page.locator('#email').fill(j.email);
  await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
  await expect(page).toHaveURL(/\/address$/);
  for (const [field, value] of Object.entries(j.address)) {
    const el = page.locator(`#${field}`);
    if (await el.evaluate((e) => e.tagName === 'SELECT')) await el.selectOption(value);
    else await el.fill(value);
  }
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
  await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
  await expect(page).toHaveURL(/\/delivery$/);
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
  await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
  await expect(page).toHaveURL(/\/payment$/);
  await expect(page.locator('.test-mode')).toBeVisible();
  await page.locator('#number').fill('4242 4242 4242 4242');
  await page.locator('#expiry').fill('12 / 34');
  await page.locator('#cvc').fill('123');
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
  await page.locator('.checkout section form:not(.store-credit__form) button[type=submit]').click();
  await expect(page).toHaveURL(/\/review$/);
  if (j.checkAxe) expect(await serious(page)).toEqual([]);
}

export async function pay(page: Page, email: string) {
  await page.getByTestId('pay').click();
  await expect(page).toHaveURL(/\/thank-you$/);
  const heading = await page.getByTestId('order-number').textContent();
  const number = /(\d{4,})/.exec(heading ?? '')?.[1];
  expect(number).toBeTruthy();
  await expect.poll(() => mailTo(email), { timeout: 15_000 }).not.toBeNull();
  expect(mailTo(email)).toContain(number!);
  return { number: number!, mail: mailTo(email)! };
}

/** The page fits a 390 px phone; the elements sticking out name themselves in the failure message. */
export async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > 390.5 &&
          ![...e.children].some((c) => c.getBoundingClientRect().right > 390.5),
      )
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${(e.textContent ?? '').slice(0, 40)}`,
      ),
  );
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    wide.join('\n'),
  ).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Shoppers' addresses in their countries' formats, as the address step's fields take them (in order). */
export const ADDRESSES = {
  DE: {
    firstName: 'Jonas',
    lastName: 'Becker',
    address1: 'Torstraße 1',
    zip: '10119',
    city: 'Berlin',
  },
  JP: {
    lastName: '佐藤',
    firstName: '愛子',
    zip: '100-0005',
    province: '13',
    city: '千代田区',
    address1: '丸の内1-1-1',
  },
  AE: {
    firstName: 'ليلى',
    lastName: 'حداد',
    address1: 'شارع الشيخ زايد 1',
    city: 'دبي',
    province: 'DU',
    phone: '+971 4 123 4567',
  },
} as const;
