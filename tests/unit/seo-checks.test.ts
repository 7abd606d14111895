import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSeo, containsKeyword, isValidHandle, slugify } from '#app/modules/seo/core/seo-checks.ts';

const codes = (input: Parameters<typeof checkSeo>[0]) => checkSeo(input).map((w) => w.code);
const good = {
  locale: 'en',
  title: 'Merino Wool Crew Neck Sweater – Meridian Store',
  description: 'A soft merino wool crew neck sweater, knitted in Portugal. Free returns within 30 days.',
  handle: 'merino-wool-crew-neck-sweater',
  focusKeyword: 'merino wool',
  imageAlts: ['Front view'],
};

describe('keyword matching', () => {
  it('matches whole words in German, not parts of compounds', () => {
    expect(containsKeyword('Pullover aus Merinowolle', 'Merino', 'de')).toBe(false);
    expect(containsKeyword('Merino Pullover', 'merino', 'de')).toBe(true);
    expect(containsKeyword('Pullover aus Merino-Wolle', 'merino wolle', 'de-DE')).toBe(true);
  });

  it('matches substrings in Japanese and Chinese, with width folding', () => {
    expect(containsKeyword('メリノウールのセーター', 'メリノ', 'ja')).toBe(true);
    expect(containsKeyword('ﾒﾘﾉウールのセーター', 'メリノ', 'ja-JP')).toBe(true); // halfwidth kana, NFKC
    expect(containsKeyword('美利奴羊毛衫', '羊毛', 'zh-CN')).toBe(true);
    expect(containsKeyword('カシミヤのセーター', 'メリノ', 'ja')).toBe(false);
  });

  it('lowercases by locale', () => {
    expect(containsKeyword('İSTANBUL KAZAĞI', 'istanbul', 'tr')).toBe(true);
    expect(containsKeyword('ＭＥＲＩＮＯ Pullover', 'merino', 'not a locale!')).toBe(true);
  });
});

describe('handles', () => {
  it('accepts localized handles and refuses malformed ones', () => {
    for (const h of ['pullover-aus-merino', 'メリノセーター', 'قميص-صوف', 'a', '2-pack'])
      expect(isValidHandle(h)).toBe(true);
    for (const h of [
      '',
      'Pullover',
      '-a',
      'a-',
      'a--b',
      'a/b',
      'a?b',
      'a#b',
      'a%20b',
      'a b',
      'x'.repeat(256),
      'ｍｅｒｉｎｏ',
    ])
      expect(isValidHandle(h)).toBe(false);
  });

  it('slugifies: strips Latin diacritics only, keeps CJK and Arabic letters', () => {
    expect(slugify('Über Pullover!', 'de')).toBe('uber-pullover');
    expect(slugify('Men’s T-Shirt — 2 Pack', 'en')).toBe('mens-t-shirt-2-pack');
    expect(slugify('Straße', 'de')).toBe('strasse');
    expect(slugify('メリノ セーター', 'ja')).toBe('メリノ-セーター');
    expect(slugify('قميص صوف', 'ar')).toBe('قميص-صوف');
    expect(slugify('हिंदी', 'hi')).toBe('हिंदी'); // Devanagari marks are part of the letters
    expect(slugify('!!!', 'en')).toBe('');
  });

  it('property: slugify yields a valid handle or nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('en', 'de', 'tr', 'ja', 'ar'),
        (text, locale) => {
          const slug = slugify(text, locale);
          expect(slug === '' || isValidHandle(slug)).toBe(true);
        },
      ),
    );
  });
});

describe('checkSeo', () => {
  it('passes good content', () => {
    expect(checkSeo(good)).toEqual([]);
  });

  it('reports missing, short and long fields', () => {
    expect(codes({ ...good, title: null, description: '  ' })).toEqual([
      'titleMissing',
      'descriptionMissing',
    ]);
    expect(codes({ ...good, title: 'Merino wool', description: 'Merino wool sweater.' })).toEqual([
      'titleTooShort',
      'descriptionTooShort',
    ]);
    const long = checkSeo({
      ...good,
      title: `Merino wool ${'W'.repeat(50)}`,
      description: `Merino wool ${'x'.repeat(160)}`,
    });
    expect(long.map((w) => w.code)).toEqual(['titleTooLong', 'descriptionTooLong']);
    expect(long[0]!.params).toMatchObject({ maxPx: 600 });
  });

  it('measures CJK titles by width, not code units', () => {
    const title = 'メリノウールのクルーネックセーター｜メリディアン公式オンラインストア'; // 34 ideographs, 680px
    expect(codes({ ...good, locale: 'ja', title, focusKeyword: null })).toContain('titleTooLong');
  });

  it('reports focus keyword, handle and alt problems', () => {
    const warnings = checkSeo({
      ...good,
      locale: 'de',
      title: 'Pullover aus Merinowolle – Meridian Store',
      description: 'Ein weicher Pullover aus feiner Merinowolle, gestrickt in Portugal.',
      handle: 'pullover-aus-merinowolle',
      focusKeyword: 'Merino',
      imageAlts: [null, 'Vorderseite', ' '],
    });
    expect(warnings.map((w) => w.code)).toEqual([
      'descriptionTooShort',
      'focusKeywordMissingInTitle',
      'focusKeywordMissingInDescription',
      'focusKeywordMissingInHandle',
      'altMissing',
    ]);
    expect(warnings.at(-1)).toEqual({ field: 'alt', code: 'altMissing', params: { count: 2, total: 3 } });
    expect(codes({ ...good, handle: 'Merino Wool' })).toContain('handleInvalid');
    expect(
      codes({ ...good, handle: 'über-merino-wool-pullover', focusKeyword: 'Merino Wool' }),
    ).not.toContain('focusKeywordMissingInHandle');
    expect(
      codes({
        ...good,
        locale: 'ja',
        title: 'メリノウールのセーター｜メリディアン',
        handle: 'メリノウールのセーター',
        focusKeyword: 'メリノ',
      }),
    ).not.toContain('focusKeywordMissingInHandle');
  });
});
