/** UI languages with a full set of strings under locales/<lng>/. */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'ja', 'zh-CN', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = 'en';
export const NAMESPACES = [
  'common',
  'product',
  'collection',
  'search',
  'filters',
  'errors',
  'cart',
  'checkout',
  'returns',
  'blog',
  'policies',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function uiLanguage(language: string): UiLanguage {
  if ((UI_LANGUAGES as readonly string[]).includes(language)) return language as UiLanguage;
  const base = language.split('-')[0];
  return UI_LANGUAGES.find((l) => l === base) ?? FALLBACK_LANGUAGE;
}
