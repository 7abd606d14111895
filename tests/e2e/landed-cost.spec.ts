import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ADDRESSES, buy, fitsPhone, pay, serious } from './checkout-support.ts';

/**
 * Landed cost as the law stands, seen by the shopper: the review says who collects what, the
 * confirmation page and the email say the same, and "nothing more to pay" appears only where it
 * is true. Each review is checked with axe and at 390 px.
 */

/** The notes and total of the review, to compare with the confirmation page. */
async function summaryOf(page: Page) {
  const notes = await page
    .locator(
      '[data-testid=tax-removed], [data-testid=sale-tax-scheme], [data-testid=border-due], [data-testid=duties-notice]',
    )
    .allTextContents();
  return {
    total: (await page.getByTestId('total').textContent())!.trim(),
    notes: notes.map((n) => n.trim()),
  };
}

async function confirmAgainst(page: Page, review: Awaited<ReturnType<typeof summaryOf>>, email: string) {
  const { mail } = await pay(page, email);
  expect((await page.getByTestId('total').textContent())!.trim()).toBe(review.total);
  expect(await summaryOf(page).then((s) => s.notes)).toEqual(review.notes);
  return mail;
}

test.describe('landed cost at checkout', () => {
  test.describe.configure({ timeout: 120_000 });

  test('DE: a tea order of about €33 pays the €3 item duty and VAT on it (€3.57) under IOSS, nothing more on delivery', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '/de-de',
      product: 'hojicha-roasted-green-tea',
      email: 'de-tee@example.com',
      address: ADDRESSES.DE,
    });
    await expect(page.getByTestId('total-duties')).toHaveText(/^3,57\s€$/);
    await expect(page.getByTestId('sale-tax-scheme')).toContainText('IOSS');
    await expect(page.getByTestId('duties-notice')).toHaveText(/keine weiteren Kosten/);
    await expect(page.getByTestId('border-due')).toHaveCount(0);
    await expect(page.getByTestId('tax-included')).toContainText('€');
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);
    const review = await summaryOf(page);
    const mail = await confirmAgainst(page, review, 'de-tee@example.com');
    expect(mail).toContain('IOSS');
  });

  test('JP: an order under ¥10,000 of customs value charges no consumption tax and says nothing is due at the border', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '/ja-jp',
      product: 'speckled-serving-bowl',
      email: 'jp-bowl@example.jp',
      address: ADDRESSES.JP,
    });
    await expect(page.getByTestId('tax-included')).toHaveCount(0);
    await expect(page.getByTestId('total-duties')).toHaveCount(0);
    await expect(page.getByTestId('tax-removed')).toContainText(/[¥￥]/);
    await expect(page.getByTestId('duties-notice')).toHaveText('お届け時に追加のお支払いはありません。');
    await expect(page.getByTestId('border-due')).toHaveCount(0);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);
    await confirmAgainst(page, await summaryOf(page), 'jp-bowl@example.jp');
  });

  test('AE: an AED 301 teapot is not charged VAT at checkout and shows what the carrier collects on delivery', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '/ar-ae',
      product: 'kyusu-teapot',
      email: 'ae-teapot@example.ae',
      address: ADDRESSES.AE,
    });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('border-due')).toBeVisible();
    await expect(page.getByTestId('border-due')).toContainText(/د\.إ|AED/);
    await expect(page.getByTestId('duties-notice')).toHaveCount(0);
    await expect(page.getByTestId('tax-included')).toHaveCount(0);
    await expect(page.getByTestId('total-duties')).toHaveCount(0);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);
    await confirmAgainst(page, await summaryOf(page), 'ae-teapot@example.ae');
  });

  test('Canary Islands: no IVA and no IOSS; the €3 EU item duty is collected, IGIC-exempt under €150', async ({
    page,
    storefront,
  }) => {
    void storefront;
    await buy(page, {
      prefix: '/es-es',
      product: 'hojicha-roasted-green-tea',
      email: 'canarias@example.es',
      address: {
        firstName: 'Dácil',
        lastName: 'Hernández',
        address1: 'Calle Triana 1',
        zip: '35002',
        city: 'Las Palmas de Gran Canaria',
      },
    });
    await expect(page.getByTestId('tax-included')).toHaveCount(0);
    await expect(page.getByTestId('sale-tax-scheme')).toHaveCount(0);
    await expect(page.getByTestId('tax-removed')).toContainText('€');
    await expect(page.getByTestId('total-duties')).toHaveText(/^3,00\s€$/);
    expect(await serious(page)).toEqual([]);
    await fitsPhone(page);
    await confirmAgainst(page, await summaryOf(page), 'canarias@example.es');
  });
});
