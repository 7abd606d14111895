/**
 * The soak's mixed traffic, as shoppers, crawlers and Hydrogen storefronts send it: storefront
 * pages in three locales (now and then with a one-off query string, as campaign links and crawlers
 * make them, so caches see new keys all the time), Storefront API queries across products and
 * countries (and some for handles that do not exist), add-to-cart by shoppers with their own
 * carts, their cart page, and a whole checkout now and then.
 */
import { API_HEADERS, API_PATH } from './api.ts';
import { shopper } from './cart-load.ts';
import { checkoutOnce } from './checkout-flow.ts';

const BROWSER = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, deflate, br' };
const LOCALES = ['', '/de-de', '/ja-jp'];
const COUNTRIES = ['DE', 'US', 'JP', 'FR', 'GB', 'CA'];

export interface Catalog {
  products: string[];
  collections: string[];
  variants: string[];
}

export interface Tally {
  /** Pages, queries, cart adds and checkouts (a checkout is seven requests). */
  operations: number;
  errors: number;
  checkouts: number;
  /** The first few distinct errors, to say what went wrong. */
  firstErrors: string[];
}

export async function loadCatalog(origin: string, variants: string[]): Promise<Catalog> {
  const res = await fetch(origin + API_PATH, {
    method: 'POST',
    headers: API_HEADERS,
    body: JSON.stringify({
      query: '{ products(first: 50) { nodes { handle } } collections(first: 20) { nodes { handle } } }',
    }),
  });
  const body = (await res.json()) as {
    data?: { products: { nodes: { handle: string }[] }; collections: { nodes: { handle: string }[] } };
  };
  if (!body.data?.products.nodes.length)
    throw new Error(`no products: ${JSON.stringify(body).slice(0, 300)}`);
  return {
    products: body.data.products.nodes.map((n) => n.handle),
    collections: body.data.collections.nodes.map((n) => n.handle),
    variants,
  };
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** Runs `workers` clients back to back until `until` (performance.now() ms), counting into `tally()`'s current minute. */
export async function mixedLoad(options: {
  origin: string;
  catalog: Catalog;
  workers: number;
  until: number;
  /** Seconds between checkouts (one at a time). */
  checkoutEveryS: number;
  tally: () => Tally;
}): Promise<void> {
  const { origin, catalog, until } = options;
  let n = 0;
  const fail = (message: string) => {
    const t = options.tally();
    t.errors++;
    if (t.firstErrors.length < 5 && !t.firstErrors.includes(message)) t.firstErrors.push(message);
  };
  const get = async (path: string, headers: Record<string, string> = BROWSER) => {
    const res = await fetch(origin + path, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  };
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(origin + API_PATH, {
      method: 'POST',
      headers: API_HEADERS,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown };
    if (!res.ok || body.errors)
      throw new Error(`API: HTTP ${res.status} ${JSON.stringify(body.errors ?? '').slice(0, 200)}`);
  };

  const page = () => {
    const locale = pick(LOCALES);
    const r = Math.random();
    if (r < 0.1) return get(`${locale}/`);
    if (r < 0.3) return get(`${locale}/collections/${pick(catalog.collections)}`);
    if (r < 0.8) {
      // One in five product views carries a one-off query string (a campaign link, a crawler).
      const churn = Math.random() < 0.2 ? `?utm_source=soak&n=${n++}` : '';
      return get(`${locale}/products/${pick(catalog.products)}${churn}`);
    }
    if (r < 0.9)
      return get(
        `${locale}/search?q=${encodeURIComponent(pick(['merino', 'tee', 'candle', 'wool', `x${n++}`]))}`,
      );
    return get(`${locale}/policies/refund-policy`);
  };
  const query = () => {
    const country = pick(COUNTRIES);
    const handle = Math.random() < 0.1 ? `soak-missing-${n++}` : pick(catalog.products);
    return Math.random() < 0.8
      ? api(
          `query P($handle: String!) @inContext(country: ${country}) { product(handle: $handle) { title
            priceRange { minVariantPrice { amount currencyCode } }
            variants(first: 10) { nodes { id price { amount currencyCode } selectedOptions { name value } } } } }`,
          { handle },
        )
      : api(
          `query C @inContext(country: ${country}) { collections(first: 5) { nodes { handle title
            products(first: 8) { nodes { handle title priceRange { minVariantPrice { amount currencyCode } } } } } } }`,
        );
  };

  let nextCheckout = performance.now() + options.checkoutEveryS * 1000;
  let checkingOut = false;
  await Promise.all(
    Array.from({ length: options.workers }, async (_, w) => {
      let cart = shopper(origin);
      let adds = 0;
      while (performance.now() < until) {
        const r = Math.random();
        try {
          if (!checkingOut && performance.now() >= nextCheckout) {
            checkingOut = true;
            try {
              await checkoutOnce(origin, pick(catalog.variants), `soak${w}-${n++}@example.com`);
              options.tally().checkouts++;
            } finally {
              checkingOut = false;
              nextCheckout = performance.now() + options.checkoutEveryS * 1000;
            }
          } else if (r < 0.45) await page();
          else if (r < 0.75) await query();
          else if (r < 0.95) {
            if (adds++ >= 5) {
              cart = shopper(origin);
              adds = 1;
            }
            await cart.add(pick(catalog.variants));
          } else if (cart.cookie) await get('/cart', { ...BROWSER, cookie: cart.cookie });
          else await page();
        } catch (error) {
          fail((error as Error).message);
        }
        options.tally().operations++;
      }
    }),
  );
}
