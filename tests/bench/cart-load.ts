/**
 * Add to cart as the storefront's own button sends it with JavaScript on: Hydrogen's CartForm is
 * a React Router fetcher form, so the browser POSTs `cartFormInput` (the action and its lines as
 * JSON), form-encoded, to the cart route's data URL (`/cart.data`), with the shopper's `cart`
 * cookie once the first add has set it. Each shopper has its own cart.
 */
import { API_HEADERS, API_PATH } from './api.ts';

export interface CartAddResult {
  shoppers: number;
  adds: number;
  failures: number;
  firstFailure: string | null;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  perSecond: number;
}

/** Variants that can always be sold (made to order or well stocked), so stock never caps a run. */
export async function sellableVariants(origin: string): Promise<string[]> {
  const res = await fetch(origin + API_PATH, {
    method: 'POST',
    headers: API_HEADERS,
    body: JSON.stringify({
      query:
        '{ products(first: 30) { nodes { variants(first: 5) { nodes { id availableForSale quantityAvailable } } } } }',
    }),
  });
  const body = (await res.json()) as {
    data?: {
      products: {
        nodes: {
          variants: { nodes: { id: string; availableForSale: boolean; quantityAvailable: number }[] };
        }[];
      };
    };
  };
  const ids = (body.data?.products.nodes ?? [])
    .flatMap((p) => p.variants.nodes)
    .filter((v) => v.availableForSale && v.quantityAvailable > 50)
    .map((v) => v.id);
  if (!ids.length) throw new Error(`no sellable variants in ${JSON.stringify(body).slice(0, 300)}`);
  return ids;
}

/** One shopper's cart: `add()` posts one line and returns the time it took, or throws what went wrong. */
export function shopper(origin: string, prefix = '') {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    async add(merchandiseId: string): Promise<number> {
      const started = performance.now();
      const res = await fetch(`${origin}${prefix}/cart.data`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
          origin,
          ...(cookie ? { cookie } : {}),
        },
        body: new URLSearchParams({
          cartFormInput: JSON.stringify({
            action: 'LinesAdd',
            inputs: { lines: [{ merchandiseId, quantity: 1 }] },
          }),
        }),
        redirect: 'manual',
      });
      const text = await res.text();
      const ms = performance.now() - started;
      if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
      // The cart id cookie is set on the first add (and refreshed later); keep the latest.
      const set = res.headers.getSetCookie().find((c) => c.startsWith('cart='));
      if (set) cookie = set.split(';')[0]!;
      if (!cookie) throw new Error('the first add set no cart cookie');
      return ms;
    },
  };
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/** Lines a shopper adds to one cart before starting a new one: carts stay shopper-sized. */
export const ADDS_PER_CART = 5;

/**
 * `shoppers` shoppers adding lines back to back for `durationS` seconds. Each fills a cart with
 * ADDS_PER_CART different variants (the first add creates the cart and sets its cookie), then
 * starts another, so every kind of add a shopper makes is in the figures.
 */
export async function addToCartLoad(
  origin: string,
  variants: string[],
  shoppers: number,
  durationS: number,
): Promise<CartAddResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let n = 0;
  const started = performance.now();
  const until = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: shoppers }, async () => {
      while (performance.now() < until) {
        const cart = shopper(origin);
        for (let i = 0; i < ADDS_PER_CART && performance.now() < until; i++) {
          try {
            latencies.push(await cart.add(variants[n++ % variants.length]!));
          } catch (error) {
            failures++;
            firstFailure ??= (error as Error).message;
            break; // a cart that failed to add may have no cookie: start another
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    shoppers,
    adds: latencies.length,
    failures,
    firstFailure,
    p50Ms: pct(latencies, 50),
    p99Ms: pct(latencies, 99),
    meanMs: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    perSecond: latencies.length / seconds,
  };
}
