import { data } from 'react-router';
import {
  fromLanguageCode,
  localePrefix,
  parseLocaleSegment,
  type Locale,
} from '#app/modules/markets/core/locale.ts';

/** One country the store sells to, as the Storefront API's `localization.availableCountries` names it. */
export interface StoreCountry {
  isoCode: string;
  currency: string;
  /** BCP 47 tags ("en", "zh-CN"), in the order the API lists them. */
  languages: string[];
  defaultLanguage: string;
  /** Whether shown prices include tax (the market's `meridian.tax_inclusive` metafield). */
  taxInclusive: boolean;
}

/** The store's locales: where each URL prefix leads, and which locale has none. */
export interface StoreLocales {
  defaultLocale: Locale;
  /** Every (language, country) the store offers, each with its URL prefix. */
  locales: Locale[];
  countries: StoreCountry[];
}

/** What the storefront asks of `localization`. Without @inContext it answers in the shop's default locale. */
export const STORE_LOCALIZATION_QUERY = `#graphql
  query StoreLocalization {
    localization {
      country { isoCode }
      language { isoCode }
      availableCountries {
        isoCode
        currency { isoCode }
        availableLanguages { isoCode }
        defaultLanguage { isoCode }
        market { taxInclusive: metafield(namespace: "meridian", key: "tax_inclusive") { value } }
      }
    }
  }
` as const;

export interface StoreLocalization {
  country: { isoCode: string };
  language: { isoCode: string };
  availableCountries: readonly {
    isoCode: string;
    currency: { isoCode: string };
    availableLanguages: readonly { isoCode: string }[];
    defaultLanguage: { isoCode: string };
    market?: { taxInclusive?: { value: string } | null } | null;
  }[];
}

/**
 * The store's locales from the Storefront API's answer: each country × its languages. The default
 * locale (no prefix) is the one `localization` answers in when no context is asked for.
 */
export function storeLocalesFrom(l: StoreLocalization): StoreLocales {
  const defaultLocale: Locale = {
    language: fromLanguageCode(l.language.isoCode),
    country: l.country.isoCode,
    pathPrefix: '',
  };
  const countries = l.availableCountries.map((c): StoreCountry => ({
    isoCode: c.isoCode,
    currency: c.currency.isoCode,
    languages: c.availableLanguages.map((x) => fromLanguageCode(x.isoCode)),
    defaultLanguage: fromLanguageCode(c.defaultLanguage.isoCode),
    taxInclusive: c.market?.taxInclusive?.value === 'true',
  }));
  const locales = countries.flatMap((c) =>
    c.languages.map((language): Locale => {
      const isDefault = language === defaultLocale.language && c.isoCode === defaultLocale.country;
      return { language, country: c.isoCode, pathPrefix: isDefault ? '' : localePrefix(language, c.isoCode) };
    }),
  );
  return { defaultLocale, locales, countries };
}

export function countryOf(store: StoreLocales, isoCode: string): StoreCountry | null {
  return store.countries.find((c) => c.isoCode === isoCode) ?? null;
}

/**
 * The locale a path asks for. The first path segment is a locale prefix only if it
 * names a storefront locale; "/" and paths without one use the default locale.
 * Returns {locale: null} when the first segment looks like a prefix but is unknown.
 */
export function localeFromPath(
  store: StoreLocales,
  pathname: string,
): { locale: Locale | null; prefixed: boolean } {
  const segment = pathname.split('/')[1] ?? '';
  const parsed = parseLocaleSegment(segment);
  if (!parsed) return { locale: store.defaultLocale, prefixed: false };
  const match = store.locales.find((l) => l.language === parsed.language && l.country === parsed.country);
  return { locale: match ?? null, prefixed: true };
}

/** Route guard for `($locale)` routes: an unknown prefix is a 404. */
export function assertLocaleParam(store: StoreLocales, param: string | undefined): Locale {
  if (param === undefined) return store.defaultLocale;
  const parsed = parseLocaleSegment(param);
  const match =
    parsed &&
    store.locales.find(
      (l) => l.language === parsed.language && l.country === parsed.country && l.pathPrefix !== '',
    );
  if (!match) throw data(null, { status: 404 });
  return match;
}
