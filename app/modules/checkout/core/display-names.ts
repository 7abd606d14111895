import { displayNames } from '#app/lib/intl-cache.ts';

/**
 * Names shoppers read in checkout, in their own language from the platform (Intl.DisplayNames,
 * Intl.ListFormat) rather than the English names stored on markets: "日本", not "Japan".
 */

/** A country's name in the shopper's language; the code itself if the runtime has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return displayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A market as shoppers know it: its countries' names as a list ("Deutschland und Österreich"). */
export function marketName(countries: readonly string[], locale: string): string {
  const names = countries.map((c) => countryName(c, locale));
  try {
    return new Intl.ListFormat([locale], { type: 'conjunction', style: 'long' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Countries sorted by their name in the shopper's language. */
export function sortByCountryName(codes: readonly string[], locale: string): string[] {
  const collator = new Intl.Collator([locale]);
  return [...codes].sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale)));
}

/** A currency's name in the shopper's language ("日本円", "درهم إماراتي"). */
export function currencyName(code: string, locale: string): string {
  try {
    return displayNames(locale, { type: 'currency', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
