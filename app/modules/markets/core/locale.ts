/**
 * Storefront locales: a (language, country) pair and its URL prefix.
 * Prefix form: `/{language}-{country}` in lowercase, where a language with a
 * region or script keeps it: en-US has no prefix (the default), de-DE is `/de-de`,
 * zh-CN in Singapore is `/zh-cn-sg`. Documented in docs/decisions/0004-locale-urls.md.
 */
export interface Locale {
  /** BCP 47 language tag as stored on markets: "en", "de", "zh-CN". */
  language: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** "" for the default locale, otherwise "/de-de". */
  pathPrefix: string;
}

const PREFIX_RE = /^([a-z]{2,3}(?:-[a-z]{2}|-[a-z]{4})?)-([a-z]{2})$/;

/** A storefront locale as one key ("de-DE", "zh-CN-SG"): how redirects, the 404 log and audits name it. */
export function localeTag(l: Pick<Locale, 'language' | 'country'>): string {
  return `${l.language}-${l.country}`;
}

/** hreflang value of a storefront locale: the language without its own region, plus the country ("de-AT", "zh-SG"). */
export function hreflangOf(l: Pick<Locale, 'language' | 'country'>): string {
  return `${l.language.split('-')[0]}-${l.country}`;
}

export function localePrefix(language: string, country: string): string {
  return `/${language.toLowerCase()}-${country.toLowerCase()}`;
}

/** Parses "zh-cn-sg" into {language: "zh-CN", country: "SG"}; null when malformed. */
export function parseLocaleSegment(segment: string): { language: string; country: string } | null {
  const m = PREFIX_RE.exec(segment);
  if (!m) return null;
  const [lang = '', region] = m[1]!.split('-');
  const language = region
    ? `${lang}-${region.length === 2 ? region.toUpperCase() : region[0]!.toUpperCase() + region.slice(1)}`
    : lang;
  return { language, country: m[2]!.toUpperCase() };
}

/** Storefront API LanguageCode enum value for a BCP 47 tag: "zh-CN" -> "ZH_CN". */
export function toLanguageCode(language: string): string {
  return language.replace('-', '_').toUpperCase();
}

/** Inverse of toLanguageCode: "ZH_CN" -> "zh-CN", "PT_BR" -> "pt-BR". */
export function fromLanguageCode(code: string): string {
  const [lang = '', region] = code.split('_');
  return region ? `${lang.toLowerCase()}-${region}` : lang.toLowerCase();
}

/** Right-to-left scripts among the languages Meridian can serve. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
