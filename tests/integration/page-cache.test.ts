import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { products, variants } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { recomputePrices, setFixedPrice } from '#app/modules/pricing/pricing.server.ts';
import type { PageCache } from '#app/page-cache/page-cache.server.ts';
import { startAppServer } from '#tests/support/app-server.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { hostileString } from '../fuzz/hostile-values.ts';
import { RUNS, SEED } from '../fuzz/settings.ts';

/**
 * The page cache over real HTTP, in front of the whole store (httpServer: fast lane, edge, pages):
 * anonymous pages are stored and answered with ETag, Age and their tags; a price or catalog change
 * shows on the very next request; a shopper with a cart is never served from it nor stored into it.
 */
let db: DbHandle;
let app: Awaited<ReturnType<typeof startAppServer>>;
let origin: string;
let cache: PageCache;
const previousStoreUrl = process.env.PUBLIC_STORE_URL;
const PRODUCT = '/de-de/products/merino-crew-sweater';

beforeAll(async () => {
  // Pages are public (so cacheable) only when absolute URLs come from a configured origin.
  process.env.PUBLIC_STORE_URL = 'https://shop.test';
  db = await createTestDb('seeded');
  app = await startAppServer(db, { pageCacheBytes: 32 * 1024 * 1024 });
  origin = app.origin;
  cache = app.pageCache!;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  if (previousStoreUrl === undefined) delete process.env.PUBLIC_STORE_URL;
  else process.env.PUBLIC_STORE_URL = previousStoreUrl;
});

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = await fetch(origin + path, { method, headers: { 'accept-encoding': 'identity', ...headers } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, text: body.toString('utf8') };
}

/** Requests until the page is stored (its variants are compressed in the background). */
async function warm(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 50; i++) {
    const r = await get(path, headers);
    if (r.headers.get('x-cache') === 'HIT') return r;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${path} was never stored`);
}

async function productVariantIds(handle: string): Promise<number[]> {
  const rows = await db.db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(products.handle, handle));
  return rows.map((r) => r.id);
}

describe('the page cache', () => {
  it('stores an anonymous page and answers it with ETag, Age, tags, 304s, HEAD and compressed variants', async () => {
    cache.store.purgeAll();
    const first = await get(PRODUCT);
    expect([first.status, first.headers.get('x-cache')]).toEqual([200, 'MISS']);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=60\b/);
    const hit = await warm(PRODUCT);
    expect(hit.text).toBe(first.text);
    expect(hit.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(hit.headers.get('content-type')).toMatch(/^text\/html/);
    expect(hit.headers.get('age')).toMatch(/^\d+$/);
    expect(hit.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    const etag = hit.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const [product] = await db.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.handle, 'merino-crew-sweater'));
    const keys = hit.headers.get('surrogate-key')!.split(' ');
    expect(keys).toEqual(expect.arrayContaining(['shop', `product-${product!.id}`]));
    expect(hit.headers.get('cache-tag')!.split(',')).toEqual(keys);
    expect(first.headers.get('surrogate-key')).toBe(hit.headers.get('surrogate-key'));

    const notModified = await get(PRODUCT, { 'if-none-match': etag });
    expect([notModified.status, notModified.body.length, notModified.headers.get('etag')]).toEqual([
      304,
      0,
      etag,
    ]);
    const head = await get(PRODUCT, {}, 'HEAD');
    expect([head.status, head.headers.get('x-cache'), head.body.length]).toEqual([200, 'HIT', 0]);
    expect(head.headers.get('content-length')).toBe(String(first.body.length));

    // Each stored encoding, decoded by fetch, is the page itself.
    const br = await fetch(origin + PRODUCT, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('etag')).not.toBe(etag);
    const gz = await fetch(origin + PRODUCT, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await br.text()).toBe(first.text);
    expect(await gz.text()).toBe(first.text);
  });

  it('shows a price change on the very next request', async () => {
    cache.store.purgeAll();
    const before = await warm(PRODUCT);
    expect(before.text).not.toContain('432,10');
    const config = await freshMarketConfig(db.db);
    const germany = config.markets.find((m) => m.enabled && m.countries.includes('DE'))!;
    const ids = await productVariantIds('merino-crew-sweater');
    for (const id of ids) await setFixedPrice(db.db, germany.id, id, 43210);
    await recomputePrices(db.db, config, { variantIds: ids });
    const after = await get(PRODUCT);
    expect(after.headers.get('x-cache')).not.toBe('HIT');
    expect(after.text).toContain('432,10');
    for (const id of ids) await setFixedPrice(db.db, germany.id, id, null);
    await recomputePrices(db.db, config, { variantIds: ids });
    expect((await get(PRODUCT)).text).not.toContain('432,10');
  });

  it('never serves a shopper with a cart or a session from the cache, nor stores their pages', async () => {
    cache.store.purgeAll();
    const path = '/de-de/collections';
    const withCart = await get(path, { cookie: 'cart=gid%3A%2F%2Fshopify%2FCart%2Fabc' });
    expect(withCart.headers.get('cache-control')).toBe('private, no-cache');
    expect(withCart.headers.get('x-cache')).toBeNull();
    expect((await get(path)).headers.get('x-cache')).toBe('MISS'); // nothing was stored for the cart
    await warm(path);
    for (const cookie of ['cart=abc', 'theme=dark; session=xyz']) {
      const r = await get(path, { cookie });
      expect([cookie, r.headers.get('x-cache')]).toEqual([cookie, null]);
    }
    expect((await get(path, { authorization: 'Bearer x' })).headers.get('x-cache')).toBeNull();
  });

  it('keys by the locale banner: a browser that should see it never gets the page without it', async () => {
    cache.store.purgeAll();
    const plain = await warm(PRODUCT);
    // English browser on the German store: the banner, so a private page, neither served nor stored.
    const english = await get(PRODUCT, { 'accept-language': 'en-US,en;q=0.9' });
    expect([english.headers.get('x-cache'), english.headers.get('cache-control')]).toEqual([
      null,
      'private, no-cache',
    ]);
    expect(english.text).not.toBe(plain.text);
    // A German browser: no banner, its own entry; the same preference written differently shares it.
    expect((await get(PRODUCT, { 'accept-language': 'de-DE,de;q=0.9' })).headers.get('x-cache')).toBe('MISS');
    expect((await warm(PRODUCT, { 'accept-language': 'de-DE, DE;q=0.9' })).text).toBe(plain.text);
    // A shopper who has chosen a store never sees the banner, whatever the browser's language.
    const chosen = await get(PRODUCT, { 'accept-language': 'en-US', cookie: 'meridian_locale_hint=chosen' });
    expect([chosen.headers.get('x-cache'), chosen.headers.get('vary')]).toEqual(['MISS', 'Accept-Encoding']);
  });

  it('purges a changed product and the listings, and keeps pages that show neither', async () => {
    cache.store.purgeAll();
    const policy = '/de-de/policies';
    await warm(PRODUCT);
    await warm('/de-de/collections/knitwear');
    await warm(policy);
    const [product] = await db.db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.handle, 'merino-crew-sweater'));
    emit('catalog-changed', { productIds: [product!.id] });
    expect((await get(PRODUCT)).headers.get('x-cache')).toBe('MISS');
    expect((await get('/de-de/collections/knitwear')).headers.get('x-cache')).toBe('MISS');
    expect((await get(policy)).headers.get('x-cache')).toBe('HIT');
    // Content, SEO or brand changes (no product named) empty it.
    emit('catalog-changed', { productIds: [] });
    expect((await get(policy)).headers.get('x-cache')).toBe('MISS');
  });

  it('purges the product page whose variant sold units, and keeps the listings', async () => {
    cache.store.purgeAll();
    await warm(PRODUCT);
    await warm('/de-de/collections/knitwear');
    const [variant] = await db.db
      .select({ id: variants.id })
      .from(variants)
      .where(eq(variants.sku, 'AO-MER-OAT-M'));
    emit('stock-changed', { variantIds: [variant!.id] });
    expect((await get(PRODUCT)).headers.get('x-cache')).toBe('MISS');
    expect((await get('/de-de/collections/knitwear')).headers.get('x-cache')).toBe('HIT');
  });

  it('never stores what is not a storefront page: the admin, the cart, the API', async () => {
    cache.store.purgeAll();
    for (const path of ['/app/login', '/de-de/cart', '/cart', '/api/2026-04/graphql.json']) {
      await get(path);
      expect([path, (await get(path)).headers.get('x-cache')]).toEqual([path, null]);
    }
    expect(cache.store.size).toBe(0);
  });
});

describe('the page cache under hostile requests (fuzz)', () => {
  /** What fetch can send as a header value at all. */
  const sendable = (v: string) => v.length < 4000 && /^[\x20-\x7e]*$/.test(v);

  it('never answers 5xx, and never serves a request with a cart or session cookie from the cache', async () => {
    await warm(PRODUCT);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(PRODUCT, '/', '/de-de', '/de-de/collections/knitwear', '/ja-jp/policies'),
        fc.oneof(
          fc.constant(''),
          hostileString.map((q) => `?${encodeURIComponent(q.toWellFormed())}`),
          hostileString.map((q) => `?q=${encodeURIComponent(q.toWellFormed())}&sort=price`),
        ),
        fc.option(fc.constantFrom('cart=c1-abc', 'session=xyz', 'other=1; cart=1', 'cartx=1', 'x=session='), {
          nil: undefined,
        }),
        fc.option(hostileString.filter(sendable), { nil: undefined }),
        async (path, query, cookie, language) => {
          const headers: Record<string, string> = {};
          if (cookie) headers.cookie = cookie;
          if (language !== undefined) headers['accept-language'] = language;
          const res = await get(path + query, headers);
          const context = `${path}${query} cookie=${cookie} lang=${JSON.stringify(language)}`;
          expect(res.status, context).toBeLessThan(500);
          if (cookie && /(?:^|;\s*)(?:cart|session)=/.test(cookie))
            expect(res.headers.get('x-cache') ?? 'none', context).not.toMatch(/HIT|STALE/);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 180_000);
});
