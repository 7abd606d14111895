import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { invite, ownerSession, seriousViolations } from './admin-support.ts';
import { fitsPhone } from './checkout-support.ts';
import { expect, test } from './fixtures.ts';

/**
 * Issue 16: a marketer publishes a German article with an SEO title and a localized handle; it
 * appears at /de-de/blogs/…, in the German sitemap with hreflang, and in predictive search.
 */
const PASSWORD = 'a blog writer password';

async function marketerPage(browser: Browser): Promise<Page> {
  const owner = await (await ownerSession(browser, '.data/e2e/blog-owner.json')).newPage();
  const link = await invite(owner, 'Bea Blogger', `bea-${Date.now()}@shop.test`, 'marketer');
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page).toHaveURL(/\/app\?saved=password/);
  return page;
}

test('a marketer publishes a German article: /de-de/blogs, the German sitemap with hreflang, predictive search', async ({
  browser,
  page,
  storefront,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const marketer = await marketerPage(browser);

  await marketer.getByRole('link', { name: 'Blog' }).first().click();
  await expect(marketer).toHaveURL(/\/app\/blogs$/);
  await expect(marketer.getByRole('link', { name: 'Caring for merino through the winter' })).toBeVisible();
  expect(await seriousViolations(marketer)).toEqual([]);
  await fitsPhone(marketer);

  await marketer.getByRole('link', { name: 'New article' }).first().click();
  await expect(marketer).toHaveURL(/\/app\/articles\/new$/);
  // A refused save says why next to the field and writes nothing.
  await marketer.getByLabel('Author', { exact: true }).fill('Ana Ribeiro');
  await marketer.getByRole('button', { name: 'Create article' }).click();
  await expect(marketer.getByText('Enter a title.')).toBeVisible();

  await marketer.getByLabel('Title', { exact: true }).fill(`Linen in winter ${stamp}`);
  await marketer
    .getByLabel('Body (HTML)')
    .fill(
      '<h2>Warm, not heavy</h2><p>Our <strong>Linen Cushion Cover</strong> softens with every wash.</p><script>alert(1)</script>',
    );
  await marketer.getByLabel('Tags', { exact: true }).fill('linen, home');
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c9c2b2' } })
    .png()
    .toBuffer();
  await marketer
    .getByLabel(/Image file/)
    .setInputFiles({ name: 'linen.png', mimeType: 'image/png', buffer: png });
  await marketer.getByLabel('Alt text').fill('Linen cushions on a wooden bench');
  await marketer.getByLabel('Visibility').selectOption('now');
  await marketer.getByLabel('SEO title', { exact: true }).fill('How to use linen in winter');
  await marketer.getByRole('button', { name: 'Create article' }).click();
  await expect(marketer).toHaveURL(/\/app\/articles\/\d+$/);
  await expect(marketer.getByText('Article created.')).toBeVisible();
  // The preview shows the body as stored: the script is gone.
  await expect(marketer.locator('.article-preview strong')).toHaveText('Linen Cushion Cover');
  expect(await marketer.locator('.article-preview script').count()).toBe(0);
  expect(await seriousViolations(marketer)).toEqual([]);
  await fitsPhone(marketer);

  await marketer.getByLabel('Language', { exact: true }).selectOption('de');
  await expect(marketer).toHaveURL(/language=de$/);
  const germanHandle = `leinen-im-winter-${stamp}`;
  await marketer.getByLabel('Title', { exact: true }).fill(`Leinen im Winter ${stamp}`);
  await marketer.getByLabel('Handle', { exact: true }).fill(germanHandle);
  await marketer
    .getByLabel('Body (HTML)')
    .fill(
      '<h2>Warm, nicht schwer</h2><p>Unser <strong>Leinen-Kissenbezug</strong> wird mit jeder Wäsche weicher.</p>',
    );
  await marketer.getByLabel('SEO title', { exact: true }).fill('Leinen im Winter richtig nutzen');
  await marketer.getByRole('button', { name: 'Save translation' }).click();
  await expect(marketer.getByText('Translation saved.')).toBeVisible();

  // The German storefront: localized blog and article handles, SEO title, BlogPosting, hreflang.
  await storefront.visit('deDE', `/blogs/magazin/${germanHandle}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Leinen im Winter ${stamp}`);
  await expect(page).toHaveTitle(/^Leinen im Winter richtig nutzen/);
  await expect(page.locator('.article-page__image')).toHaveAttribute(
    'alt',
    'Linen cushions on a wooden bench',
  );
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const posting = ld.map((t) => JSON.parse(t)).find((d) => d['@type'] === 'BlogPosting');
  expect(posting).toMatchObject({ headline: `Leinen im Winter ${stamp}`, inLanguage: 'de' });
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    new RegExp(`/de-de/blogs/magazin/${germanHandle}$`),
  );
  await expect(page.locator('link[rel=alternate][hreflang=en-US]')).toHaveAttribute(
    'href',
    new RegExp(`/blogs/journal/linen-in-winter-${stamp}$`),
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  expect(await storefront.seriousViolations()).toEqual([]);
  await fitsPhone(page);

  // Another language's handle redirects to the German one.
  await page.goto(`/de-de/blogs/journal/linen-in-winter-${stamp}`);
  await expect(page).toHaveURL(new RegExp(`/de-de/blogs/magazin/${germanHandle}$`));

  // The German sitemap lists it with reciprocal hreflang alternates.
  const sitemap = await (await request.get('/sitemap/de-de.xml')).text();
  const entry = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)]
    .map((m) => m[1]!)
    .find((u) => u.includes(`/de-de/blogs/magazin/${germanHandle}</loc>`));
  expect(entry).toBeDefined();
  expect(entry).toMatch(new RegExp(`hreflang="en-US" href="[^"]+/blogs/journal/linen-in-winter-${stamp}"`));
  expect(entry).toContain('hreflang="x-default"');

  // Predictive search finds it in German.
  await storefront.visit('deDE', '/');
  const search = page.getByRole('combobox').first();
  await search.click();
  await search.fill(`Leinen im Winter ${stamp}`);
  const option = page.getByTestId('predictive-article').filter({ hasText: `Leinen im Winter ${stamp}` });
  await expect(option.first()).toBeVisible();
  await option.first().click();
  await expect(page).toHaveURL(new RegExp(`/de-de/blogs/magazin/${germanHandle}$`));
});

test('the journal reads right to left in Arabic and fits a phone', async ({ page, storefront }) => {
  await storefront.visit('arAE', '/blogs');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المجلة');
  expect(await storefront.seriousViolations()).toEqual([]);
  await fitsPhone(page);
  await page.getByRole('link', { name: 'العناية بصوف المرينو طوال الشتاء' }).click();
  await expect(page).toHaveURL(/\/ar-ae\/blogs\/[^/]+\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('العناية بصوف المرينو طوال الشتاء');
  await expect(page.locator('.article-page__image')).toHaveAttribute('alt', /.+/);
  expect(await storefront.seriousViolations()).toEqual([]);
  await fitsPhone(page);
});

test('a marketer renames a blog and translates its title; the German blog page shows it', async ({
  browser,
  page,
  storefront,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const marketer = await marketerPage(browser);
  await marketer.goto('/app/blogs');
  await marketer.getByLabel('New blog title').fill(`Recipes ${stamp}`);
  await marketer.getByLabel('Handle (optional)').fill(`recipes-${stamp}`);
  await marketer.getByRole('button', { name: 'Add blog' }).click();
  await marketer.getByRole('link', { name: `Recipes ${stamp}`, exact: true }).click();
  await expect(marketer).toHaveURL(/\/app\/blogs\/\d+$/);
  expect(await seriousViolations(marketer)).toEqual([]);
  await fitsPhone(marketer);

  // A refused save says why next to the field and writes nothing.
  const titles = marketer.getByLabel('Blog title');
  await titles.first().fill('');
  await marketer.getByRole('button', { name: 'Save English title' }).click();
  await expect(marketer.getByText('Enter a title.')).toBeVisible();

  await titles.first().fill(`Kitchen notes ${stamp}`);
  await marketer.getByRole('button', { name: 'Save English title' }).click();
  await expect(marketer.getByText('Blog title saved.')).toBeVisible();
  await expect(marketer.getByRole('heading', { level: 1 })).toHaveText(`Kitchen notes ${stamp}`);
  const german = marketer
    .locator('form')
    .filter({ has: marketer.getByRole('button', { name: 'Save German title' }) });
  await german.getByLabel('Blog title').fill(`Küchennotizen ${stamp}`);
  await german.getByRole('button', { name: 'Save German title' }).click();
  await expect(marketer.getByText('Blog title saved.').first()).toBeVisible();
  await expect(german.getByLabel('Blog title')).toHaveValue(`Küchennotizen ${stamp}`);
  await expect(marketer.getByRole('link', { name: 'Edit the handle and SEO' })).toHaveAttribute(
    'href',
    /\/app\/seo\/blog\/\d+$/,
  );

  await storefront.visit('deDE', `/blogs/recipes-${stamp}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Küchennotizen ${stamp}`);
  await storefront.visit('enUS', `/blogs/recipes-${stamp}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kitchen notes ${stamp}`);
});
