import { describe, expect, it } from 'vitest';
import {
  ageSeconds,
  chooseEncoding,
  etagMatches,
  pageKey,
  storableFor,
  type RequestFacts,
} from '#app/page-cache/core/page-rules.ts';
import { pageTags, resultTags, tagHeader } from '#app/page-cache/core/page-tags.ts';

const anon = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: '/de-de/products/merino-crew-sweater',
  cookie: undefined,
  authorization: undefined,
  acceptLanguage: undefined,
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0',
  ...over,
});

describe('pageKey', () => {
  it('keys anonymous GET and HEAD alike by path and query', () => {
    expect(pageKey(anon())).toBe('/de-de/products/merino-crew-sweater');
    expect(pageKey(anon({ method: 'HEAD' }))).toBe(pageKey(anon()));
    expect(pageKey(anon({ url: '/collections/knitwear?page=2' }))).toBe('/collections/knitwear?page=2');
    expect(pageKey(anon({ cookie: 'theme=dark; _ga=1' }))).toBe(pageKey(anon()));
  });

  it('refuses shoppers with a cart or session, Authorization, other methods and personal paths', () => {
    for (const cookie of ['cart=abc', 'a=1; cart=abc', 'session=x', 'x=1;session=y'])
      expect(pageKey(anon({ cookie }))).toBeNull();
    expect(pageKey(anon({ cookie: ['a=1', 'cart=2'] }))).toBeNull();
    expect(pageKey(anon({ authorization: 'Bearer t' }))).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', undefined])
      expect(pageKey(anon({ method }))).toBeNull();
    for (const url of [
      '/app',
      '/app/products',
      '/app.data',
      '/api/2026-04/graphql.json',
      '/cart',
      '/de-de/cart',
      '/checkout/abc',
      '/ja-jp/checkout/abc/review',
      '/returns/start',
      '/account',
      '/webhooks/stripe',
      '/locale?country=DE',
      'http://evil.example/',
      '*',
      undefined,
    ])
      expect([url, pageKey(anon({ url }))]).toEqual([url, null]);
    // Names that merely start like a personal path are pages.
    expect(pageKey(anon({ url: '/collections/cartography' }))).not.toBeNull();
    expect(pageKey(anon({ url: '/pages/application' }))).not.toBeNull();
  });

  it('holds the locale banner input: Accept-Language (normalised) unless a store was chosen, and crawler or not', () => {
    const de = pageKey(anon({ acceptLanguage: 'de-DE,de;q=0.9' }));
    expect(de).not.toBe(pageKey(anon()));
    expect(pageKey(anon({ acceptLanguage: 'DE-de, de;q=0.9' }))).toBe(de);
    expect(pageKey(anon({ acceptLanguage: 'en-US' }))).not.toBe(de);
    const chosen = pageKey(anon({ acceptLanguage: 'en-US', cookie: 'meridian_locale_hint=chosen' }));
    expect(pageKey(anon({ acceptLanguage: 'ja', cookie: 'meridian_locale_hint=dismissed' }))).toBe(chosen);
    expect(chosen).not.toBe(pageKey(anon()));
    expect(pageKey(anon({ userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' }))).not.toBe(
      pageKey(anon()),
    );
  });
});

describe('storableFor', () => {
  const ok = {
    cacheControl: 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400',
    setCookie: undefined,
    vary: undefined,
  };

  it('stores public 200s for the shortest declared lifetime, capped, with their stale window capped', () => {
    expect(storableFor(200, ok, 300)).toEqual({ fresh: 60, stale: 300 });
    expect(storableFor(200, ok, 30)).toEqual({ fresh: 30, stale: 30 });
    expect(storableFor(200, { ...ok, cacheControl: 'public, s-maxage=20' }, 300)).toEqual({
      fresh: 20,
      stale: 0,
    });
    expect(storableFor(200, { ...ok, vary: 'Accept-Encoding, accept-language' }, 300)).not.toBeNull();
  });

  it('refuses other statuses, Set-Cookie, private or unfresh pages and other Vary', () => {
    expect(storableFor(404, ok, 300)).toBeNull();
    expect(storableFor(301, ok, 300)).toBeNull();
    expect(storableFor(200, { ...ok, setCookie: ['a=b'] }, 300)).toBeNull();
    for (const cacheControl of [
      undefined,
      'private, max-age=60',
      'private, no-cache',
      'public, no-store, max-age=9',
      'public',
      'public, max-age=0',
      'max-age=60',
      'public, no-cache, max-age=60',
    ])
      expect([cacheControl, storableFor(200, { ...ok, cacheControl }, 300)]).toEqual([cacheControl, null]);
    expect(storableFor(200, { ...ok, vary: 'Cookie' }, 300)).toBeNull();
    expect(storableFor(200, { ...ok, vary: '*' }, 300)).toBeNull();
  });
});

describe('conditional requests and encodings', () => {
  it('matches If-None-Match lists, weak forms and *', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('"x", W/"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it('picks brotli, then gzip, honouring q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
  });

  it('counts Age in whole seconds, never negative', () => {
    expect(ageSeconds(1000, 3999)).toBe(2);
    expect(ageSeconds(5000, 1000)).toBe(0);
  });
});

describe('page tags', () => {
  it('collects products, variants, collections, pages, articles and blogs from any depth, once', () => {
    const data = {
      product: {
        id: 'gid://shopify/Product/7',
        variants: { nodes: [{ id: 'gid://shopify/ProductVariant/70' }] },
      },
      recs: [{ id: 'gid://shopify/Product/8' }, { id: 'gid://shopify/Product/7' }],
      menu: { items: [{ id: 'gid://shopify/MenuItem/1', resource: { id: 'gid://shopify/Collection/3' } }] },
      page: { id: 'gid://shopify/Page/4' },
      blog: { id: 'gid://shopify/Blog/5', articles: [{ id: 'gid://shopify/Article/6' }] },
      title: 'gid://shopify/Product/99',
    };
    expect(resultTags(data).sort()).toEqual([
      'article-6',
      'blog-5',
      'collection-3',
      'page-4',
      'product-7',
      'product-8',
      'productvariant-70',
    ]);
  });

  it('adds shop to every page, and listing to pages with a collection or several products', () => {
    expect(pageTags(['product-1'])).toEqual(['shop', 'product-1']);
    expect(pageTags(['product-2', 'product-1'])).toEqual(['shop', 'listing', 'product-1', 'product-2']);
    expect(pageTags(['collection-1'])).toEqual(['shop', 'listing', 'collection-1']);
    expect(pageTags([])).toEqual(['shop']);
  });

  it('keeps the header within its size, falling back to the coarse tags', () => {
    const many = pageTags(Array.from({ length: 2000 }, (_, i) => `product-${i}`));
    expect(tagHeader(many, ' ', 8000)).toBe('shop listing');
    expect(tagHeader(['shop', 'product-1'], ',')).toBe('shop,product-1');
  });
});
