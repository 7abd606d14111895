/** A language's name in another language (the admin's, or its own for the storefront selector): "de" → "German" / "Deutsch". */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
