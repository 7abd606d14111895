import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { SEO_PROBLEMS } from '#app/db/seed/seo-problems.server.ts';
import { registerJobHandlers } from '#app/jobs.server.ts';
import { getJob } from '#app/modules/jobs/jobs.server.ts';
import { drainJobs } from '#app/modules/jobs/runner.server.ts';
import { catalogHandleOwner } from '#app/modules/catalog/seo-source.server.ts';
import { freshMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import {
  AUDITS_KEPT,
  auditIssues,
  enqueueSeoAudit,
  listAudits,
  runSeoAudit,
} from '#app/modules/seo/audit.server.ts';
import { resourceGid } from '#app/modules/seo/core/fields.ts';
import { applySeoChanges, type SeoChange } from '#app/modules/seo/seo-fields.server.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import { upsertTranslations } from '#app/modules/translations/translations.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
});
afterAll(async () => db?.close());

const productId = async (handle: string) => (await catalogHandleOwner(db.db, 'product', handle))!;
const productGid = async (handle: string) => resourceGid('product', await productId(handle));

/** Runs the audit for some locales; returns each locale's result and all its issues. */
async function audit(locales: string[]) {
  const results = await runSeoAudit(db.db, { locales });
  return Promise.all(
    results.map(async (r) => ({
      ...r,
      issues: (await auditIssues(db.db, r.auditId, { offset: 0, limit: 10_000 })).items,
    })),
  );
}
type Audited = Awaited<ReturnType<typeof audit>>[number];
const find = (a: Audited, gid: string, code: string) =>
  a.issues.filter((i) => i.gid === gid && i.code === code);

async function edit(changes: Omit<SeoChange, 'type'>[]) {
  const result = await applySeoChanges(
    db.db,
    changes.map((c) => ({ type: 'product', ...c })),
    { origin: 'edit', config: await freshMarketConfig(db.db) },
  );
  expect(result.ok).toBe(true);
}

describe('SEO audit of the demo store', () => {
  it('finds every seeded problem, with the right code and resource, in each locale', async () => {
    const [en, de, ja] = await audit(['en-US', 'de-DE', 'ja-JP']);
    expect([en!.locale, de!.locale, ja!.locale]).toEqual(['en-US', 'de-DE', 'ja-JP']);
    const [notebook, sketchbook] = await Promise.all(SEO_PROBLEMS.duplicateTitle.handles.map(productGid));
    const candle = await productGid(SEO_PROBLEMS.longTitle.handle);
    const plates = await productGid(SEO_PROBLEMS.noGermanDescription.handle);
    const cushion = await productGid(SEO_PROBLEMS.noAlt.handle);
    const stationery = resourceGid(
      'collection',
      (await catalogHandleOwner(db.db, 'collection', SEO_PROBLEMS.brokenLink.collection))!,
    );

    for (const a of [en!, de!, ja!]) {
      // Products, collections, pages, home, the Journal blog and its three published articles.
      expect(a.pagesChecked, a.locale).toBe(37 + 10 + 5 + 1 + 1 + 3);
      expect(a.score, a.locale).toBeLessThan(100);
      // Duplicate titles: each names the other.
      expect(
        find(a, notebook!, 'titleDuplicate').map((i) => i.detail.otherGid),
        a.locale,
      ).toEqual([sketchbook]);
      expect(
        find(a, sketchbook!, 'titleDuplicate').map((i) => i.detail.otherGid),
        a.locale,
      ).toEqual([notebook]);
      expect(find(a, candle, 'titleTooLong'), a.locale).toHaveLength(1);
      expect(
        find(a, cushion, 'altMissing').map((i) => i.detail),
        a.locale,
      ).toEqual([{ count: 1, total: 4 }]);
      // Only the link to the missing product; the link to the dot grid notebook works.
      expect(
        a.issues.filter((i) => i.code === 'brokenLink').map((i) => [i.gid, i.detail.path, i.severity]),
        a.locale,
      ).toEqual([[stationery, SEO_PROBLEMS.brokenLink.path, 'error']]);
      expect(a.counts.brokenLink).toBe(1);
    }

    // German: the duplicate is the German title; the plates show the English description.
    expect(find(de!, notebook!, 'titleDuplicate')[0]!.detail.title).toBe(SEO_PROBLEMS.duplicateTitle.de);
    expect(find(de!, plates, 'descriptionMissing')).toMatchObject([
      { severity: 'warning', detail: { reason: 'fallback' } },
    ]);
    expect(find(en!, plates, 'descriptionMissing')).toEqual([]);
    expect(find(ja!, plates, 'descriptionMissing')).toEqual([]);
    // Japanese: no SEO title translations, so the English ones show; no handle is translated.
    expect(find(ja!, candle, 'titleMissing')).toMatchObject([
      { severity: 'warning', detail: { reason: 'fallback' } },
    ]);
    // A handle no language translates is one store-wide finding, in the default locale's audit
    // (en-US), naming how many languages show the source handle. The five newest products have
    // German and French handles only: a gap in each other language's audit, none in German.
    expect(find(en!, await productGid('merino-crew-sweater'), 'handleNotLocalized')).toMatchObject([
      { severity: 'warning', detail: { reason: 'everywhere', handle: 'merino-crew-sweater', languages: 8 } },
    ]);
    const kyusu = await productGid('kyusu-teapot');
    expect(find(en!, kyusu, 'handleNotLocalized')).toEqual([]);
    expect(en!.counts.handleNotLocalized).toBe(37 - 5 + 10 + 5);
    expect(de!.counts.handleNotLocalized).toBeUndefined();
    expect(find(ja!, kyusu, 'handleNotLocalized')).toMatchObject([
      { severity: 'warning', detail: { handle: 'kyusu-teapot' } },
    ]);
    expect(ja!.counts.handleNotLocalized).toBe(5);
    // Titles are judged with the " | Aurora & Oak" the storefront appends, so a plain product name is not "too short".
    expect(en!.counts.titleTooShort).toBeUndefined();
    expect(ja!.counts.titleTooShort).toBeUndefined();
    // Every product has a name, an image and a price: its JSON-LD is complete.
    expect(en!.counts.jsonLdInvalid).toBeUndefined();

    const listed = await listAudits(db.db);
    expect(listed.map((l) => l.locale).sort()).toEqual(['de-DE', 'en-US', 'ja-JP']);
    const listedEn = listed.find((l) => l.locale === 'en-US')!;
    expect(listedEn).toMatchObject({
      score: en!.score,
      pagesChecked: 37 + 10 + 5 + 1 + 1 + 3,
      counts: en!.counts,
    });
    expect(listedEn.errors + listedEn.warnings).toBe(en!.issues.length);
    const page = await auditIssues(db.db, en!.auditId, { code: 'titleDuplicate', offset: 0, limit: 1 });
    expect(page).toMatchObject({ total: 2, items: [{ code: 'titleDuplicate' }] });
  });

  it('no longer reports a problem once it is fixed in the SEO editor', async () => {
    const [notebook, sketchbook] = await Promise.all(SEO_PROBLEMS.duplicateTitle.handles.map(productGid));
    const plates = await productId(SEO_PROBLEMS.noGermanDescription.handle);
    const [cushion] = await loadSubjects(db.db, 'product', [await productId(SEO_PROBLEMS.noAlt.handle)]);
    const sweater = await productId('merino-crew-sweater');
    const [beforeEn, beforeDe, beforeJa] = await audit(['en-US', 'de-DE', 'ja-JP']);

    await edit([
      {
        id: Number(sketchbook!.split('/').pop()),
        unitGid: sketchbook!,
        field: 'meta_title',
        language: 'en',
        value: 'Linen-Bound Sketchbook with Heavy Drawing Paper',
      },
      {
        id: Number(sketchbook!.split('/').pop()),
        unitGid: sketchbook!,
        field: 'meta_title',
        language: 'de',
        value: 'Skizzenbuch mit Leineneinband und festem Zeichenpapier',
      },
      {
        id: plates,
        unitGid: resourceGid('product', plates),
        field: 'meta_description',
        language: 'de',
        value:
          'Vier matte Steinzeugteller mit 27 cm Durchmesser, in Portugal von Hand gepresst und glasiert. Ofen- und spülmaschinenfest.',
      },
      {
        id: cushion!.id,
        unitGid: cushion!.images[0]!.gid,
        field: 'alt',
        language: 'en',
        value: 'Linen cushion cover in natural flax, front view',
      },
      {
        id: sweater,
        unitGid: resourceGid('product', sweater),
        field: 'handle',
        language: 'ja',
        value: 'メリノ-クルーネック-セーター',
      },
    ]);
    const [en, de, ja] = await audit(['en-US', 'de-DE', 'ja-JP']);

    for (const a of [en!, de!]) {
      expect(
        a.issues.filter((i) => i.code === 'titleDuplicate' && [notebook, sketchbook].includes(i.gid)),
        a.locale,
      ).toEqual([]);
      expect(a.counts.altMissing, a.locale).toBeUndefined();
    }
    expect(find(de!, resourceGid('product', plates), 'descriptionMissing')).toEqual([]);
    // Translated in Japanese: no longer a store-wide finding, but now a gap in German.
    expect(find(en!, resourceGid('product', sweater), 'handleNotLocalized')).toEqual([]);
    expect(en!.counts.handleNotLocalized).toBe(beforeEn!.counts.handleNotLocalized! - 1);
    expect(find(ja!, resourceGid('product', sweater), 'handleNotLocalized')).toEqual([]);
    expect(find(de!, resourceGid('product', sweater), 'handleNotLocalized')).toMatchObject([
      { detail: { handle: 'merino-crew-sweater' } },
    ]);
    // What was not fixed is still there, and fixing never lowers a score.
    expect(en!.counts.brokenLink).toBe(1);
    expect(en!.score).toBeGreaterThanOrEqual(beforeEn!.score);
    expect(de!.score).toBeGreaterThanOrEqual(beforeDe!.score);
    expect(ja!.score).toBeGreaterThanOrEqual(beforeJa!.score);
  });

  it('reports two resources answering one translated handle as an hreflang error', async () => {
    const [mug, bowl] = await Promise.all([productGid('stoneware-mug'), productGid('speckled-serving-bowl')]);
    // Two translated handles cannot collide: the database refuses the second.
    await upsertTranslations(db.db, [
      { resourceGid: mug, field: 'handle', locale: 'de', value: 'steinzeug', source: 'stoneware-mug' },
    ]);
    await expect(
      upsertTranslations(db.db, [
        {
          resourceGid: bowl,
          field: 'handle',
          locale: 'de',
          value: 'steinzeug',
          source: 'speckled-serving-bowl',
        },
      ]),
    ).rejects.toThrow();
    // A direct write can still give one product's German handle another's untranslated (source) handle.
    await upsertTranslations(db.db, [
      {
        resourceGid: mug,
        field: 'handle',
        locale: 'de',
        value: 'speckled-serving-bowl',
        source: 'stoneware-mug',
      },
    ]);
    const [de, ja] = await audit(['de-AT', 'ja-JP']);
    expect(
      de!.issues
        .filter((i) => i.code === 'hreflangError')
        .map((i) => [i.gid, i.detail.reason, i.detail.handle, i.detail.otherGid])
        .sort(),
    ).toEqual(
      [
        [bowl, 'handleConflict', 'speckled-serving-bowl', mug],
        [mug, 'handleConflict', 'speckled-serving-bowl', bowl],
      ].sort(),
    );
    expect(ja!.counts.hreflangError).toBeUndefined();
  });

  it('keeps only the newest audits of a locale', async () => {
    const runs = [];
    for (let i = 0; i < AUDITS_KEPT + 2; i++)
      runs.push((await runSeoAudit(db.db, { locales: ['fr-FR'] }))[0]!.auditId);
    const oldest = await auditIssues(db.db, runs[0]!, { offset: 0, limit: 1 });
    expect(oldest.total).toBe(0);
    expect((await auditIssues(db.db, runs.at(-1)!, { offset: 0, limit: 1 })).total).toBeGreaterThan(0);
    expect((await listAudits(db.db)).find((a) => a.locale === 'fr-FR')!.id).toBe(runs.at(-1));
  });

  it('runs as a background job with progress', async () => {
    registerJobHandlers();
    const id = await enqueueSeoAudit(db.db, ['en-GB'], null);
    await drainJobs(db.db);
    const job = (await getJob(db.db, id))!;
    expect(job).toMatchObject({ status: 'succeeded', progressDone: 58, progressTotal: 58 });
    expect(job.result).toMatchObject({ audits: [{ locale: 'en-GB', score: expect.any(Number) }] });
    expect((await listAudits(db.db)).find((a) => a.locale === 'en-GB')).toMatchObject({ pagesChecked: 57 });
  });
});
