/**
 * Editor warnings for localized SEO fields, pure. Codes are stable camelCase i18n keys
 * (`seo:warnings.<code>`); params fill the message.
 */
import { renderedTitle } from '#app/modules/seo/core/page-title.ts';
import { displayLength, SERP_LIMITS, textWidthPx } from '#app/modules/seo/core/serp.ts';

export type SeoWarning = {
  field: 'title' | 'description' | 'handle' | 'alt';
  code: string;
  params?: Record<string, string | number>;
};

// Lengths count full-width characters twice (see displayLength), so they hold for CJK too. Title
// lengths apply to the rendered title (with " | Shop"): a one-word collection name ("Home | Aurora
// & Oak", "针织 | Aurora & Oak") is a good title; "Mug | Oak" says too little.
export const SEO_LENGTHS = {
  titleMin: 15,
  titleMax: 70,
  descriptionMin: 70,
  descriptionMax: 160,
  handleMax: 255,
} as const;

/** A usable BCP 47 tag; a malformed one would make Intl and toLocale*Case throw. */
export function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'und';
  } catch {
    return 'und';
  }
}

const NO_SPACE_LANGUAGES = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const fold = (text: string, locale: string) => text.normalize('NFKC').toLocaleLowerCase(locale);

function words(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Whether `keyword` occurs in `text`: case- and width-insensitive; whole words in languages
 * written with spaces ("Merino" is not in "Merinowolle"), substrings in those without.
 */
export function containsKeyword(text: string, keyword: string, locale: string): boolean {
  const tag = safeLocale(locale);
  const haystack = fold(text, tag);
  const needle = fold(keyword, tag).trim();
  if (!needle) return true;
  const language = tag.split('-')[0]!.toLowerCase();
  if (NO_SPACE_LANGUAGES.has(language) || NO_SPACE_SCRIPT.test(needle)) return haystack.includes(needle);
  const want = words(needle, tag);
  const have = words(haystack, tag);
  if (want.length === 0) return haystack.includes(needle);
  return have.some((_, start) => want.every((word, i) => have[start + i] === word));
}

const HANDLE = /^[\p{Ll}\p{Lm}\p{Lo}\p{N}\p{M}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{N}\p{M}]+)*$/u;

/** Lowercase Unicode letters and digits, words joined by single '-', 1..255 characters, NFKC. */
export function isValidHandle(handle: string): boolean {
  const length = [...handle].length;
  return (
    length >= 1 &&
    length <= SEO_LENGTHS.handleMax &&
    HANDLE.test(handle) &&
    handle === handle.normalize('NFKC')
  );
}

// Latin letters NFD does not decompose.
const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};
const LATIN = /^\p{Script=Latin}/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A handle for `text` ("Über Pullover!" -> "uber-pullover"; CJK and Arabic letters kept), or '' if none. */
export function slugify(text: string, locale: string): string {
  const lower = fold(text, safeLocale(locale)).replace(/['’]/g, '');
  let out = '';
  for (const { segment } of graphemes.segment(lower)) {
    // Strip diacritics only from Latin letters: marks in other scripts are part of the letter.
    out += LATIN.test(segment)
      ? (LATIN_FOLD[segment] ?? segment.normalize('NFD').replace(/\p{M}/gu, ''))
      : segment;
  }
  const slug = out
    .replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFKC');
  let cut = '';
  for (const { segment } of graphemes.segment(slug)) {
    if ([...cut].length + [...segment].length > SEO_LENGTHS.handleMax) break;
    cut += segment;
  }
  return cut.replace(/-+$/, '');
}

function handleHasKeyword(handle: string, keyword: string, locale: string): boolean {
  const slug = slugify(keyword, locale);
  if (!slug) return true;
  const folded = fold(handle, safeLocale(locale));
  const language = safeLocale(locale).split('-')[0]!.toLowerCase();
  if (NO_SPACE_LANGUAGES.has(language) || NO_SPACE_SCRIPT.test(slug)) return folded.includes(slug);
  return `-${folded}-`.includes(`-${slug}-`);
}

export interface SeoInput {
  locale: string;
  title: string | null;
  description: string | null;
  handle: string;
  focusKeyword?: string | null;
  imageAlts?: (string | null)[];
  /** The shop name the storefront appends to titles; lengths are judged on that rendered title. */
  shopName?: string | null;
}

/** Length warnings for a title as rendered (with the shop name), shared by the editor and the audit. */
export function titleLengthWarning(
  title: string,
  shopName: string | null | undefined,
): Pick<SeoWarning, 'code' | 'params'> | null {
  const rendered = renderedTitle(title, shopName);
  const px = Math.round(textWidthPx(rendered, 'title'));
  const chars = displayLength(rendered);
  const maxPx = SERP_LIMITS.desktop.titlePx;
  if (px > maxPx || chars > SEO_LENGTHS.titleMax)
    return { code: 'titleTooLong', params: { px, maxPx, chars, maxChars: SEO_LENGTHS.titleMax } };
  if (chars < SEO_LENGTHS.titleMin)
    return { code: 'titleTooShort', params: { chars, minChars: SEO_LENGTHS.titleMin } };
  return null;
}

export function checkSeo(input: SeoInput): SeoWarning[] {
  const warnings: SeoWarning[] = [];
  const title = input.title?.trim() ?? '';
  const description = input.description?.trim() ?? '';
  const keyword = input.focusKeyword?.trim() ?? '';
  const L = SEO_LENGTHS;

  if (!title) warnings.push({ field: 'title', code: 'titleMissing' });
  else {
    const length = titleLengthWarning(title, input.shopName);
    if (length) warnings.push({ field: 'title', ...length });
  }

  if (!description) warnings.push({ field: 'description', code: 'descriptionMissing' });
  else {
    const px = Math.round(textWidthPx(description, 'description'));
    const chars = displayLength(description);
    const maxPx = SERP_LIMITS.desktop.descriptionPx;
    if (px > maxPx || chars > L.descriptionMax) {
      warnings.push({
        field: 'description',
        code: 'descriptionTooLong',
        params: { px, maxPx, chars, maxChars: L.descriptionMax },
      });
    } else if (chars < L.descriptionMin)
      warnings.push({
        field: 'description',
        code: 'descriptionTooShort',
        params: { chars, minChars: L.descriptionMin },
      });
  }

  if (!isValidHandle(input.handle)) warnings.push({ field: 'handle', code: 'handleInvalid' });

  if (keyword) {
    const params = { keyword };
    if (title && !containsKeyword(title, keyword, input.locale))
      warnings.push({ field: 'title', code: 'focusKeywordMissingInTitle', params });
    if (description && !containsKeyword(description, keyword, input.locale)) {
      warnings.push({ field: 'description', code: 'focusKeywordMissingInDescription', params });
    }
    if (input.handle && !handleHasKeyword(input.handle, keyword, input.locale))
      warnings.push({ field: 'handle', code: 'focusKeywordMissingInHandle', params });
  }

  const alts = input.imageAlts ?? [];
  const missing = alts.filter((alt) => !alt?.trim()).length;
  if (missing > 0)
    warnings.push({ field: 'alt', code: 'altMissing', params: { count: missing, total: alts.length } });
  return warnings;
}
