import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import type { DbHandle } from '#app/db/client.server.ts';
import { articles, blogs, translations } from '#app/db/schema/index.ts';
import { localeTag } from '#app/modules/markets/core/locale.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { findRedirect } from '#app/modules/seo/redirects.server.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import { sourceDigest } from '#app/modules/translations/digest.server.ts';
import * as blogEditor from '#app/routes/app.blogs.$id.tsx';
import * as seoEditor from '#app/routes/app.seo.$type.$id.tsx';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import {
  get,
  post,
  run,
  signedIn,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { changedTables, dbFingerprint } from '#tests/support/db-fingerprint.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * A blog's title edited per language in the admin, and its handle changed in the SEO editor:
 * the articles' URLs under the old blog handle keep working (301s), per language.
 */
let db: DbHandle;
let auth: AdminAuthenticator;
let marketer: AdminSession;
let support: AdminSession;
let journalId: number;
const args = (request: Request, id: string) => ({ request, params: { id }, context: {} }) as never;
const gid = () => `gid://shopify/Blog/${journalId}`;

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  auth = installTestAdminAuth(db.db);
  marketer = await signedIn(db.db, auth, 'blog-editor-marketer@shop.test', 'marketer', { password: null });
  support = await signedIn(db.db, auth, 'blog-editor-support@shop.test', 'support', { password: null });
  journalId = (await db.db.select().from(blogs).where(eq(blogs.handle, 'journal')))[0]!.id;
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

async function storefrontTitle(language: string, country: string, handle: string) {
  const r = await executeStorefront(db.db, 'https://shop.test', {
    query: `query @inContext(language: ${language}, country: ${country}) { blog(handle: "${handle}") { title } }`,
  });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return (r.data as { blog: { title: string } | null }).blog?.title;
}

const titleRow = async (locale: string) =>
  (
    await db.db
      .select()
      .from(translations)
      .where(
        and(
          eq(translations.resourceGid, gid()),
          eq(translations.field, 'title'),
          eq(translations.locale, locale),
        ),
      )
  )[0];

describe('blog title editor', () => {
  const path = () => `/app/blogs/${journalId}`;
  const save = (fields: Record<string, string>, id = String(journalId)) =>
    run(() => blogEditor.action(args(post(marketer, `/app/blogs/${id}`, { intent: 'save', ...fields }), id)));

  it('shows the title in the store language and each storefront language', async () => {
    const page = await run(() => blogEditor.loader(args(get(marketer, path()), String(journalId))));
    expect(page.status).toBe(200);
    const languages = page.body.languages as { language: string; value: string; isSource: boolean }[];
    expect(languages.find((l) => l.isSource)).toMatchObject({ language: 'en', value: 'Journal' });
    expect(languages.find((l) => l.language === 'de')).toMatchObject({ value: 'Magazin', isSource: false });
    const missing = await run(() => blogEditor.loader(args(get(marketer, '/app/blogs/999999'), '999999')));
    expect(missing.status).toBe(404);
  });

  it('refuses support staff and bad input, changing nothing', async () => {
    const before = await dbFingerprint(db.db);
    expect((await run(() => blogEditor.loader(args(get(support, path()), String(journalId))))).status).toBe(
      403,
    );
    expect(
      (
        await run(() =>
          blogEditor.action(
            args(post(support, path(), { intent: 'save', language: 'de', title: 'X' }), String(journalId)),
          ),
        )
      ).status,
    ).toBe(403);
    for (const [fields, field, code] of [
      [{ language: 'en', title: ' ' }, 'title', 'titleRequired'],
      [{ language: 'de', title: 'x'.repeat(256) }, 'title', 'titleTooLong'],
      [{ language: 'de', title: 'a\u0007b' }, 'title', 'controlCharacters'],
      [{ language: 'xx', title: 'Blog' }, 'language', 'unknownLanguage'],
      [{ title: 'Blog' }, 'language', 'unknownLanguage'],
    ] as const) {
      const r = await save(fields);
      expect(r.status, JSON.stringify(fields)).toBe(400);
      expect((r.body.errors as Record<string, string>)[field], JSON.stringify(fields)).toBe(code);
    }
    expect((await save({ language: 'de', title: 'Blog' }, '999999')).status).toBe(404);
    expect((await save({ language: 'de', title: 'Blog' }, 'x1')).status).toBe(404);
    expect(changedTables(before, await dbFingerprint(db.db), ['rate_limits'])).toEqual([]);
  });

  it('saves a translation with the source digest; the storefront shows it; a source change marks it outdated', async () => {
    expect((await save({ language: 'de', title: 'Unser Magazin' })).status).toBe(200);
    expect(await titleRow('de')).toMatchObject({
      value: 'Unser Magazin',
      sourceDigest: sourceDigest('Journal'),
    });
    expect(await storefrontTitle('DE', 'DE', 'magazin')).toBe('Unser Magazin');

    expect((await save({ language: 'en', title: 'Field notes' })).status).toBe(200);
    expect((await db.db.select().from(blogs).where(eq(blogs.id, journalId)))[0]!.title).toBe('Field notes');
    expect(await storefrontTitle('EN', 'US', 'journal')).toBe('Field notes');
    const page = await run(() => blogEditor.loader(args(get(marketer, path()), String(journalId))));
    const de = (page.body.languages as { language: string; outdated: boolean; value: string }[]).find(
      (l) => l.language === 'de',
    );
    expect(de).toMatchObject({ value: 'Unser Magazin', outdated: true });

    // An empty translation is removed: the store-language title shows.
    expect((await save({ language: 'de', title: '' })).status).toBe(200);
    expect(await titleRow('de')).toBeUndefined();
    expect(await storefrontTitle('DE', 'DE', 'magazin')).toBe('Field notes');
  });
});

describe('blog handle change', () => {
  const seo = (fields: Record<string, string>) =>
    run(() =>
      seoEditor.action({
        request: post(marketer, `/app/seo/blog/${journalId}`, fields),
        params: { type: 'blog', id: String(journalId) },
        context: {},
      } as never),
    );

  it('refuses a taken handle, changing nothing', async () => {
    await db.db.insert(blogs).values({ handle: 'news', title: 'News' });
    const before = await dbFingerprint(db.db);
    const r = await seo({ language: 'en', handle: 'news' });
    expect(r.status).toBe(400);
    expect(r.body.errors).toMatchObject({ handle: 'handleTaken' });
    expect(changedTables(before, await dbFingerprint(db.db), ['rate_limits'])).toEqual([]);
  });

  it("redirects each published article's URL to the new blog handle, in the language that changed", async () => {
    const config = await getMarketConfig(db.db);
    const de = allLocales(config)
      .filter((l) => l.language === 'de')
      .map(localeTag);
    const [draft] = await db.db
      .select()
      .from(articles)
      .where(and(eq(articles.blogId, journalId), isNull(articles.publishedAt)));
    expect(draft).toBeDefined();

    // The source handle: every locale without its own blog handle moves (one "*" rule per article).
    expect((await seo({ language: 'en', handle: 'notes' })).status).toBe(200);
    expect(await findRedirect(db.db, '*', '/blogs/journal')).toBe('/blogs/notes');
    expect(await findRedirect(db.db, 'en-US', '/blogs/journal/caring-for-merino')).toBe(
      '/blogs/notes/caring-for-merino',
    );
    expect(await findRedirect(db.db, 'en-US', `/blogs/journal/${draft!.handle}`)).toBeNull();
    // German URLs use the German blog handle, which did not change.
    expect(await findRedirect(db.db, de[0]!, '/blogs/magazin/merino-richtig-pflegen')).toBeNull();

    // The German handle: the German article URLs move, under their German handles.
    expect((await seo({ language: 'de', handle: 'zeitschrift' })).status).toBe(200);
    for (const locale of de)
      expect(await findRedirect(db.db, locale, '/blogs/magazin/merino-richtig-pflegen')).toBe(
        '/blogs/zeitschrift/merino-richtig-pflegen',
      );
    expect(await findRedirect(db.db, 'fr-FR', '/blogs/magazin/merino-richtig-pflegen')).toBeNull();

    // A second rename collapses the chain: the first old URL points at the newest one.
    expect((await seo({ language: 'en', handle: 'field-notes' })).status).toBe(200);
    expect(await findRedirect(db.db, 'en-US', '/blogs/journal/caring-for-merino')).toBe(
      '/blogs/field-notes/caring-for-merino',
    );
  });
});
