import { parseAcceptLanguage } from '#app/i18n/accept-language.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import { textDirection, type Locale } from '#app/modules/markets/core/locale.ts';
import { countryOf, type StoreLocales } from '#app/storefront/locales.ts';
import { regionName } from '#app/lib/language-name.ts';

/**
 * Set (server-side, by /locale) once the shopper has chosen a store: with the selector, by
 * following the banner or by dismissing it. While it is set the banner never shows again.
 */
export const SUGGESTION_COOKIE = 'meridian_locale_hint';

/** The Set-Cookie value that remembers the choice for a year ("chosen" or "dismissed"). */
export function localeChoiceCookie(value: 'chosen' | 'dismissed'): string {
  return `${SUGGESTION_COOKIE}=${value}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`;
}

/** Whether this browser has already chosen (or waved off) a store. */
export function hasLocaleChoice(cookieHeader: string | null): boolean {
  return (cookieHeader ?? '').split(';').some((c) => {
    const [name, value] = c.trim().split('=');
    return name === SUGGESTION_COOKIE && !!value;
  });
}

/**
 * A first-visit hint from Accept-Language: the best storefront locale for the
 * browser's languages, if it differs from the page's. Never a redirect, so
 * crawlers reach every locale.
 */
export function suggestLocale(request: Request, store: StoreLocales, current: Locale, pathRest: string) {
  if (hasLocaleChoice(request.headers.get('cookie'))) return null;
  const locales = store.locales;
  let best: Locale | undefined;
  for (const pref of parseAcceptLanguage(request.headers.get('accept-language'))) {
    const sameLanguage = locales.filter(
      (l) =>
        l.language.toLowerCase() === pref.language.toLowerCase() ||
        l.language.split('-')[0] === pref.language,
    );
    best =
      sameLanguage.find((l) => l.country === pref.region) ??
      sameLanguage.find((l) => l.country === current.country) ??
      sameLanguage.find((l) => countryOf(store, l.country)?.defaultLanguage === l.language);
    if (best) break;
  }
  if (!best || (best.language === current.language && best.country === current.country)) return null;
  if (best.language === current.language) return null; // same language: the shopper can read this page
  const currency = countryOf(store, best.country)?.currency ?? '';
  // Following the suggestion goes through /locale, which remembers the choice.
  const href = `/locale?${new URLSearchParams({ country: best.country, language: best.language, path: pathRest })}`;
  return {
    lang: best.language,
    dir: textDirection(best.language),
    href,
    ...suggestionText(best.language, best.country, currency),
  };
}

/**
 * The banner's words in the suggested store's language. The country's name comes from Intl in
 * that language; the phrase around it may vary per country (i18next context = country code),
 * for languages where a name takes an article or a case ("from the United States",
 * "aus den Vereinigten Staaten", "depuis l’Allemagne").
 */
export function suggestionText(language: string, countryCode: string, currency: string) {
  const t = serverT(language);
  const country = regionName(countryCode, language);
  return {
    message: t('localeSuggestion.message', { context: countryCode, country, currency }),
    accept: t('localeSuggestion.accept'),
    dismiss: t('localeSuggestion.dismiss'),
  };
}
