import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { registerJobHandler, drainJobs } from '#app/modules/jobs/runner.server.ts';
import { getJob } from '#app/modules/jobs/jobs.server.ts';
import { catalogSeoIds } from '#app/modules/catalog/seo-source.server.ts';
import { freshMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import {
  findRedirect,
  importRedirects,
  listRedirects,
  recordNotFound,
  listNotFound,
} from '#app/modules/seo/redirects.server.ts';
import { undoRevision, revisionsOf } from '#app/modules/seo/revisions.server.ts';
import {
  applySeoChanges,
  confirmTranslations,
  seoValues,
  type SeoChange,
} from '#app/modules/seo/seo-fields.server.ts';
import { robotsExtra, setRobotsExtra } from '#app/modules/seo/settings.server.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import {
  enqueueTemplateRun,
  enqueueUndoRun,
  previewTemplate,
  SEO_TEMPLATE_JOB,
  SEO_TEMPLATE_UNDO_JOB,
  templateJob,
  undoRunJob,
  undoTemplateRun,
} from '#app/modules/seo/templates.server.ts';
import { createInProcessStorefront } from '#app/storefront-api/in-process-client.server.ts';
import { localizedPaths } from '#app/storefront/seo-page.server.ts';
import { loadStoreLocales } from '#app/storefront/storefront-context.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let config: MarketConfig;
let productId: number;
let otherId: number;
beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  config = await freshMarketConfig(db.db);
  [productId, otherId] = (await catalogSeoIds(db.db, 'product', { limit: 2 })) as [number, number];
  registerJobHandler(SEO_TEMPLATE_JOB, templateJob);
  registerJobHandler(SEO_TEMPLATE_UNDO_JOB, undoRunJob);
});
afterAll(async () => db?.close());

const change = (
  field: SeoChange['field'],
  language: string,
  value: string | null,
  id = productId,
): SeoChange => ({ type: 'product', id, unitGid: `gid://shopify/Product/${id}`, field, language, value });
async function valueOf(field: string, language: string, id = productId) {
  const [s] = await loadSubjects(db.db, 'product', [id]);
  return (await seoValues(db.db, [s!], [language], config.shopLanguage))
    .get(s!.gid)!
    .get(language)!
    .find((v) => v.field === field)!;
}

describe('SEO fields', () => {
  it('writes a German title and handle as translations, with revisions and a 301 from the old German URL', async () => {
    const oldHandle = (await valueOf('handle', 'de')).value ?? (await valueOf('handle', 'en')).value!;
    const result = await applySeoChanges(
      db.db,
      [change('meta_title', 'de', 'Merino-Pullover kaufen'), change('handle', 'de', 'merino-pullover-neu')],
      { origin: 'edit', config },
    );
    expect(result).toMatchObject({ ok: true, changed: 2 });
    expect((await valueOf('meta_title', 'de')).value).toBe('Merino-Pullover kaufen');
    expect(await valueOf('handle', 'de')).toMatchObject({ value: 'merino-pullover-neu', status: 'current' });
    expect(await findRedirect(db.db, 'de-DE', `/products/${oldHandle}`)).toBe(
      '/products/merino-pullover-neu',
    );
    expect(await findRedirect(db.db, 'de-AT', `/products/${oldHandle}`)).toBe(
      '/products/merino-pullover-neu',
    );
    expect(await findRedirect(db.db, 'fr-FR', `/products/${oldHandle}`)).toBeNull();
    const revs = await revisionsOf(db.db, [`gid://shopify/Product/${productId}`]);
    expect(
      revs
        .slice(0, 2)
        .map((r) => r.field)
        .sort(),
    ).toEqual(['handle', 'meta_title']);
  });

  it('refuses every bad change at once and writes nothing', async () => {
    const before = await valueOf('meta_title', 'de');
    const otherHandle = (await loadSubjects(db.db, 'product', [otherId]))[0]!.handle!;
    const result = await applySeoChanges(
      db.db,
      [
        change('meta_title', 'de', 'Fine title'),
        change('handle', 'de', 'Not A Handle'),
        change('meta_description', 'de', 'x'.repeat(400)),
        change('handle', 'en', otherHandle),
        change('meta_title', 'xx', 'Unknown language'),
        change('og_title', 'de', 'bell\u0007'),
      ],
      { origin: 'edit', config },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      'controlCharacters',
      'handleTaken',
      'invalidHandle',
      'tooLong',
      'unknownLanguage',
    ]);
    expect(await valueOf('meta_title', 'de')).toEqual(before);
  });

  it('two saves racing for one German handle: exactly one wins, the other hears handleTaken', async () => {
    const [a, b] = (await catalogSeoIds(db.db, 'product', { after: otherId, limit: 2 })) as [number, number];
    const results = await Promise.all(
      [a, b].map((id) =>
        applySeoChanges(db.db, [change('handle', 'de', 'umkaempfter-handle', id)], {
          origin: 'edit',
          config,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, problems: [{ code: 'handleTaken' }] });
  });

  it('marks a translation outdated when its source changes', async () => {
    await applySeoChanges(db.db, [change('meta_description', 'ja', '日本語の説明')], {
      origin: 'edit',
      config,
    });
    expect((await valueOf('meta_description', 'ja')).status).toBe('current');
    await applySeoChanges(
      db.db,
      [change('meta_description', 'en', 'A new English description of this sweater.')],
      { origin: 'edit', config },
    );
    expect((await valueOf('meta_description', 'ja')).status).toBe('outdated');
    // A translator checks it and keeps it: the text stays, the status is current again.
    expect(await confirmTranslations(db.db, config, 'product', productId, 'ja')).toBe(1);
    expect(await valueOf('meta_description', 'ja')).toMatchObject({
      value: '日本語の説明',
      status: 'current',
    });
  });

  it('undoes one change unless the field changed since', async () => {
    await applySeoChanges(db.db, [change('og_title', 'fr', 'Premier')], { origin: 'edit', config });
    const second = await applySeoChanges(db.db, [change('og_title', 'fr', 'Second')], {
      origin: 'edit',
      config,
    });
    const third = await applySeoChanges(db.db, [change('og_title', 'fr', 'Troisième')], {
      origin: 'edit',
      config,
    });
    if (!second.ok || !third.ok) throw new Error('setup');
    expect(
      await undoRevision(db.db, second.revisionIds[0]!, { type: 'product', id: productId }, { config }),
    ).toEqual({ ok: false, problem: 'changedSince' });
    expect(
      await undoRevision(db.db, third.revisionIds[0]!, { type: 'product', id: productId }, { config }),
    ).toEqual({ ok: true });
    expect((await valueOf('og_title', 'fr')).value).toBe('Second');
    expect(
      await undoRevision(db.db, third.revisionIds[0]!, { type: 'product', id: productId }, { config }),
    ).toEqual({ ok: false, problem: 'alreadyUndone' });
  });

  it('redirects non-ASCII handles in their URL spelling, and a rule away from the new URL gives way', async () => {
    await applySeoChanges(db.db, [change('handle', 'ja', 'メリノ-セーター')], { origin: 'edit', config });
    await applySeoChanges(db.db, [change('handle', 'ja', 'メリノ-ニット')], { origin: 'edit', config });
    expect(await findRedirect(db.db, 'ja-JP', `/products/${encodeURIComponent('メリノ-セーター')}`)).toBe(
      `/products/${encodeURIComponent('メリノ-ニット')}`,
    );
    // Typed in the admin unencoded, a rule matches the encoded request path too.
    expect(
      await importRedirects(db.db, 'locale,path,target\nja-JP,/pages/お問い合わせ,/pages/contact\n'),
    ).toEqual({ ok: true, imported: 1 });
    expect(await findRedirect(db.db, 'ja-JP', `/pages/${encodeURIComponent('お問い合わせ')}`)).toBe(
      '/pages/contact',
    );
    // A manual rule from the URL a product is renamed to must not swallow the rename's 301.
    expect(
      await importRedirects(db.db, 'locale,path,target\nja-JP,/products/merino-next,/products/somewhere\n'),
    ).toEqual({ ok: true, imported: 1 });
    expect(
      await applySeoChanges(db.db, [change('handle', 'ja', 'merino-next')], { origin: 'edit', config }),
    ).toMatchObject({ ok: true });
    expect(await findRedirect(db.db, 'ja-JP', '/products/merino-next')).toBeNull();
    expect(await findRedirect(db.db, 'ja-JP', `/products/${encodeURIComponent('メリノ-ニット')}`)).toBe(
      '/products/merino-next',
    );
  });

  it('renaming a handle back and forth never loops: the live URL wins', async () => {
    await applySeoChanges(db.db, [change('handle', 'de', 'hin')], { origin: 'edit', config });
    await applySeoChanges(db.db, [change('handle', 'de', 'merino-pullover-neu')], { origin: 'edit', config });
    expect(await findRedirect(db.db, 'de-DE', '/products/merino-pullover-neu')).toBeNull();
    expect(await findRedirect(db.db, 'de-DE', '/products/hin')).toBe('/products/merino-pullover-neu');
  });
});

describe('bulk templates', () => {
  it('previews, applies to every Japanese product title as a job, and undoes one field or the whole run', async () => {
    const req = {
      type: 'product' as const,
      language: 'ja',
      field: 'meta_title' as const,
      template: '{{ product.title }} | {{ shop.name }}',
      ids: null,
    };
    const preview = await previewTemplate(db.db, config, req, 3);
    if (!preview.ok) throw new Error('preview');
    expect(preview.items).toHaveLength(3);
    expect(preview.items[0]!.after).toMatch(/ \| /);
    expect((await previewTemplate(db.db, config, { ...req, template: '{{ product.nope }}' })).ok).toBe(false);
    const run = await enqueueTemplateRun(db.db, req, null);
    if (!run.ok) throw new Error('enqueue');
    await drainJobs(db.db);
    const job = await getJob(db.db, run.jobId);
    expect(job?.status).toBe('succeeded');
    const ids = await catalogSeoIds(db.db, 'product', { limit: 1000 });
    expect(job?.result).toMatchObject({ changed: ids.length, skipped: 0 });
    const subjects = await loadSubjects(db.db, 'product', ids);
    const ja = await seoValues(db.db, subjects, ['ja'], 'en');
    for (const s of subjects)
      expect(
        ja
          .get(s.gid)!
          .get('ja')!
          .find((v) => v.field === 'meta_title')!.value,
      ).toMatch(/ \| /);
    const [one] = await revisionsOf(db.db, [`gid://shopify/Product/${otherId}`], 1);
    expect(one).toMatchObject({ origin: 'template', batch: `job:${run.jobId}` });
    expect(await undoRevision(db.db, one!.id, { type: 'product', id: otherId }, { config })).toEqual({
      ok: true,
    });
    expect((await valueOf('meta_title', 'ja', otherId)).value).toBe(one!.before);
    // The whole run, as a background job: every other product's title goes back, the one undone already stays.
    const undoJob = await enqueueUndoRun(db.db, `job:${run.jobId}`, null);
    await drainJobs(db.db);
    expect((await getJob(db.db, undoJob))?.result).toEqual({ undone: ids.length - 1, kept: 0 });
    expect(await undoTemplateRun(db.db, config, `job:${run.jobId}`, null)).toEqual({ undone: 0, kept: 0 });
  });
});

describe('handle templates', () => {
  it('makes German handles from German titles, with 301s from the old URLs; the home page has no handle', async () => {
    const req = {
      type: 'product' as const,
      language: 'de',
      field: 'handle' as const,
      template: '{{ product.title }}',
      ids: null,
    };
    expect((await previewTemplate(db.db, config, { ...req, type: 'home' })).ok).toBe(false);
    const run = await enqueueTemplateRun(db.db, req, null);
    if (!run.ok) throw new Error('enqueue');
    await drainJobs(db.db);
    const job = await getJob(db.db, run.jobId);
    expect(job?.status).toBe('succeeded');
    const { changed, skipped, total } = job!.result as { changed: number; skipped: number; total: number };
    expect(changed + skipped).toBeLessThanOrEqual(total);
    expect(changed).toBeGreaterThan(30);
    const [s] = await loadSubjects(db.db, 'product', [otherId]);
    const de = (await seoValues(db.db, [s!], ['de'], 'en'))
      .get(s!.gid)!
      .get('de')!
      .find((v) => v.field === 'handle')!.value!;
    expect(de).toMatch(/^[\p{Ll}\p{Nd}]+(-[\p{Ll}\p{Nd}]+)*$/u);
    expect(await findRedirect(db.db, 'de-AT', `/products/${s!.handle}`)).toBe(`/products/${de}`);
  });
});

describe('redirect CSV and indexing settings', () => {
  it('imports redirects all-or-nothing with line numbers', async () => {
    const before = (await listRedirects(db.db)).length;
    const bad = await importRedirects(
      db.db,
      'locale,path,target\nde-DE,/a,/b\nxx,/c,/d\nde-DE,/b,/a\n*,nope,/x\n',
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        { line: 3, code: 'invalidLocale' },
        { line: 4, code: 'loop' },
        { line: 5, code: 'invalidPath' },
      ],
    });
    expect((await listRedirects(db.db)).length).toBe(before);
    expect(
      await importRedirects(
        db.db,
        'locale,path,target\r\nde-DE,/alt,/neu\r\n*,/old-sale,/collections/sale\r\n',
      ),
    ).toEqual({ ok: true, imported: 2 });
    // Rows chain onto each other and onto existing rules; the stored set stays one hop deep.
    expect(
      await importRedirects(db.db, 'locale,path,target\nde-DE,/neu,/neuer\nde-DE,/neuer,/am-neuesten\n'),
    ).toEqual({ ok: true, imported: 2 });
    expect(await findRedirect(db.db, 'de-DE', '/alt')).toBe('/am-neuesten');
    expect(await findRedirect(db.db, 'de-DE', '/neu')).toBe('/am-neuesten');
    expect(await findRedirect(db.db, 'fr-FR', '/old-sale')).toBe('/collections/sale');
  });

  it('caps the 404 log, counting known paths on', async () => {
    await recordNotFound(db.db, 'en-US', '/nope-1');
    await recordNotFound(db.db, 'en-US', '/nope-1');
    expect((await listNotFound(db.db)).find((n) => n.path === '/nope-1')?.hits).toBe(2);
  });

  it('validates robots rules line by line', async () => {
    expect(await setRobotsExtra(db.db, 'Disallow: /x\nUser-agent: GPTBot\nDisallow: /\nNonsense')).toEqual({
      ok: false,
      problems: [
        { line: 1, code: 'ruleBeforeUserAgent' },
        { line: 4, code: 'unknownDirective' },
      ],
    });
    expect(await robotsExtra(db.db)).toBe('');
    expect(await setRobotsExtra(db.db, 'User-agent: GPTBot\nDisallow: /')).toEqual({ ok: true });
    expect(await robotsExtra(db.db)).toBe('User-agent: GPTBot\nDisallow: /');
  });
});

describe('localized paths for hreflang', () => {
  it("asks the Storefront API for each language's handle, in a country that offers the language", async () => {
    const sf = createInProcessStorefront({
      db: db.db,
      origin: 'https://shop.test',
      i18n: { language: 'JA', country: 'JP' } as never,
      cache: null,
    });
    const paths = await localizedPaths(
      { storefront: sf, store: await loadStoreLocales(sf), locale: { pathPrefix: '/ja-jp' } },
      `gid://shopify/Product/${productId}`,
      'products',
    );
    expect(paths.de).toBe(`/products/${encodeURIComponent((await valueOf('handle', 'de')).value!)}`);
    expect(paths.de).not.toBe(paths.en);
    const source = (await loadSubjects(db.db, 'product', [productId]))[0]!.handle!;
    expect(paths.ja).toBe(`/products/${encodeURIComponent((await valueOf('handle', 'ja')).value ?? source)}`);
    expect(paths.fr).toBe(`/products/${encodeURIComponent(source)}`);
    expect(Object.keys(paths).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'zh-CN']);
  });
});
