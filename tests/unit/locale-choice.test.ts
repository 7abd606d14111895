import { describe, expect, it } from 'vitest';
import { activeFilterCount } from '#app/components/listing/listing-filters.tsx';
import { seedMarkets } from '#app/db/seed/markets-data.ts';
import { UI_LANGUAGES } from '#app/i18n/config.ts';
import { languageChoiceNames, languageName, regionName } from '#app/lib/language-name.ts';
import { countryChoices, localeChipLabel, resolveLocaleChoice } from '#app/storefront/locale-choice.ts';
import { hasLocaleChoice, suggestLocale, suggestionText } from '#app/storefront/locale-suggestion.server.ts';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import { storeLocalesFrom } from '#app/storefront/locales.ts';

/** The demo markets as the storefront sees them: what the Storefront API's `localization` answers. */
const primary = seedMarkets.find((m) => m.primary)!;
const store = storeLocalesFrom({
  country: { isoCode: primary.countries[0]! },
  language: { isoCode: toLanguageCode(primary.languages[0]!) },
  availableCountries: seedMarkets.flatMap((m) =>
    m.countries.map((isoCode) => ({
      isoCode,
      currency: { isoCode: m.currency },
      availableLanguages: m.languages.map((l) => ({ isoCode: toLanguageCode(l) })),
      defaultLanguage: { isoCode: toLanguageCode(m.languages[0]!) },
      market: { taxInclusive: { value: String(m.taxInclusive) } },
    })),
  ),
});

describe('locale chip', () => {
  it('is the country and currency codes, short in every script', () => {
    expect(localeChipLabel('US', 'USD')).toBe('US · USD');
    expect(localeChipLabel('ae', 'aed')).toBe('AE · AED');
  });
});

describe('country and language names', () => {
  it('names countries in the shopper’s language', () => {
    expect(regionName('DE', 'en')).toBe('Germany');
    expect(regionName('DE', 'ja')).toBe('ドイツ');
    expect(regionName('US', 'ar')).toBe('الولايات المتحدة');
  });

  it('names a language by itself, plus in the page’s language when that differs', () => {
    expect(languageChoiceNames('fr', 'en')).toEqual({ native: 'français', translated: 'French' });
    expect(languageChoiceNames('en', 'en')).toEqual({ native: 'English', translated: null });
    expect(languageChoiceNames('ar', 'en')).toEqual({ native: 'العربية', translated: 'Arabic' });
  });

  it('calls the store’s zh-CN Simplified Chinese, not Chinese (China), also for Singapore', () => {
    expect(languageName('zh-CN', 'en')).toBe('Simplified Chinese');
    expect(languageName('zh-CN', 'zh-CN')).toBe('简体中文');
  });

  it('lists every country once, sorted in the shopper’s language, with its market’s languages default first', () => {
    const available = [
      {
        isoCode: 'CA',
        currency: { isoCode: 'CAD' },
        availableLanguages: [{ isoCode: 'FR' }, { isoCode: 'EN' }],
        defaultLanguage: { isoCode: 'EN' },
      },
      {
        isoCode: 'DE',
        currency: { isoCode: 'EUR' },
        availableLanguages: [{ isoCode: 'DE' }],
        defaultLanguage: { isoCode: 'DE' },
      },
      {
        isoCode: 'SG',
        currency: { isoCode: 'SGD' },
        availableLanguages: [{ isoCode: 'EN' }, { isoCode: 'ZH_CN' }],
        defaultLanguage: { isoCode: 'EN' },
      },
    ];
    expect(countryChoices(available, 'de')).toEqual([
      { code: 'DE', name: 'Deutschland', currency: 'EUR', languages: ['de'] },
      { code: 'CA', name: 'Kanada', currency: 'CAD', languages: ['en', 'fr'] },
      { code: 'SG', name: 'Singapur', currency: 'SGD', languages: ['en', 'zh-CN'] },
    ]);
  });
});

describe('choosing a locale', () => {
  it('takes the chosen language where the country’s market offers it, else the market’s default', () => {
    expect(resolveLocaleChoice(store, 'CA', 'fr')).toEqual({
      language: 'fr',
      country: 'CA',
      pathPrefix: '/fr-ca',
    });
    expect(resolveLocaleChoice(store, 'CA', 'de')).toEqual({
      language: 'en',
      country: 'CA',
      pathPrefix: '/en-ca',
    });
    expect(resolveLocaleChoice(store, 'de', null)).toEqual({
      language: 'de',
      country: 'DE',
      pathPrefix: '/de-de',
    });
    expect(resolveLocaleChoice(store, 'US', 'en')).toEqual({ language: 'en', country: 'US', pathPrefix: '' });
    expect(resolveLocaleChoice(store, 'XX', 'en')).toBeNull();
  });

  it('remembers a choice in a cookie of its own, whatever its value', () => {
    expect(hasLocaleChoice('a=1; meridian_locale_hint=chosen')).toBe(true);
    expect(hasLocaleChoice('meridian_locale_hint=dismissed')).toBe(true);
    expect(hasLocaleChoice('x_meridian_locale_hint=chosen; y=2')).toBe(false);
    expect(hasLocaleChoice(null)).toBe(false);
  });
});

describe('the locale suggestion', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://shop.test/de-de/products/x', { headers });
  const german = { language: 'de', country: 'DE', pathPrefix: '/de-de' };

  it('suggests the English store to an English browser on the German page, through /locale', () => {
    const s = suggestLocale(request({ 'accept-language': 'en-US,en;q=0.9' }), store, german, '/products/x');
    expect(s?.message).toBe(
      'Shopping from the United States? See prices in USD and this store in your language.',
    );
    expect(s?.href).toBe('/locale?country=US&language=en&path=%2Fproducts%2Fx');
    expect(s?.dir).toBe('ltr');
  });

  it('never shows again once the browser has chosen', () => {
    expect(
      suggestLocale(
        request({ 'accept-language': 'en-US', cookie: 'meridian_locale_hint=chosen' }),
        store,
        german,
        '/',
      ),
    ).toBeNull();
  });

  it('puts the article (or case) where each language needs it', () => {
    expect(suggestionText('en', 'GB', 'GBP').message).toMatch(/^Shopping from the United Kingdom\? /);
    expect(suggestionText('en', 'DE', 'EUR').message).toMatch(/^Shopping from Germany\? /);
    expect(suggestionText('de', 'US', 'USD').message).toMatch(
      /^Kaufen Sie aus den Vereinigten Staaten ein\? /,
    );
    expect(suggestionText('de', 'AT', 'EUR').message).toMatch(/^Kaufen Sie aus Österreich ein\? /);
    expect(suggestionText('fr', 'DE', 'EUR').message).toMatch(
      /^Vous faites vos achats depuis l’Allemagne\u00a0\? /,
    );
    expect(suggestionText('fr', 'CA', 'CAD').message).toMatch(
      /^Vous faites vos achats depuis le Canada\u00a0\? /,
    );
    expect(suggestionText('fr', 'SG', 'SGD').message).toMatch(
      /^Vous faites vos achats depuis Singapour\u00a0\? /,
    );
    expect(suggestionText('it', 'US', 'USD').message).toMatch(/^Fai acquisti dagli Stati Uniti\? /);
    expect(suggestionText('es', 'GB', 'GBP').message).toMatch(/^¿Compras desde el Reino Unido\? /);
    expect(suggestionText('nl', 'GB', 'GBP').message).toMatch(/^Winkel je vanuit het Verenigd Koninkrijk\? /);
  });

  it('uses Arabic punctuation in Arabic', () => {
    const { message } = suggestionText('ar', 'AE', 'AED');
    expect(message).toContain('الإمارات العربية المتحدة؟');
    expect(message).not.toMatch(/[?,;]/);
  });

  it('names every demo country in every language, with no placeholder or colon-style phrasing left', () => {
    for (const language of UI_LANGUAGES) {
      for (const country of seedMarkets.flatMap((m) => m.countries)) {
        const { message, accept, dismiss } = suggestionText(language, country, 'EUR');
        expect(`${message}${accept}${dismiss}`, `${language} ${country}`).not.toMatch(/\{\{|\}\}|:/);
        expect(message, `${language} ${country}`).toContain('EUR');
      }
    }
  });
});

describe('active filter count', () => {
  it('counts each checked value and the price range once', () => {
    expect(activeFilterCount([], {})).toBe(0);
    expect(
      activeFilterCount(['{"available":true}', '{"variantOption":{"name":"Color","value":"Navy"}}'], {}),
    ).toBe(2);
    expect(activeFilterCount(['{"available":true}'], { min: 10 })).toBe(2);
    expect(activeFilterCount([], { min: 10, max: 50 })).toBe(1);
  });
});
