/**
 * Intl formatters, made once per locale and options. Making one costs far more than using it
 * (ICU loads the locale's data each time): a product page formats about a hundred prices and names,
 * and making them per call was 6 % of its server time (docs/research/issue-17-page-profile.md).
 * A locale that Intl refuses still throws, and is not kept.
 */
const made = new Map<string, Intl.NumberFormat | Intl.DisplayNames>();
// Locales come from the store's markets and the admin's languages: a few dozen in practice.
const MAX_KEPT = 1000;

function kept<T extends Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    if (made.size >= MAX_KEPT) made.clear();
    made.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(`n\n${locale}\n${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return kept(`d\n${locale}\n${JSON.stringify(options)}`, () => new Intl.DisplayNames([locale], options));
}
