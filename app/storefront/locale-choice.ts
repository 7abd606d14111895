import { fromLanguageCode, type Locale } from '#app/modules/markets/core/locale.ts';
import { countryOf, type StoreLocales } from '#app/storefront/locales.ts';
import { languageChoiceNames, regionName } from '#app/lib/language-name.ts';

/** One country in the locale selector, with the languages its market offers (default first). */
export interface CountryChoice {
  code: string;
  name: string;
  currency: string;
  languages: string[];
}

/** The Storefront API's `localization.availableCountries`, as much of it as the selector needs. */
export interface AvailableCountry {
  isoCode: string;
  currency: { isoCode: string };
  availableLanguages: { isoCode: string }[];
  defaultLanguage: { isoCode: string };
}

/**
 * The selector's choices in the shopper's language: every country the Storefront API offers, by
 * name, each with its market's languages (default first), so the language is chosen separately
 * (Canada: English or French).
 */
export function countryChoices(available: readonly AvailableCountry[], uiLanguage: string): CountryChoice[] {
  return available
    .map((c) => {
      const def = fromLanguageCode(c.defaultLanguage.isoCode);
      const languages = c.availableLanguages.map((l) => fromLanguageCode(l.isoCode));
      return {
        code: c.isoCode,
        name: regionName(c.isoCode, uiLanguage),
        currency: c.currency.isoCode,
        languages: [def, ...languages.filter((l) => l !== def)],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, uiLanguage));
}

/** Names of every language the countries offer, for the shopper (see languageChoiceNames). */
export function languageChoices(countries: readonly CountryChoice[], uiLanguage: string) {
  const codes = [...new Set(countries.flatMap((c) => c.languages))];
  return Object.fromEntries(codes.map((code) => [code, languageChoiceNames(code, uiLanguage)]));
}

/**
 * The header's short locale chip: "US · USD". ISO codes stay short in every script, so the chip
 * never clips on a phone; the full names (and the language) are in the selector it opens.
 */
export function localeChipLabel(country: string, currency: string): string {
  return `${country.toUpperCase()} · ${currency.toUpperCase()}`;
}

/**
 * The storefront locale a selector choice leads to: the country's market in the chosen language,
 * or in the market's default language when the market does not offer it. Null for an unknown country.
 */
export function resolveLocaleChoice(
  store: StoreLocales,
  country: string,
  language: string | null,
): Locale | null {
  const found = countryOf(store, country.toUpperCase());
  if (!found) return null;
  const locales = store.locales.filter((l) => l.country === found.isoCode);
  return (
    locales.find((l) => l.language === language) ??
    locales.find((l) => l.language === found.defaultLanguage) ??
    locales[0] ??
    null
  );
}
