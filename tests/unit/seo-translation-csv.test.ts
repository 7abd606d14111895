import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, toCsv } from '#app/lib/csv.ts';
import type { ExchangeFile, ExchangeUnit } from '#app/modules/seo/core/exchange.ts';
import { parseTranslationCsv, toTranslationCsv } from '#app/modules/seo/core/translation-csv.ts';

const P12 = 'gid://shopify/Product/12';
const languages = { source: 'en', target: 'de' };
const HEADER = 'id,field,source_digest,max_length,source,target';
const sample: ExchangeFile = {
  sourceLanguage: 'en',
  targetLanguage: 'de',
  units: [
    {
      id: `${P12}#meta_title`,
      resourceGid: P12,
      field: 'meta_title',
      source: 'Merino, "crew"',
      sourceDigest: 'd1',
      target: '=Merino-Pullover',
      maxLength: 70,
    },
    {
      id: `${P12}#meta_description`,
      resourceGid: P12,
      field: 'meta_description',
      source: 'Line 1\nLine 2',
      sourceDigest: 'd2',
      target: null,
    },
  ],
};

describe('toTranslationCsv', () => {
  it('writes a BOM, the header and one row per unit, a translated formula neutralised', () => {
    expect(toTranslationCsv(sample)).toBe(
      `\uFEFF${HEADER}\r\n` +
        `${P12},meta_title,d1,70,"Merino, ""crew""",'=Merino-Pullover\r\n` +
        `${P12},meta_description,d2,,"Line 1\nLine 2",\r\n`,
    );
  });
});

const text = fc.string({ unit: 'binary' });
const unitArb: fc.Arbitrary<ExchangeUnit> = fc
  .record({
    n: fc.nat(),
    field: fc.constantFrom('meta_title', 'meta_description', 'handle', 'alt'),
    source: text,
    sourceDigest: text,
    target: fc.option(
      text.filter((s) => s !== ''),
      { nil: null },
    ),
    maxLength: fc.option(fc.nat(100_000), { nil: undefined }),
  })
  .map(({ n, field, maxLength, ...u }) => ({
    id: `gid://shopify/Product/${n}#${field}`,
    resourceGid: `gid://shopify/Product/${n}`,
    field,
    ...u,
    ...(maxLength != null ? { maxLength } : {}),
  }));

describe('parseTranslationCsv', () => {
  it('round-trips units exactly (a blank target means untranslated; notes are not carried)', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 6 }), (units) => {
        const r = parseTranslationCsv(
          toTranslationCsv({ sourceLanguage: 'en', targetLanguage: 'de', units }),
          languages,
        );
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.file.units.map(({ line: _line, ...u }) => u)).toEqual(units);
          expect(r.file).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'de' });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('numbers units by the line they start on, with or without a BOM', () => {
    for (const csv of [toTranslationCsv(sample), toTranslationCsv(sample).slice(1).replace(/\r\n/g, '\n')]) {
      const r = parseTranslationCsv(`${csv}${P12},handle,d3,,x,merino\n`, languages);
      expect(r.ok && r.file.units.map((u) => [u.field, u.line])).toEqual([
        ['meta_title', 2],
        ['meta_description', 3],
        ['handle', 5],
      ]);
    }
  });

  it('checks the header exactly', () => {
    for (const header of [
      'id,field,source_digest,max_length,target,source',
      'ID,Field,Source_digest,Max_length,Source,Target',
      `${HEADER},note`,
      'id;field;source_digest;max_length;source;target',
    ]) {
      expect(parseTranslationCsv(`${header}\n${P12},alt,d,,a,b\n`, languages), header).toEqual({
        ok: false,
        problems: [{ unitId: null, line: 1, code: 'badHeader' }],
      });
    }
    expect(parseTranslationCsv('', languages)).toEqual({
      ok: false,
      problems: [{ unitId: null, line: 1, code: 'badHeader' }],
    });
  });

  it('reports every bad row with its line, and an unterminated quote', () => {
    const csv = [
      HEADER,
      `${P12},alt,d,,a`,
      `${P12},,d,,a,b`,
      `${P12},alt,d,,a,b`,
      `${P12},meta#title,d,,a,b`,
      `${P12},alt,d,,"a,b`,
      'more',
    ].join('\r\n');
    expect(parseTranslationCsv(csv, languages)).toEqual({
      ok: false,
      problems: [
        { unitId: null, line: 6, code: 'unterminatedQuote' },
        { unitId: null, line: 2, code: 'badRow', params: { columns: 5 } },
        { unitId: null, line: 3, code: 'badRow', params: { columns: 6 } },
        { unitId: null, line: 5, code: 'badRow', params: { columns: 6 } },
        { unitId: null, line: 6, code: 'badRow', params: { columns: 5 } },
      ],
    });
  });

  it('keeps numeric-looking text and drops a mangled max length', () => {
    const r = parseTranslationCsv(`${HEADER}\n${P12},alt,007,70 chars,0012,1e5\n`, languages);
    expect(r.ok && r.file.units[0]).toEqual({
      id: `${P12}#alt`,
      resourceGid: P12,
      field: 'alt',
      sourceDigest: '007',
      source: '0012',
      target: '1e5',
      line: 2,
    });
  });
});

describe('CSV formula neutralising', () => {
  it('prefixes string cells that a spreadsheet would run as a formula (OWASP), never numbers', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', ' =1', '＝1', "'=1", "'x"];
    expect(toCsv([cells, [-5]])).toBe(`'=1+1,'+1,'-1,'@SUM(A1),'\tx,"'\rx",a=b, =1,'＝1,''=1,'x\r\n-5\r\n`);
  });

  it('reads back exactly what it wrote, whatever the cell starts with', () => {
    const start = fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', '＝', 'a');
    const cell = fc
      .tuple(start, start, fc.string())
      .map(([a, b, rest]) => a + b + rest)
      .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsvRecords(toCsv(rows)).records.map((r) => r.cells)).toEqual(rows);
        },
      ),
    );
  });

  it('a formula typed into a file by hand stays as typed; an apostrophe before a formula is the escape', () => {
    expect(parseCsvRecords("=1+1,'=1+1,'x\r\n").records[0]!.cells).toEqual(['=1+1', '=1+1', "'x"]);
  });
});

describe('parseCsvRecords', () => {
  it('gives each record its starting line across quoted line breaks and blank lines', () => {
    expect(parseCsvRecords('a,"b\r\nc"\r\n\r\nd\re\n"f\n\ng",h')).toEqual({
      unterminatedQuoteLine: null,
      records: [
        { line: 1, cells: ['a', 'b\r\nc'] },
        { line: 4, cells: ['d'] },
        { line: 5, cells: ['e'] },
        { line: 6, cells: ['f\n\ng', 'h'] },
      ],
    });
  });
});
