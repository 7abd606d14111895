import { describe, expect, it } from 'vitest';
import { splitUnitId, validateImport, type ExchangeUnit } from '#app/modules/seo/core/exchange.ts';

const P12 = 'gid://shopify/Product/12';
const unit = (field: string, target: string | null, extra: Partial<ExchangeUnit> = {}): ExchangeUnit => ({
  id: `${P12}#${field}`,
  resourceGid: P12,
  field,
  source: `source ${field}`,
  sourceDigest: `d-${field}`,
  target,
  ...extra,
});
const known = new Map([
  [`${P12}#meta_title`, { sourceDigest: 'd-meta_title', maxLength: 10 }],
  [`${P12}#meta_description`, { sourceDigest: 'd-meta_description', maxLength: 160 }],
  [`${P12}#handle`, { sourceDigest: 'd-handle', maxLength: 255 }],
  ['gid://shopify/ProductImage/7#alt', { sourceDigest: 'd-alt', maxLength: 512 }],
]);
const expected = { targetLanguage: 'de', known };
const file = (units: ExchangeUnit[], targetLanguage = 'de') => ({
  sourceLanguage: 'en',
  targetLanguage,
  units,
});

describe('splitUnitId', () => {
  it('splits at the last #', () => {
    expect(splitUnitId('gid://shopify/ProductImage/7#alt')).toEqual({
      resourceGid: 'gid://shopify/ProductImage/7',
      field: 'alt',
    });
    expect(splitUnitId('gid://shopify/Product/1?x=#y#meta_title')).toEqual({
      resourceGid: 'gid://shopify/Product/1?x=#y',
      field: 'meta_title',
    });
  });
  it('rejects ids without both parts', () => {
    for (const id of ['', 'gid://shopify/Product/1', '#alt', 'gid://shopify/Product/1#'])
      expect(splitUnitId(id)).toBeNull();
  });
});

describe('validateImport', () => {
  it('reports every problem at once', () => {
    const r = validateImport(
      file([
        unit('title', 'Titel'),
        unit('meta_description', 'Beschreibung', { sourceDigest: 'stale' }),
        unit('meta_title', 'Viel zu langer Titel'),
        unit('handle', 'Merino Pullover'),
      ]),
      expected,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { unitId: `${P12}#title`, code: 'unknownUnit' },
        { unitId: `${P12}#meta_description`, code: 'outdatedSource' },
        { unitId: `${P12}#meta_title`, code: 'tooLong', params: { maxLength: 10, length: 20 } },
        { unitId: `${P12}#handle`, code: 'invalidHandle' },
      ],
    });
  });

  it('returns every non-null target of a clean file, with newlines normalised', () => {
    const r = validateImport(
      file([
        unit('meta_title', 'Pullover'),
        unit('meta_description', 'Zeile 1\r\nZeile 2\rZeile 3'),
        unit('handle', null),
        {
          ...unit('alt', 'Ein Pullover'),
          id: 'gid://shopify/ProductImage/7#alt',
          resourceGid: 'gid://shopify/ProductImage/7',
        },
      ]),
      expected,
    );
    expect(r).toEqual({
      ok: true,
      changes: [
        { id: `${P12}#meta_title`, resourceGid: P12, field: 'meta_title', value: 'Pullover' },
        {
          id: `${P12}#meta_description`,
          resourceGid: P12,
          field: 'meta_description',
          value: 'Zeile 1\nZeile 2\nZeile 3',
        },
        {
          id: 'gid://shopify/ProductImage/7#alt',
          resourceGid: 'gid://shopify/ProductImage/7',
          field: 'alt',
          value: 'Ein Pullover',
        },
      ],
    });
  });

  it('skips units without a target, even unknown or outdated ones', () => {
    expect(
      validateImport(
        file([unit('title', null), unit('meta_title', null, { sourceDigest: 'stale' })]),
        expected,
      ),
    ).toEqual({ ok: true, changes: [] });
  });

  it('checks the target language case-insensitively', () => {
    expect(validateImport(file([], 'DE'), expected).ok).toBe(true);
    expect(validateImport(file([unit('meta_title', 'x')], 'fr'), expected)).toEqual({
      ok: false,
      problems: [{ unitId: null, code: 'wrongLanguage', params: { expected: 'de', actual: 'fr' } }],
    });
  });

  it('reports duplicates with the first line, empty targets and control characters', () => {
    const r = validateImport(
      file([
        unit('meta_title', 'Eins', { line: 2 }),
        unit('meta_title', 'Zwei', { line: 5 }),
        unit('meta_description', '  \n ', { line: 6 }),
        unit('handle', 'a\u0007b', { line: 7 }),
        unit('alt', 'x', {
          id: 'gid://shopify/ProductImage/7#alt',
          resourceGid: 'gid://shopify/ProductImage/7',
          line: 8,
        }),
      ]),
      expected,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { unitId: `${P12}#meta_title`, line: 5, code: 'duplicateUnit', params: { firstLine: 2 } },
        { unitId: `${P12}#meta_description`, line: 6, code: 'emptyTarget' },
        { unitId: `${P12}#handle`, line: 7, code: 'controlCharacters', params: { codePoint: 'U+0007' } },
        { unitId: `${P12}#handle`, line: 7, code: 'invalidHandle' },
      ],
    });
  });

  it('allows tabs and newlines but not NUL, other C0 controls, DEL or C1', () => {
    expect(validateImport(file([unit('meta_description', 'a\tb\nc')]), expected).ok).toBe(true);
    for (const bad of ['a\u0000', '\u001Fb', 'a\u000Bb', 'a\u007F', 'a\u0085'])
      expect(validateImport(file([unit('meta_description', bad)]), expected).ok).toBe(false);
  });

  it('counts length in code points', () => {
    expect(validateImport(file([unit('meta_title', '😀'.repeat(10))]), expected).ok).toBe(true);
    expect(validateImport(file([unit('meta_title', '😀'.repeat(11))]), expected).ok).toBe(false);
  });

  it('accepts lowercase handles of any script, with single hyphens', () => {
    for (const ok of ['merino-crew-sweater', 'pullover-für-herren', 'セーター', 'свитер-2', 'سترة', 'a1']) {
      expect(validateImport(file([unit('handle', ok)]), expected), ok).toMatchObject({ ok: true });
    }
    for (const bad of ['Merino', 'a--b', '-a', 'a-', 'a b', 'a_b', 'a/b', 'a.b']) {
      expect(validateImport(file([unit('handle', bad)]), expected), bad).toMatchObject({
        ok: false,
        problems: [{ code: 'invalidHandle' }],
      });
    }
  });
});
