/**
 * Shopify's own Hydrogen skeleton, taken from the registry and built unmodified
 * (scripts/hydrogen-skeleton.ts), served by its own `shopify hydrogen preview` against the e2e
 * Meridian with the demo token, and crawled as a shopper would (issue 16). Every page must answer
 * 200 with what Meridian's Storefront API holds, and the skeleton's server log must show no
 * GraphQL error. What each page should show is asked of Meridian's API here, so the checks follow
 * the seed instead of copying it.
 */
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_STOREFRONT_TOKEN } from '#app/db/seed/seed.server.ts';
import { prepareSkeleton } from '../../scripts/hydrogen-skeleton.ts';
import { expect, test as base } from '../e2e/fixtures.ts';
import { graphqlErrors } from './graphql-errors.ts';
import { startPreview, type Preview } from './preview.ts';

type Query = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

const test = base.extend<{ skeleton: Preview; meridian: Query; noGraphqlErrors: void }, { preview: Preview }>(
  {
    preview: [
      // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
      async ({}, use, workerInfo) => {
        const skeleton = await prepareSkeleton((line) => console.log(`[skeleton] ${line}`));
        console.log(
          `[skeleton] create-hydrogen ${skeleton.createHydrogen} with @shopify/hydrogen ${skeleton.hydrogen}, ` +
            `${skeleton.reused ? 'from the cache' : 'installed and built'} in ${(skeleton.ms / 1000).toFixed(1)} s`,
        );
        const preview = await startPreview({
          dir: skeleton.dir,
          storeDomain: workerInfo.project.use.baseURL!,
          token: DEMO_STOREFRONT_TOKEN,
          logFile: path.join(
            workerInfo.project.outputDir,
            `hydrogen-skeleton-server-${workerInfo.workerIndex}.log`,
          ),
        });
        await use(preview);
        await preview.stop();
      },
      // A cold cache fetches, installs and builds the skeleton (about two minutes here).
      { scope: 'worker', timeout: 15 * 60_000 },
    ],
    skeleton: async ({ preview, context }, use) => {
      // Offline like CI: nothing but the skeleton and Meridian (Shopify's CDN scripts are not reachable).
      await context.route(
        (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
        (route) => route.abort(),
      );
      await use(preview);
    },
    // Hydrogen logs each GraphQL error it gets; any during a test fails it, with the lines.
    noGraphqlErrors: [
      async ({ preview }, use, testInfo) => {
        const start = preview.log().length;
        await use();
        await settle();
        const log = preview.log().slice(start);
        const errors = graphqlErrors(log);
        if (errors.length > 0 || testInfo.status !== testInfo.expectedStatus)
          await testInfo.attach('skeleton-server.log', { body: log, contentType: 'text/plain' });
        expect(errors, 'GraphQL errors in the skeleton server log').toEqual([]);
      },
      { auto: true },
    ],
    meridian: async ({ request, baseURL }, use) => {
      await use(async (query, variables) => {
        const response = await request.post(`${baseURL}/api/2026-04/graphql.json`, {
          headers: { 'x-shopify-storefront-access-token': DEMO_STOREFRONT_TOKEN },
          data: { query, variables },
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
        expect(body.errors, `Meridian's answer to ${query}`).toBeUndefined();
        return body.data as never;
      });
    },
  },
);

test.describe.configure({ timeout: 60_000 });

/** The preview prints a request's errors just after answering it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** Fails unless a skeleton route answered 200, quoting the GraphQL errors it logged. */
async function expectOk(skeleton: Preview, pathname: string, status: number | undefined, logStart: number) {
  if (status !== 200) await settle();
  const errors = graphqlErrors(skeleton.log().slice(logStart));
  expect(status, `${pathname} answered ${status}; skeleton log:\n${errors.join('\n')}`).toBe(200);
}

/** Opens a skeleton page as a shopper. */
async function visit(page: Page, skeleton: Preview, pathname: string) {
  const start = skeleton.log().length;
  const response = await page.goto(`${skeleton.origin}${pathname}`);
  await expectOk(skeleton, pathname, response?.status(), start);
  await page.waitForLoadState('networkidle');
}

/** A non-HTML route (sitemap, robots): its body. */
async function fetchText(request: APIRequestContext, skeleton: Preview, pathname: string) {
  const start = skeleton.log().length;
  const response = await request.get(`${skeleton.origin}${pathname}`);
  await expectOk(skeleton, pathname, response.status(), start);
  return response.text();
}

const money = (price: { amount: string; currencyCode: string }) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: price.currencyCode }).format(
    Number(price.amount),
  );

test('home: the shop name in the header and its newest products', async ({ page, skeleton, meridian }) => {
  const { shop, products } = await meridian<{
    shop: { name: string };
    products: { nodes: { title: string }[] };
  }>('{ shop { name } products(first: 4, sortKey: UPDATED_AT, reverse: true) { nodes { title } } }');
  await visit(page, skeleton, '/');
  await expect(page.locator('header.header')).toContainText(shop.name);
  for (const product of products.nodes) await expect(page.getByText(product.title).first()).toBeVisible();
});

test('collections, and a collection with its products', async ({ page, skeleton, meridian }) => {
  const { collections } = await meridian<{
    collections: { nodes: { handle: string; title: string; products: { nodes: { title: string }[] } }[] };
  }>('{ collections(first: 4) { nodes { handle title products(first: 2) { nodes { title } } } } }');
  await visit(page, skeleton, '/collections');
  for (const collection of collections.nodes)
    await expect(page.getByText(collection.title).first()).toBeVisible();

  const collection = collections.nodes.find((c) => c.products.nodes.length > 0)!;
  await visit(page, skeleton, `/collections/${collection.handle}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(collection.title);
  for (const product of collection.products.nodes)
    await expect(page.getByText(product.title).first()).toBeVisible();
});

interface Variant {
  id: string;
  title: string;
  availableForSale: boolean;
  selectedOptions: { name: string; value: string }[];
  price: { amount: string; currencyCode: string };
}

test("a product with a variant selected, added through the skeleton's own Add to cart, is in the cart", async ({
  page,
  skeleton,
  meridian,
  baseURL,
}) => {
  const { products } = await meridian<{
    products: {
      nodes: {
        handle: string;
        title: string;
        variants: { nodes: Variant[] };
      }[];
    };
  }>(`{ products(first: 10) { nodes { handle title variants(first: 50) { nodes {
        id title availableForSale selectedOptions { name value } price { amount currencyCode } } } } } }`);
  // The page opens on the first available variant; the shopper picks one value of one option to
  // reach another. (Several picks in a row race the skeleton: each value's link is built from
  // the previous pick's loader data.)
  const differences = (a: Variant, b: Variant) =>
    a.selectedOptions.filter((o, n) => b.selectedOptions[n]!.value !== o.value);
  const pick = products.nodes
    .map((p) => {
      const first = p.variants.nodes.find((v) => v.availableForSale);
      const other = p.variants.nodes.findLast(
        (v) => v.availableForSale && first && differences(v, first).length === 1,
      );
      return first && other && { product: p, variant: other, choice: differences(other, first)[0]! };
    })
    .find(Boolean);
  expect(pick, 'a product with two available variants one choice apart').toBeTruthy();
  const { product, variant, choice } = pick!;

  await visit(page, skeleton, `/products/${product.handle}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.title);
  const form = page.locator('.product-form');
  // A value is a button named by it, or a colour swatch labelled with it.
  const value = form
    .getByRole('button', { name: choice.value, exact: true })
    .or(form.getByRole('button').filter({ has: page.getByLabel(choice.value, { exact: true }) }));
  const loaded = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('.data'));
  await value.click();
  expect((await loaded).status(), 'the product loader for the chosen variant').toBe(200);
  const expected = new URLSearchParams(variant.selectedOptions.map((o) => [o.name, o.value]));
  await expect(page).toHaveURL((url) =>
    [...expected].every(([name, value]) => url.searchParams.get(name) === value),
  );
  await expect(page.locator('.product-price')).toContainText(money(variant.price));

  const added = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && new URL(response.url()).pathname.startsWith('/cart'),
  );
  await form.getByRole('button', { name: 'Add to cart' }).click();
  expect((await added).status(), 'Add to cart').toBe(200);
  await expect(page.locator('aside .cart-line').getByText(product.title)).toBeVisible();

  await visit(page, skeleton, '/cart');
  const line = page.getByRole('main').locator('.cart-line').filter({ hasText: product.title });
  await expect(line).toHaveCount(1);
  for (const option of variant.selectedOptions) await expect(line).toContainText(option.value);
  await expect(line).toContainText(money(variant.price));
  // Checkout is Meridian's, at the cart's checkoutUrl.
  await expect(page.getByRole('link', { name: /Continue to Checkout/ })).toHaveAttribute(
    'href',
    new RegExp(`^${baseURL}/checkout/`),
  );
});

test('search, and predictive search as the shopper types', async ({ page, skeleton, meridian }) => {
  const term = 'tee';
  type Titled = { nodes: { title: string }[] };
  const found = await meridian<{
    products: Titled;
    articles: Titled;
    pages: Titled;
    predictiveSearch: { products: { title: string }[] };
  }>(
    `query ($q: String!) {
      products: search(query: $q, first: 1, types: [PRODUCT]) { nodes { ... on Product { title } } }
      articles: search(query: $q, first: 1, types: [ARTICLE]) { nodes { ... on Article { title } } }
      pages: search(query: $q, first: 1, types: [PAGE]) { nodes { ... on Page { title } } }
      predictiveSearch(query: $q, limit: 5, limitScope: EACH) { products { title } }
    }`,
    { q: term },
  );
  // The search page lists products, pages and articles, as Meridian finds them.
  const titles = [found.products, found.articles, found.pages].flatMap((kind) =>
    kind.nodes.map((n) => n.title),
  );
  expect(found.products.nodes.length, `products matching "${term}"`).toBeGreaterThan(0);
  await visit(page, skeleton, `/search?q=${term}`);
  for (const title of titles) await expect(page.getByRole('main').getByText(title).first()).toBeVisible();

  await visit(page, skeleton, '/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const predicted = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname.startsWith('/search') && url.searchParams.has('predictive');
  });
  await page.getByPlaceholder('Search').fill(term);
  expect((await predicted).status(), 'predictive search').toBe(200);
  const predictedTitle = found.predictiveSearch.products[0]!.title;
  await expect(page.locator('.predictive-search-result').getByText(predictedTitle).first()).toBeVisible();
});

test('policies, and each policy', async ({ page, skeleton, meridian }) => {
  const { shop } = await meridian<{ shop: Record<string, { handle: string; title: string } | null> }>(
    `{ shop { privacyPolicy { handle title } refundPolicy { handle title }
              shippingPolicy { handle title } termsOfService { handle title } } }`,
  );
  const policies = Object.values(shop).filter((policy) => policy !== null);
  expect(policies.length, 'policies Meridian serves').toBe(4);
  await visit(page, skeleton, '/policies');
  for (const policy of policies)
    await expect(page.getByRole('main').getByRole('link', { name: policy.title })).toBeVisible();
  for (const policy of policies) {
    await visit(page, skeleton, `/policies/${policy.handle}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.title);
  }
});

interface Article {
  handle: string;
  title: string;
  authorV2: { name: string } | null;
}

test('blogs, a blog and an article', async ({ page, skeleton, meridian }) => {
  const { blogs } = await meridian<{
    blogs: {
      nodes: { handle: string; title: string; articles: { nodes: Article[] } }[];
    };
  }>(
    '{ blogs(first: 10) { nodes { handle title articles(first: 1) { nodes { handle title authorV2 { name } } } } } }',
  );
  const blog = blogs.nodes.find((b) => b.articles.nodes.length > 0);
  expect(blog, 'a blog with an article in Meridian').toBeDefined();
  const article = blog!.articles.nodes[0]!;

  await visit(page, skeleton, '/blogs');
  for (const b of blogs.nodes) await expect(page.getByText(b.title).first()).toBeVisible();
  await visit(page, skeleton, `/blogs/${blog!.handle}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(blog!.title);
  await expect(page.getByText(article.title).first()).toBeVisible();
  await visit(page, skeleton, `/blogs/${blog!.handle}/${article.handle}`);
  // The heading holds the title, then the date and author.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(article.authorV2!.name);
});

test('sitemap index, a product sitemap, and robots.txt', async ({ request, skeleton, meridian }) => {
  const { products } = await meridian<{ products: { nodes: { handle: string }[] } }>(
    '{ products(first: 1) { nodes { handle } } }',
  );
  const index = await fetchText(request, skeleton, '/sitemap.xml');
  expect(index).toContain('<sitemapindex');
  expect(index).toContain(`${skeleton.origin}/sitemap/products/1.xml`);
  const sitemap = await fetchText(request, skeleton, '/sitemap/products/1.xml');
  expect(sitemap).toContain(`${skeleton.origin}/products/${products.nodes[0]!.handle}`);

  const robots = await fetchText(request, skeleton, '/robots.txt');
  expect(robots).toContain(`Sitemap: ${skeleton.origin}/sitemap.xml`);
});
