import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { parseCsvRecords, toCsv } from '#app/lib/csv.ts';
import { catalogSeoIds } from '#app/modules/catalog/seo-source.server.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { pageIds } from '#app/modules/pages/pages.server.ts';
import type { ExchangeFile } from '#app/modules/seo/core/exchange.ts';
import {
  resourceOfGid,
  SEO_RESOURCE_TYPES,
  type SeoField,
  type SeoResourceType,
} from '#app/modules/seo/core/fields.ts';
import { parseTranslationCsv, toTranslationCsv } from '#app/modules/seo/core/translation-csv.ts';
import { parseXliff, toXliff } from '#app/modules/seo/core/xliff.ts';
import {
  exportExchange,
  importExchange,
  parseExchangeUpload,
  parseExportParams,
} from '#app/modules/seo/exchange.server.ts';
import { findRedirect } from '#app/modules/seo/redirects.server.ts';
import { revisionsOfBatch } from '#app/modules/seo/revisions.server.ts';
import { applySeoChanges, seoValues } from '#app/modules/seo/seo-fields.server.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import { resourceIdBatches } from '#app/modules/seo/resource-ids.server.ts';
import { createStaff } from '#app/modules/staff/staff.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import * as exportRoute from '#app/routes/app.seo.exchange.export.tsx';
import * as pageRoute from '#app/routes/app.seo.exchange.tsx';
import { installTestAdminAuth } from '#tests/support/admin-requests.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let config: MarketConfig;
beforeAll(async () => {
  db = await createTestDb('seeded');
  config = await freshMarketConfig(db.db);
});
afterAll(async () => db?.close());

/** Every SEO unit's value in a language, of every resource (empty sources included): unit id → value. */
async function snapshot(language: string): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const allIds = async (type: 'blog' | 'article') => {
    const out: number[] = [];
    for await (const batch of resourceIdBatches(db.db, type, 500)) out.push(...batch);
    return out;
  };
  for (const type of SEO_RESOURCE_TYPES) {
    const ids =
      type === 'home'
        ? [1]
        : type === 'page'
          ? await pageIds(db.db)
          : type === 'blog' || type === 'article'
            ? await allIds(type)
            : await catalogSeoIds(db.db, type, { limit: 100_000 });
    const subjects = await loadSubjects(db.db, type, ids);
    const values = await seoValues(db.db, subjects, [language], config.shopLanguage);
    for (const s of subjects)
      for (const v of values.get(s.gid)!.get(language)!) out.set(`${v.unitGid}#${v.field}`, v.value);
  }
  return out;
}

function diff(
  before: Map<string, string | null>,
  after: Map<string, string | null>,
): Record<string, string | null> {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return Object.fromEntries([...after].filter(([k, v]) => before.get(k) !== v));
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a translator's tool does: sets one unit's <target> in the XLIFF text. */
function editXliff(xml: string, id: string, value: string): string {
  const start = xml.indexOf(`name="${id}"`);
  expect(start, id).toBeGreaterThan(0);
  const end = xml.indexOf('</unit>', start);
  const unit = xml.slice(start, end);
  const edited = /<target[^>]*>[\s\S]*?<\/target>/.test(unit)
    ? unit.replace(/<target[^>]*>[\s\S]*?<\/target>/, `<target>${xmlText(value)}</target>`)
    : unit.replace('</segment>', `<target>${xmlText(value)}</target></segment>`);
  return xml.slice(0, start) + edited + xml.slice(end);
}

/** What a spreadsheet does: sets the target cell of one row and saves the whole file again. */
function editCsv(csv: string, edits: Record<string, string>): string {
  const rows = parseCsvRecords(csv).records.map((r) => r.cells);
  for (const [id, value] of Object.entries(edits)) {
    const row = rows.find((r) => `${r[0]}#${r[1]}` === id);
    expect(row, id).toBeDefined();
    row![5] = value;
  }
  return `\uFEFF${toCsv(rows)}`;
}

async function upload(name: string, text: string, language: string, staffId: number | null = null) {
  const parsed = parseExchangeUpload(name, new TextEncoder().encode(text), {
    source: config.shopLanguage,
    target: language,
  });
  if (!parsed.ok) return parsed;
  return importExchange(db.db, config, parsed.file, { language, staffId });
}

async function setSource(type: SeoResourceType, id: number, unitGid: string, field: SeoField, value: string) {
  const r = await applySeoChanges(
    db.db,
    [{ type, id, unitGid, field, language: config.shopLanguage, value }],
    { origin: 'edit', config },
  );
  expect(r).toMatchObject({ ok: true, changed: 1 });
}

describe('translator exchange', () => {
  it('XLIFF round trip: export German, edit three targets, import: exactly those three change, with revisions and a 301', async () => {
    const [productId] = await catalogSeoIds(db.db, 'product', { limit: 1 });
    const productGid = `gid://shopify/Product/${productId}`;
    // The demo store sets no SEO title of its own; a unit with no source is not exported.
    await setSource('product', productId!, productGid, 'meta_title', 'Merino crew sweater | Meridian');

    const before = await snapshot('de');
    const file = await exportExchange(db.db, config, { language: 'de' });
    expect(file.units.every((u) => u.source.trim() !== '')).toBe(true);
    const title = file.units.find((u) => u.id === `${productGid}#meta_title`)!;
    expect(title).toMatchObject({ source: 'Merino crew sweater | Meridian', target: null, maxLength: 255 });
    expect(title.note).toContain('meta_title');
    const handle = file.units.find((u) => u.id === `${productGid}#handle`)!;
    const alt = file.units.find(
      (u) => u.resourceGid.startsWith('gid://shopify/ProductImage/') && u.field === 'alt',
    )!;
    const oldHandle = handle.target ?? handle.source;

    let xml = toXliff(file);
    xml = editXliff(xml, title.id, 'Merino-Rundhalspullover | Meridian');
    xml = editXliff(xml, handle.id, 'merino-rundhalspullover-neu');
    xml = editXliff(xml, alt.id, 'Pullover aus Merinowolle, flach gelegt');
    const result = await upload('meridian-seo-de.xlf', xml, 'de', null);
    expect(result).toMatchObject({ ok: true, changed: 3 });
    if (!result.ok) return;
    // Every other unit the file carries a target for came back as it was.
    const targeted = new Set([
      ...file.units.filter((u) => u.target != null).map((u) => u.id),
      title.id,
      handle.id,
      alt.id,
    ]);
    expect(result.unchanged).toBe(targeted.size - 3);

    expect(diff(before, await snapshot('de'))).toEqual({
      [title.id]: 'Merino-Rundhalspullover | Meridian',
      [handle.id]: 'merino-rundhalspullover-neu',
      [alt.id]: 'Pullover aus Merinowolle, flach gelegt',
    });
    const revisions = await revisionsOfBatch(db.db, result.batch);
    expect(revisions.map((r) => `${r.resourceGid}#${r.field}`).sort()).toEqual(
      [title.id, handle.id, alt.id].sort(),
    );
    expect(revisions.every((r) => r.origin === 'import' && r.locale === 'de')).toBe(true);
    expect(await findRedirect(db.db, 'de-DE', `/products/${oldHandle}`)).toBe(
      '/products/merino-rundhalspullover-neu',
    );

    // The same file again changes nothing.
    const again = await upload(
      'meridian-seo-de.xlf',
      toXliff(await exportExchange(db.db, config, { language: 'de' })),
      'de',
    );
    expect(again).toMatchObject({ ok: true, changed: 0 });
  });

  it('reports every problem of a file (unknown unit, outdated source, too long) and applies nothing, not even the good edit', async () => {
    const file = await exportExchange(db.db, config, { language: 'de', types: ['product'] });
    const descriptions = file.units.filter((u) => u.field === 'meta_description');
    const [good, outdated, long] = descriptions;
    const outdatedOwner = resourceOfGid(outdated!.resourceGid)!;
    // The source changes after the export: the translator translated an old text.
    await setSource(
      outdatedOwner.type,
      outdatedOwner.id,
      outdated!.resourceGid,
      'meta_description',
      `${outdated!.source} Now in six colours.`,
    );
    const before = await snapshot('de');

    const edited: ExchangeFile = {
      ...file,
      units: [
        ...file.units.map((u) =>
          u.id === good!.id
            ? { ...u, target: 'Eine gute neue Beschreibung.' }
            : u.id === outdated!.id
              ? { ...u, target: 'Übersetzung eines alten Textes.' }
              : u.id === long!.id
                ? { ...u, target: 'x'.repeat(321) }
                : u,
        ),
        {
          id: 'gid://shopify/Product/987654#meta_title',
          resourceGid: 'gid://shopify/Product/987654',
          field: 'meta_title',
          source: 'Gone',
          sourceDigest: good!.sourceDigest,
          target: 'Weg',
        },
      ],
    };
    const result = await upload('meridian-seo-de.xlf', toXliff(edited), 'de');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.unitId, p.code]).sort()).toEqual(
      [
        ['gid://shopify/Product/987654#meta_title', 'unknownUnit'],
        [outdated!.id, 'outdatedSource'],
        [long!.id, 'tooLong'],
      ].sort(),
    );
    expect(result.problems.find((p) => p.code === 'tooLong')).toMatchObject({
      params: { maxLength: 320, length: 321 },
    });
    expect(result.problems.every((p) => typeof p.line === 'number')).toBe(true);
    expect(diff(before, await snapshot('de'))).toEqual({});
  });

  it('CSV round trip for Japanese changes exactly the edited units', async () => {
    const before = await snapshot('ja');
    const file = await exportExchange(db.db, config, { language: 'ja' });
    const [collectionId] = await catalogSeoIds(db.db, 'collection', { limit: 1 });
    const description = file.units.find(
      (u) => u.id === `gid://shopify/Collection/${collectionId}#meta_description`,
    )!;
    const handle = file.units.find(
      (u) => u.resourceGid.startsWith('gid://shopify/Product/') && u.field === 'handle',
    )!;
    const alt = file.units.find(
      (u) => u.resourceGid === `gid://shopify/Collection/${collectionId}` && u.field === 'alt',
    )!;
    const oldHandle = handle.target ?? handle.source;
    const edits = {
      [description.id]: '新しいコレクションの説明、"引用符"付き。',
      [handle.id]: 'メリノ-セーター',
      [alt.id]: 'コレクション画像',
    };

    const result = await upload('meridian-seo-ja.csv', editCsv(toTranslationCsv(file), edits), 'ja');
    expect(result).toMatchObject({ ok: true, changed: 3 });
    expect(diff(before, await snapshot('ja'))).toEqual(edits);
    const target = await findRedirect(db.db, 'ja-JP', `/products/${oldHandle}`);
    expect(decodeURIComponent(target ?? '')).toBe('/products/メリノ-セーター');
  });

  it('imports hostile values as plain text and reads them back exactly, in both formats', async () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      'Say "hi" & \'bye\' --> <!-- ]]> <![CDATA[',
      'Abc \u202Edcba\u202C, tab\there',
      '=HYPERLINK("http://evil.example","x"),+1,-1,@SUM(A1)',
    ];
    const file = await exportExchange(db.db, config, { language: 'de', types: ['product'] });
    const units = file.units.filter((u) => u.field === 'meta_description').slice(3, 3 + hostile.length);
    const xliff: ExchangeFile = {
      ...file,
      units: file.units.map((u) => {
        const i = units.indexOf(u);
        return i >= 0 ? { ...u, target: hostile[i]! } : u;
      }),
    };
    expect(await upload('hostile.xlf', toXliff(xliff), 'de')).toMatchObject({
      ok: true,
      changed: hostile.length,
    });
    let after = await snapshot('de');
    expect(units.map((u) => after.get(u.id))).toEqual(hostile);

    const reversed = [...hostile].reverse();
    const csv = editCsv(
      toTranslationCsv(await exportExchange(db.db, config, { language: 'de', types: ['product'] })),
      Object.fromEntries(units.map((u, i) => [u.id, reversed[i]!])),
    );
    expect(await upload('hostile.csv', csv, 'de')).toMatchObject({ ok: true, changed: hostile.length });
    after = await snapshot('de');
    expect(units.map((u) => after.get(u.id))).toEqual(reversed);
    // And they export back unchanged.
    const reexported = await exportExchange(db.db, config, { language: 'de', types: ['product'] });
    expect(units.map((u) => reexported.units.find((x) => x.id === u.id)!.target)).toEqual(reversed);
    // In the CSV a spreadsheet opens, the formula is text (OWASP's apostrophe), and imports back without it.
    const text = toTranslationCsv(reexported);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example""`);
    expect(text).not.toContain(`"=HYPERLINK(`);
    expect(await upload('again.csv', text, 'de')).toMatchObject({ ok: true, changed: 0 });
  });

  it('refuses the source language, a non-shop language and a wrong XLIFF target language', async () => {
    const file = await exportExchange(db.db, config, { language: 'de', types: ['home'] });
    expect(await importExchange(db.db, config, file, { language: 'en' })).toMatchObject({
      ok: false,
      problems: [{ code: 'sourceLanguage' }],
    });
    expect(await importExchange(db.db, config, file, { language: 'pt' })).toMatchObject({
      ok: false,
      problems: [{ code: 'unknownLanguage' }],
    });
    expect(await upload('x.xlf', toXliff(file), 'fr')).toMatchObject({
      ok: false,
      problems: [{ code: 'wrongLanguage', params: { expected: 'fr', actual: 'de' } }],
    });
    expect(await upload('x.txt', 'hello', 'de')).toMatchObject({
      ok: false,
      problems: [{ code: 'unsupportedFormat' }],
    });
    const latin1 = parseExchangeUpload('x.csv', new Uint8Array([0x69, 0x64, 0xe9]), {
      source: 'en',
      target: 'de',
    });
    expect(latin1).toMatchObject({ ok: false, problems: [{ code: 'notUtf8' }] });
  });

  it('parses export parameters and names every bad one', () => {
    const langs = ['de', 'ja'];
    const q = (s: string) => parseExportParams(new URLSearchParams(s), langs);
    expect(q('language=de')).toEqual({
      ok: true,
      value: { language: 'de', format: 'xliff', types: [...SEO_RESOURCE_TYPES], onlyUntranslated: false },
    });
    expect(q('language=ja&format=csv&types=product,collection&untranslated=1')).toEqual({
      ok: true,
      value: { language: 'ja', format: 'csv', types: ['product', 'collection'], onlyUntranslated: true },
    });
    expect(q('')).toMatchObject({ ok: false, error: 'languageRequired' });
    expect(q('language=en')).toMatchObject({ ok: false, error: 'badLanguage' });
    expect(q('language=de&format=docx')).toMatchObject({ ok: false, error: 'badFormat' });
    expect(q('language=de&types=product,recipe')).toMatchObject({
      ok: false,
      error: 'badTypes',
      params: { type: 'recipe' },
    });
    expect(q('language=de&types=')).toMatchObject({ ok: false, error: 'badTypes' });
    expect(q('language=de&untranslated=yes')).toMatchObject({ ok: false, error: 'badUntranslated' });
  });

  it('only-untranslated export leaves out current translations and keeps missing and outdated ones', async () => {
    const all = await exportExchange(db.db, config, { language: 'de' });
    const open = await exportExchange(db.db, config, { language: 'de', onlyUntranslated: true });
    expect(open.units.length).toBeLessThan(all.units.length);
    const values = await snapshot('de');
    // Every unit left out has a translation; the outdated one from the all-or-nothing test is kept.
    for (const u of all.units.filter((x) => !open.units.some((o) => o.id === x.id)))
      expect(values.get(u.id)).not.toBeNull();
    expect(open.units.some((u) => u.target != null)).toBe(true);
  });
});

describe('exchange routes', () => {
  let cookie = '';
  let csrf = '';
  beforeAll(async () => {
    const auth = installTestAdminAuth(db.db);
    const staff = await createStaff(db.db, { email: 'seo@shop.test', name: 'Sam', role: 'owner' });
    cookie = (await auth.signIn(staff.id)).split(';')[0]!;
    csrf = (await auth.authenticate(new Request('http://shop.test/app', { headers: { cookie } })))!.csrfToken;
  });
  afterAll(() => setAdminAuth(undefined));
  const args = (request: Request) => ({ request, params: {}, context: {} }) as never;

  it('downloads XLIFF and CSV as attachments and answers 400 with a message to bad parameters', async () => {
    const get = (q: string) =>
      exportRoute.loader(
        args(new Request(`http://shop.test/app/seo/exchange/export?${q}`, { headers: { cookie } })),
      );
    const xliff = await get('language=de&types=collection');
    expect(xliff.status).toBe(200);
    expect(xliff.headers.get('Content-Type')).toMatch(/^application\/xliff\+xml/);
    expect(xliff.headers.get('Content-Disposition')).toBe('attachment; filename="meridian-seo-de.xlf"');
    // The download streams batch by batch; it holds exactly the units of the in-memory export.
    const key = (f: ExchangeFile) => f.units.map((u) => [u.id, u.sourceDigest, u.source, u.target]);
    const streamed = parseXliff(await xliff.text());
    if (!streamed.ok) throw new Error('streamed XLIFF does not parse');
    expect(streamed.file.targetLanguage).toBe('de');
    expect(key(streamed.file)).toEqual(
      key(await exportExchange(db.db, config, { language: 'de', types: ['collection'] })),
    );
    const csv = await get('language=ja&format=csv&untranslated=1');
    expect([csv.headers.get('Content-Type'), csv.headers.get('Content-Disposition')]).toEqual([
      'text/csv; charset=utf-8',
      'attachment; filename="meridian-seo-ja.csv"',
    ]);
    const csvFile = parseTranslationCsv(await csv.text(), { source: 'en', target: 'ja' });
    if (!csvFile.ok) throw new Error('streamed CSV does not parse');
    expect(key(csvFile.file).map(([id, digest]) => [id, digest])).toEqual(
      key(await exportExchange(db.db, config, { language: 'ja', onlyUntranslated: true })).map(
        ([id, digest]) => [id, digest],
      ),
    );
    const bad = await get('language=en');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('“en” is not a translation language');
  });

  it('imports an uploaded file, and refuses one over 10 MB before reading it', async () => {
    const file = await exportExchange(db.db, config, { language: 'fr', types: ['home'] });
    const unit = file.units.find((u) => u.field === 'meta_description')!;
    const body = new FormData();
    body.set('csrf', csrf);
    body.set('language', 'fr');
    body.set(
      'file',
      new File(
        [editXliff(toXliff(file), unit.id, 'Boutique de démonstration Meridian.')],
        'meridian-seo-fr.xlf',
      ),
    );
    const ok = (await pageRoute.action(
      args(new Request('http://shop.test/app/seo/exchange', { method: 'POST', body, headers: { cookie } })),
    )) as unknown as { data: unknown };
    expect(ok.data).toMatchObject({ ok: true, changed: 1 });
    const big = (await pageRoute.action(
      args(
        new Request('http://shop.test/app/seo/exchange', {
          method: 'POST',
          body: 'x',
          headers: { cookie, 'content-length': String(11 * 1024 * 1024) },
        }),
      ),
    )) as unknown as { data: unknown; init: { status: number } };
    expect([big.init.status, big.data]).toEqual([
      413,
      {
        ok: false,
        intent: 'import',
        errors: { file: 'fileTooLarge' },
        problems: [{ unitId: null, code: 'fileTooLarge', params: { maxMb: 10 } }],
      },
    ]);
  });
});
