import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile, ExchangeUnit } from '#app/modules/seo/core/exchange.ts';
import { parseXliff, toXliff } from '#app/modules/seo/core/xliff.ts';

const P12 = 'gid://shopify/Product/12';
const sample: ExchangeFile = {
  sourceLanguage: 'en',
  targetLanguage: 'de',
  units: [
    {
      id: `${P12}#meta_title`,
      resourceGid: P12,
      field: 'meta_title',
      source: 'Merino crew <sweater> & "more"',
      sourceDigest: 'a'.repeat(64),
      target: 'Merino-Pullover',
      maxLength: 70,
      note: 'Product: Merino crew sweater — SEO title',
    },
    {
      id: 'gid://shopify/ProductImage/7#alt',
      resourceGid: 'gid://shopify/ProductImage/7',
      field: 'alt',
      source: '  00123\r\n',
      sourceDigest: 'b'.repeat(64),
      target: null,
    },
  ],
};
const XLIFF = 'xmlns="urn:oasis:names:tc:xliff:document:2.0"';
const doc = (units: string, root = `<xliff ${XLIFF} version="2.0" srcLang="en" trgLang="de">`) =>
  `<?xml version="1.0"?>\n${root}\n<file id="f">\n${units}\n</file>\n</xliff>`;
const withoutLines = (f: ExchangeFile) => f.units.map(({ line: _line, ...u }) => u);
const xmllint = (args: string[], xml: string) =>
  execFileSync('/usr/bin/xmllint', [...args, '-'], { input: xml, encoding: 'utf8' }).replace(/\n$/, '');

describe('toXliff', () => {
  it('writes sequential NMTOKEN ids, the unit id as name, metadata, notes, then the segment', () => {
    const xml = toXliff(sample);
    expect(xml).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="de">',
    );
    expect(xml).toContain(`<unit id="u1" name="${P12}#meta_title">`);
    expect(xml).toContain(
      `<mda:metadata><mda:metaGroup category="meridian"><mda:meta type="sourceDigest">${'a'.repeat(64)}</mda:meta><mda:meta type="maxLength">70</mda:meta></mda:metaGroup></mda:metadata>`,
    );
    expect(xml).toContain(
      '<segment state="translated"><source>Merino crew &lt;sweater&gt; &amp; "more"</source><target>Merino-Pullover</target></segment>',
    );
    expect(xml.indexOf('<mda:metadata>')).toBeLessThan(xml.indexOf('<notes>'));
    expect(xml.indexOf('<notes>')).toBeLessThan(xml.indexOf('<segment'));
    // No translation: no target; whitespace and CR survive.
    expect(xml).toContain('<unit id="u2" name="gid://shopify/ProductImage/7#alt">');
    expect(xml).toContain('<segment><source xml:space="preserve">  00123&#13;\n</source></segment>');
  });

  it('is well-formed to libxml2, which reads the same text back', () => {
    const xml = toXliff(sample);
    expect(() => xmllint(['--noout'], xml)).not.toThrow();
    expect(xmllint(['--xpath', 'string(//*[local-name()="unit"][1]//*[local-name()="source"])'], xml)).toBe(
      sample.units[0]!.source,
    );
    expect(xmllint(['--xpath', 'string(//*[local-name()="unit"][2]//*[local-name()="source"])'], xml)).toBe(
      sample.units[1]!.source,
    );
  });
});

// Anything XML 1.0 can carry, with the awkward cases made likely.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const tricky = fc.constantFrom(
  '</script>',
  ']]>',
  '&amp;',
  '&#13;',
  '&nbsp;',
  '"',
  "'",
  '<',
  '>',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '😀',
  '\u202E',
  'שלום',
  '0012',
  '<![CDATA[x]]>',
);
const text = fc
  .array(
    fc.oneof(
      tricky,
      fc.string({ unit: 'binary' }).filter((s) => XML_CHAR.test(s)),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const unitArb: fc.Arbitrary<ExchangeUnit> = fc
  .record({
    gid: fc.nat().map((n) => `gid://shopify/Product/${n}`),
    field: fc.constantFrom('meta_title', 'meta_description', 'handle', 'alt'),
    source: text,
    sourceDigest: text,
    target: fc.option(text, { nil: null }),
    maxLength: fc.option(fc.nat(100_000), { nil: undefined }),
    note: fc.option(text, { nil: undefined }),
  })
  .map(({ gid, field, maxLength, note, ...u }) => ({
    id: `${gid}#${field}`,
    resourceGid: gid,
    field,
    ...u,
    ...(maxLength != null ? { maxLength } : {}),
    ...(note != null ? { note } : {}),
  }));

describe('parseXliff', () => {
  it('round-trips any units exactly', () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { maxLength: 5 }),
        fc.constantFrom('en', 'de', 'ar', 'pt-BR'),
        (units, targetLanguage) => {
          const r = parseXliff(toXliff({ sourceLanguage: 'en', targetLanguage, units }));
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(withoutLines(r.file)).toEqual(units);
            expect(r.file).toMatchObject({ sourceLanguage: 'en', targetLanguage });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells each unit where it starts and strips a BOM', () => {
    const r = parseXliff(`\uFEFF${toXliff(sample)}`);
    expect(r.ok && r.file.units.map((u) => u.line)).toEqual([4, 9]);
  });

  it('rejects DTDs and entity declarations (XXE, billion laughs)', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<xliff/>';
    expect(parseXliff(bomb)).toEqual({
      ok: false,
      problems: [{ unitId: null, code: 'malformedXml', line: 2, params: { reason: 'DOCTYPE' } }],
    });
    expect(parseXliff('<!ENTITY x SYSTEM "file:///etc/passwd">')).toMatchObject({
      ok: false,
      problems: [{ code: 'malformedXml' }],
    });
  });

  it('reports malformed XML with its line', () => {
    expect(parseXliff('<xliff>\n<file>\n</xliff>')).toMatchObject({
      ok: false,
      problems: [{ unitId: null, code: 'malformedXml', line: 3 }],
    });
    expect(parseXliff('not xml')).toMatchObject({ ok: false, problems: [{ code: 'malformedXml', line: 1 }] });
    expect(
      parseXliff(
        doc(
          '<unit id="u1" name="gid://shopify/Product/1#alt"><segment><source>a&nbsp;b</source></segment></unit>',
        ),
      ),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'malformedXml', line: 4, params: { reason: '&nbsp' } }],
    });
    expect(
      parseXliff(
        doc(
          '<unit id="u1" name="gid://shopify/Product/1#alt"><segment><source>&#0;</source></segment></unit>',
        ),
      ),
    ).toMatchObject({ ok: false, problems: [{ code: 'malformedXml' }] });
    expect(parseXliff('<a>\u0001</a>')).toMatchObject({
      ok: false,
      problems: [{ code: 'malformedXml', params: { reason: 'U+0001' } }],
    });
  });

  it('rejects XLIFF 1.2 and other documents', () => {
    expect(
      parseXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>'),
    ).toEqual({ ok: false, problems: [{ unitId: null, code: 'notXliff2', line: 1 }] });
    expect(parseXliff('<xliff version="2.0"/>')).toMatchObject({
      ok: false,
      problems: [{ code: 'notXliff2' }],
    });
    expect(
      parseXliff(`<xliff ${XLIFF} version="2.1" srcLang="en" trgLang="fr"><file id="f"/></xliff>`),
    ).toEqual({ ok: true, file: { sourceLanguage: 'en', targetLanguage: 'fr', units: [] } });
  });

  it('reports units without a name, with inline markup or half-translated, all at once', () => {
    const r = parseXliff(
      doc(
        [
          '<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>',
          '<unit id="u2" name="gid://shopify/Product/1#meta_title"><segment><source>Hi <ph id="1"/></source><target>Hallo <pc id="2">x</pc></target></segment></unit>',
          '<unit id="u3" name="gid://shopify/Product/1#alt"><segment><source>A.</source><target>A.</target></segment><segment><source>B.</source></segment></unit>',
        ].join('\n'),
      ),
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { unitId: null, line: 4, code: 'missingUnitName' },
        {
          unitId: 'gid://shopify/Product/1#meta_title',
          line: 5,
          code: 'inlineMarkup',
          params: { element: 'ph' },
        },
        {
          unitId: 'gid://shopify/Product/1#meta_title',
          line: 5,
          code: 'inlineMarkup',
          params: { element: 'pc' },
        },
        { unitId: 'gid://shopify/Product/1#alt', line: 6, code: 'partialTarget' },
      ],
    });
  });

  it('joins segments and ignorables in order, reads groups, CDATA, character references and other prefixes', () => {
    const r = parseXliff(
      doc(`<x:group xmlns:x="urn:oasis:names:tc:xliff:document:2.0" id="g"><x:unit id="a" name="${P12}#meta_description">
      <x:notes><x:note>one</x:note><x:note>two</x:note></x:notes>
      <x:segment><x:source>Soft.</x:source><x:target>Weich.</x:target></x:segment>
      <x:ignorable><x:source> </x:source></x:ignorable>
      <x:segment><x:source><![CDATA[<Warm> & 1]]></x:source><x:target>&#x57;arm&#160;&amp; 1</x:target></x:segment>
    </x:unit></x:group>`),
    );
    expect(r).toEqual({
      ok: true,
      file: {
        sourceLanguage: 'en',
        targetLanguage: 'de',
        units: [
          {
            id: `${P12}#meta_description`,
            resourceGid: P12,
            field: 'meta_description',
            line: 4,
            note: 'one\ntwo',
            source: 'Soft. <Warm> & 1',
            sourceDigest: '',
            target: 'Weich. Warm\u00A0& 1',
          },
        ],
      },
    });
  });

  it('refuses a document nested deeper than the parser allows as malformed, not with an exception', () => {
    const depth = 150;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f">${'<group id="g">'.repeat(depth)}${'</group>'.repeat(depth)}</file></xliff>`;
    const result = parseXliff(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('malformedXml');
  });
});
