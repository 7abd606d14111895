import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breadcrumbUrl,
  displayLength,
  SERP_LIMITS,
  serpPreview,
  textWidthPx,
  truncateToPx,
} from '#app/modules/seo/core/serp.ts';

const withoutEllipsis = (text: string) => text.replace(/ ?…$/u, '');
// Mixed scripts, astral characters (emoji, CJK extension B), combining marks and spaces.
const mixedText = fc.string({
  unit: fc.constantFrom(
    'a',
    'W',
    'i',
    ' ',
    ' ',
    '-',
    'é',
    'e\u0301',
    '日',
    '本',
    'メ',
    '한',
    'ع',
    '😀',
    '👍🏽',
    '𠀀',
    '\u202e',
    '…',
  ),
  maxLength: 120,
});

describe('SERP width estimate', () => {
  it('uses Arial advance widths', () => {
    expect(textWidthPx('m', 'title')).toBeCloseTo(16.66);
    expect(textWidthPx('i', 'title')).toBeCloseTo(4.44);
    expect(textWidthPx('W', 'description')).toBeCloseTo(13.216);
    expect(textWidthPx('é', 'title')).toBe(textWidthPx('e', 'title'));
    expect(textWidthPx('e\u0301', 'title')).toBe(textWidthPx('e', 'title')); // combining mark is 0
    expect(textWidthPx('日本語', 'title')).toBe(60);
    expect(textWidthPx('ＡＢ', 'title')).toBe(40); // fullwidth forms
    expect(textWidthPx('𠀀', 'title')).toBe(20); // one astral code point, not two units
    expect(displayLength('abc日本')).toBe(7);
  });
});

describe('truncateToPx', () => {
  it('cuts a ~70 character ASCII title at a word on desktop', () => {
    const title = 'Merino Wool Crew Neck Sweater for Men and Women – Free Shipping Worldwide';
    expect(textWidthPx(title, 'title')).toBeGreaterThan(600);
    const out = truncateToPx(title, SERP_LIMITS.desktop.titlePx, 'title');
    expect(out).toEqual({
      text: 'Merino Wool Crew Neck Sweater for Men and Women – Free …',
      truncated: true,
    });
    expect(textWidthPx(out.text, 'title')).toBeLessThanOrEqual(600);
  });

  it('cuts 40 ideographs (800px) to at most 600px without a space before the ellipsis', () => {
    const title = '日本製メリノウール'.repeat(5).slice(0, 40);
    expect(textWidthPx(title, 'title')).toBe(800);
    const out = truncateToPx(title, 600, 'title');
    expect(out.truncated).toBe(true);
    expect(textWidthPx(out.text, 'title')).toBeLessThanOrEqual(600);
    expect(out.text).toBe(title.slice(0, 29) + '…');
  });

  it('cuts a single over-long word mid-word, and leaves fitting text alone', () => {
    const out = truncateToPx('Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2), 300, 'title');
    expect(out.text).toMatch(/^Pneumono\S+…$/u);
    expect(truncateToPx('Short title', 600, 'title')).toEqual({ text: 'Short title', truncated: false });
    expect(truncateToPx('Anything', 5, 'title')).toEqual({ text: '', truncated: true });
  });

  it('never splits an emoji grapheme or a base letter from its mark', () => {
    const out = truncateToPx('👍🏽'.repeat(40), 300, 'title');
    expect(out.text).toMatch(/^(?:👍🏽)+…$/u);
    const accents = truncateToPx('e\u0301'.repeat(100), 200, 'title');
    expect(accents.text).toMatch(/^(?:e\u0301)+…$/u);
  });

  it('property: fits, is a prefix of the input, and stays well-formed', () => {
    fc.assert(
      fc.property(
        mixedText,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('title' as const, 'description' as const),
        (text, maxPx, font) => {
          const out = truncateToPx(text, maxPx, font);
          if (!out.truncated) {
            expect(out.text).toBe(text);
            return;
          }
          expect(textWidthPx(out.text, font)).toBeLessThanOrEqual(maxPx);
          expect(text.startsWith(withoutEllipsis(out.text))).toBe(true);
          expect(out.text.isWellFormed()).toBe(true);
          // The cut lands on a grapheme boundary of the input.
          const kept = withoutEllipsis(out.text);
          const boundaries = new Set(
            [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index),
          );
          expect(kept.length === 0 || boundaries.has(kept.length) || kept.length === text.length).toBe(true);
        },
      ),
    );
  });
});

describe('serpPreview', () => {
  it('renders a Google-style breadcrumb with decoded segments and no query', () => {
    expect(breadcrumbUrl('https://example.com/de-de/products/%C3%BCber-pullover?variant=1#top')).toBe(
      'example.com › de-de › products › über-pullover',
    );
    expect(breadcrumbUrl('https://user@Shop.Example:8443/ja-jp/products/%E3%83%A1%E3%83%AA%E3%83%8E')).toBe(
      'shop.example › ja-jp › products › メリノ',
    );
    expect(breadcrumbUrl('https://example.com/bad/%E0%A4%A')).toBe('example.com › bad › %E0%A4%A');
    expect(breadcrumbUrl('https://example.com/')).toBe('example.com');
  });

  it('truncates against the device limits and collapses whitespace', () => {
    const input = {
      title: 'Merino   Wool Crew Neck Sweater for Men and Women – Free Shipping',
      description: 'Soft. '.repeat(30),
      url: 'https://example.com/products/x',
    };
    const desktop = serpPreview(input, 'desktop');
    const mobile = serpPreview(input, 'mobile');
    expect(desktop.title.startsWith('Merino Wool Crew')).toBe(true);
    expect(textWidthPx(mobile.title, 'title')).toBeLessThanOrEqual(SERP_LIMITS.mobile.titlePx);
    expect(mobile.titleTruncated).toBe(true);
    expect(desktop.descriptionTruncated && mobile.descriptionTruncated).toBe(true);
    expect(mobile.description.length).toBeLessThan(desktop.description.length);
    expect(desktop.breadcrumbUrl).toBe('example.com › products › x');
  });
});
