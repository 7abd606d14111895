import { describe, expect, it } from 'vitest';
import { assertLocaleParam, countryOf, localeFromPath, storeLocalesFrom } from '#app/storefront/locales.ts';
import { StorefrontSession } from '#app/storefront/session.server.ts';

/** A store as the Storefront API's localization answers: default en-US, Canada in English and French. */
const store = storeLocalesFrom({
  country: { isoCode: 'US' },
  language: { isoCode: 'EN' },
  availableCountries: [
    {
      isoCode: 'CA',
      currency: { isoCode: 'CAD' },
      availableLanguages: [{ isoCode: 'EN' }, { isoCode: 'FR' }],
      defaultLanguage: { isoCode: 'EN' },
      market: { taxInclusive: { value: 'false' } },
    },
    {
      isoCode: 'CN',
      currency: { isoCode: 'CNY' },
      availableLanguages: [{ isoCode: 'ZH_CN' }],
      defaultLanguage: { isoCode: 'ZH_CN' },
      market: { taxInclusive: { value: 'true' } },
    },
    {
      isoCode: 'US',
      currency: { isoCode: 'USD' },
      availableLanguages: [{ isoCode: 'EN' }],
      defaultLanguage: { isoCode: 'EN' },
      market: null,
    },
  ],
});

describe("the store's locales, from the Storefront API", () => {
  it('gives every country × language a prefix, except the default locale', () => {
    expect(store.defaultLocale).toEqual({ language: 'en', country: 'US', pathPrefix: '' });
    expect(store.locales).toEqual([
      { language: 'en', country: 'CA', pathPrefix: '/en-ca' },
      { language: 'fr', country: 'CA', pathPrefix: '/fr-ca' },
      { language: 'zh-CN', country: 'CN', pathPrefix: '/zh-cn-cn' },
      { language: 'en', country: 'US', pathPrefix: '' },
    ]);
    expect(countryOf(store, 'CN')).toMatchObject({
      currency: 'CNY',
      taxInclusive: true,
      defaultLanguage: 'zh-CN',
    });
    expect(countryOf(store, 'US')?.taxInclusive).toBe(false);
    expect(countryOf(store, 'DE')).toBeNull();
  });

  it('reads the locale from the path: a known prefix, none (the default), or an unknown one', () => {
    expect(localeFromPath(store, '/fr-ca/products/x')).toEqual({
      locale: { language: 'fr', country: 'CA', pathPrefix: '/fr-ca' },
      prefixed: true,
    });
    expect(localeFromPath(store, '/products/x')).toEqual({ locale: store.defaultLocale, prefixed: false });
    expect(localeFromPath(store, '/de-de/products/x')).toEqual({ locale: null, prefixed: true });
    expect(localeFromPath(store, '/en-us')).toEqual({ locale: store.defaultLocale, prefixed: true });
  });

  it('404s a route whose locale parameter names no prefixed locale', () => {
    expect(assertLocaleParam(store, undefined)).toEqual(store.defaultLocale);
    expect(assertLocaleParam(store, 'zh-cn-cn')).toEqual({
      language: 'zh-CN',
      country: 'CN',
      pathPrefix: '/zh-cn-cn',
    });
    for (const bad of ['en-us', 'de-de', 'products']) {
      expect(() => assertLocaleParam(store, bad)).toThrow(
        expect.objectContaining({ init: expect.objectContaining({ status: 404 }) }),
      );
    }
  });
});

describe('the storefront session', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const request = (cookie?: string) =>
    new Request('https://shop.test/', cookie ? { headers: { Cookie: cookie } } : {});

  it('writes a cookie only once something was set, and reads it back signed', async () => {
    const session = await StorefrontSession.init(request(), { secret: () => secret, secure: true });
    expect(session.isPending).toBe(false);
    session.set('seen', 'yes');
    expect(session.isPending).toBe(true);
    const setCookie = await session.commit();
    expect(setCookie).toMatch(/^session=.+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const again = await StorefrontSession.init(request(setCookie.split(';')[0]), {
      secret: () => secret,
      secure: true,
    });
    expect(again.get('seen')).toBe('yes');
    const otherSecret = await StorefrontSession.init(request(setCookie.split(';')[0]), {
      secret: () => 'another-secret-of-thirty-two-characters',
      secure: true,
    });
    expect(otherSecret.get('seen')).toBeUndefined();
  });

  it('needs no secret for a request without a session cookie', async () => {
    const session = await StorefrontSession.init(request('cart=abc'), {
      secret: () => {
        throw new Error('no secret configured');
      },
      secure: false,
    });
    expect(session.get('seen')).toBeUndefined();
    session.set('seen', 'yes');
    await expect(session.commit()).rejects.toThrow('no secret configured');
  });
});
