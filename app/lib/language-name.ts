import { displayNames } from './intl-cache.ts';

/**
 * Store languages whose BCP 47 tag names a region but which the store means as a script:
 * its "zh-CN" is Simplified Chinese wherever it is sold (Singapore too), not "Chinese (China)".
 */
const DISPLAY_TAG: Record<string, string> = { 'zh-CN': 'zh-Hans' };

/** A language's name in another language (the admin's, or its own for the storefront selector): "de" → "German" / "Deutsch". */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, { type: 'language' }).of(DISPLAY_TAG[code] ?? code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language as a shopper picks it: its own name, so a reader of that language finds it, and
 * its name in the page's language when that differs ("français" + "French" on an English page).
 */
export function languageChoiceNames(
  code: string,
  uiLanguage: string,
): { native: string; translated: string | null } {
  const native = languageName(code, code);
  const translated = languageName(code, uiLanguage);
  return {
    native,
    translated:
      translated.toLocaleLowerCase(uiLanguage) === native.toLocaleLowerCase(code) ? null : translated,
  };
}

/** A country's or region's name in the shopper's language: "DE" → "Germany" / "Deutschland" / "ドイツ". */
export function regionName(code: string, uiLanguage: string): string {
  try {
    return displayNames(uiLanguage, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
