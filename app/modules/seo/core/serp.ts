/**
 * Google result preview, pure: estimated pixel widths and truncation the way the SERP cuts
 * titles and descriptions. The widths are an estimate from Arial's advance widths; the browser
 * measures exactly, so the preview and the warnings err on the side of the estimate.
 */

export type SerpFont = 'title' | 'description';
export type SerpDevice = 'desktop' | 'mobile';

/** Rendered font size in CSS px: desktop titles are Arial 20px, snippets Arial 14px. */
const FONT_PX: Record<SerpFont, number> = { title: 20, description: 14 };

/**
 * Visible widths in px. Google publishes none; these are the values SEO tools cite (Moz,
 * Yoast, SERPsim, Portent): desktop title 600px, desktop description 920px (two lines), mobile
 * description 680px. Mobile titles wrap onto up to two narrower lines; 500px is our one-number
 * assumption for where the usual phone layout starts cutting.
 */
export const SERP_LIMITS = {
  desktop: { titlePx: 600, descriptionPx: 920 },
  mobile: { titlePx: 500, descriptionPx: 680 },
} as const satisfies Record<SerpDevice, { titlePx: number; descriptionPx: number }>;

// Arial (metric-compatible with Helvetica) advance widths at 1000 units/em, U+0020..U+007E.
const ASCII = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space ! " # $ % & ' ( ) * + , - . /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0-9 : ; < = > ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ A-O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P-Z [ \ ] ^ _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` a-o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, //      p-z { | } ~
];

// Non-ASCII characters common in titles whose width is not their base letter's.
const EXTRA: Record<string, number> = {
  '\u00a0': 278,
  '…': 1000,
  '–': 556,
  '—': 1000,
  '·': 278,
  '•': 350,
  '›': 333,
  '‹': 333,
  '«': 556,
  '»': 556,
  '‘': 222,
  '’': 222,
  '‚': 222,
  '“': 333,
  '”': 333,
  '„': 333,
  '€': 556,
  '£': 556,
  '¥': 556,
  '¢': 556,
  '©': 737,
  '®': 737,
  '™': 1000,
  '°': 400,
  '×': 584,
  '÷': 584,
  '±': 584,
  '§': 556,
  '¿': 611,
  '¡': 333,
  ß: 611,
  æ: 889,
  Æ: 1000,
  ø: 611,
  Ø: 778,
  œ: 944,
  Œ: 1000,
  ð: 556,
  Ð: 722,
  þ: 556,
  Þ: 667,
  ł: 222,
  Ł: 556,
  đ: 556,
  Đ: 722,
  ı: 278,
};

const ZERO = /[\p{M}\p{Cc}\p{Cf}]/u;
// East Asian wide: Hangul Jamo, CJK radicals/punctuation, kana, ideographs, Hangul syllables, fullwidth forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}\p{Emoji_Presentation}]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const LATIN = /\p{Script=Latin}/u;
const DEFAULT_UNITS = 550;

function units(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20]!;
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra;
  if (ZERO.test(ch)) return 0;
  if (WIDE.test(ch)) return 1000;
  if (ARABIC.test(ch)) return 500;
  if (LATIN.test(ch)) {
    // Accented Latin letters are as wide as their base letter (é ≈ e).
    const base = ch.normalize('NFD').codePointAt(0)!;
    if (base >= 0x20 && base <= 0x7e) return ASCII[base - 0x20]!;
  }
  return DEFAULT_UNITS;
}

/** Estimated rendered width in CSS px of `text` in Google's title or snippet font. */
export function textWidthPx(text: string, font: SerpFont): number {
  let total = 0;
  for (const ch of text) total += units(ch);
  return (total * FONT_PX[font]) / 1000;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Length where each full-width character counts as two, so one limit fits Latin and CJK text. */
export function displayLength(text: string): number {
  let n = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) n += WIDE.test(segment) ? 2 : 1;
  return n;
}

// Scripts written without spaces: Google cuts these anywhere, not at word ends.
const NO_SPACE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const TRAILING = /[\s\-–—|·,;:([]+$/u;
const ELLIPSIS = '…';

/** UTF-16 offsets that fall inside a space-delimited word (cutting there would split the word). */
function midWordOffsets(text: string): Set<number> {
  const inside = new Set<number>();
  for (const word of wordSegmenter.segment(text)) {
    if (!word.isWordLike || NO_SPACE.test(word.segment)) continue;
    let offset = word.index;
    for (const { segment } of graphemeSegmenter.segment(word.segment)) {
      if (offset > word.index) inside.add(offset);
      offset += segment.length;
    }
  }
  return inside;
}

/**
 * Cut `text` so that it and its ellipsis fit in `maxPx`: at the last whole word (then " …"),
 * or at a grapheme for scripts without spaces and for a single over-long word (then "…").
 */
export function truncateToPx(
  text: string,
  maxPx: number,
  font: SerpFont,
): { text: string; truncated: boolean } {
  if (textWidthPx(text, font) <= maxPx) return { text, truncated: false };
  const offsets: number[] = [];
  const prefixPx: number[] = [0];
  let offset = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    offsets.push(offset);
    offset += segment.length;
    prefixPx.push(prefixPx.at(-1)! + textWidthPx(segment, font));
  }
  const inside = midWordOffsets(text);
  const ellipsisPx = textWidthPx(ELLIPSIS, font);
  for (let keep = offsets.length - 1; keep >= 0; keep--) {
    if (prefixPx[keep]! + ellipsisPx > maxPx) continue;
    let cut = keep;
    while (cut > 0 && inside.has(offsets[cut]!)) cut--;
    if (cut === 0) cut = keep; // a single word wider than the line: cut inside it
    const kept = text.slice(0, offsets[cut]).replace(TRAILING, '');
    // " …" after a cut at a space; "…" after a cut inside CJK, emoji or an over-long word.
    const spacer = kept !== '' && /\s/u.test(text.slice(kept.length, offsets[cut]! + 1)) ? ' ' : '';
    const candidate = kept + spacer + ELLIPSIS;
    if (textWidthPx(candidate, font) <= maxPx) return { text: candidate, truncated: true };
  }
  return { text: '', truncated: true };
}

/** How Google shows a URL: host, then decoded path segments joined by " › " (no query or fragment). */
export function breadcrumbUrl(url: string): string {
  const match = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  const host = match
    ? match[1]!
        .replace(/^[^@]*@/, '')
        .replace(/:\d*$/, '')
        .toLowerCase()
    : '';
  const path = match ? match[2]! : url.trim().split(/[?#]/)[0]!;
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      } // malformed %: show as typed
    });
  return [host, ...segments].filter(Boolean).join(' › ');
}

export interface SerpPreview {
  title: string;
  titleTruncated: boolean;
  description: string;
  descriptionTruncated: boolean;
  breadcrumbUrl: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function serpPreview(
  input: { title: string; description: string; url: string },
  device: SerpDevice,
): SerpPreview {
  const limits = SERP_LIMITS[device];
  const title = truncateToPx(collapse(input.title), limits.titlePx, 'title');
  const description = truncateToPx(collapse(input.description), limits.descriptionPx, 'description');
  return {
    title: title.text,
    titleTruncated: title.truncated,
    description: description.text,
    descriptionTruncated: description.truncated,
    breadcrumbUrl: breadcrumbUrl(input.url),
  };
}
