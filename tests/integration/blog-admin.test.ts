import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import type { DbHandle } from '#app/db/client.server.ts';
import { articles, blogs } from '#app/db/schema/index.ts';
import { searchArticleIds } from '#app/modules/blog/article-queries.server.ts';
import { invalidateMarketConfig, getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { findRedirect } from '#app/modules/seo/redirects.server.ts';
import { localeSitemap } from '#app/modules/seo/sitemap.server.ts';
import { listResources } from '#app/modules/seo/workspace.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import * as editor from '#app/routes/app.articles.$id.tsx';
import * as list from '#app/routes/app.blogs._index.tsx';
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
 * The marketer's article workflow through the admin routes, against the seeded store: create in
 * the source language, translate to German with an SEO title and a localized handle, publish; then
 * the storefront's API, search and sitemap see it. Refused posts change nothing.
 */
let db: DbHandle;
let auth: AdminAuthenticator;
let marketer: AdminSession;
let support: AdminSession;
let journalId: number;
const args = (request: Request, id = 'new') => ({ request, params: { id }, context: {} }) as never;

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  auth = installTestAdminAuth(db.db);
  marketer = await signedIn(db.db, auth, 'blog-marketer@shop.test', 'marketer', { password: null });
  support = await signedIn(db.db, auth, 'blog-support@shop.test', 'support', { password: null });
  journalId = (await db.db.select().from(blogs).where(eq(blogs.handle, 'journal')))[0]!.id;
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

const article = (over: Record<string, string> = {}) => ({
  intent: 'save',
  blogId: String(journalId),
  title: 'Winter socks, compared',
  handle: '',
  bodyHtml:
    '<h2>Three pairs</h2><p>Our <strong>Wool Hiking Socks</strong> <script>alert(1)</script><a href="javascript:alert(1)">x</a> keep feet dry.</p><img src="https://example.com/a.png" onerror="alert(1)" alt="a">',
  summaryHtml: '',
  authorName: 'Ingrid Halvorsen',
  authorBio: '',
  tags: 'socks, care, socks',
  publish: 'draft',
  scheduleAt: '',
  seoTitle: 'Which winter socks to choose',
  seoDescription: '',
  imageAlt: '',
  ...over,
});

async function storefront(query: string, variables?: Record<string, unknown>) {
  const r = await executeStorefront(db.db, 'https://shop.test', { query, variables });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('article editor', () => {
  let id: number;

  it('refuses support staff and bad input, changing nothing', async () => {
    const before = await dbFingerprint(db.db);
    expect((await run(() => editor.loader(args(get(support, '/app/articles/new'))))).status).toBe(403);
    expect((await run(() => editor.action(args(post(support, '/app/articles/new', article()))))).status).toBe(
      403,
    );
    for (const [fields, field, code] of [
      [{ title: '' }, 'title', 'titleRequired'],
      [{ authorName: ' ' }, 'authorName', 'authorRequired'],
      [{ handle: 'Not A Handle' }, 'handle', 'invalidHandle'],
      [{ handle: 'caring-for-merino' }, 'handle', 'handleTaken'],
      [{ blogId: '999999' }, 'blogId', 'unknownBlog'],
      [{ publish: 'schedule' }, 'scheduleAt', 'scheduleRequired'],
      [{ publish: 'schedule', scheduleAt: '2026-13-45T99:00' }, 'scheduleAt', 'invalidDate'],
      [{ publish: 'sometimes' }, 'publish', 'publish'],
      [{ seoTitle: 'x'.repeat(256) }, 'seoTitle', 'tooLong'],
      [{ title: 'a\u0007b' }, 'title', 'controlCharacters'],
    ] as const) {
      const r = await run(() => editor.action(args(post(marketer, '/app/articles/new', article(fields)))));
      expect(r.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect((r.body.errors as Record<string, string>)[field], JSON.stringify(fields)).toBe(code);
    }
    const bogus = await run(() => editor.action(args(post(marketer, '/app/articles/x1', article()), 'x1')));
    expect(bogus.status).toBe(404);
    expect(changedTables(before, await dbFingerprint(db.db), ['rate_limits'])).toEqual([]);
  });

  it('creates a draft with a sanitized body, a slug handle and its SEO title through the SEO module', async () => {
    const r = await run(() => editor.action(args(post(marketer, '/app/articles/new', article()))));
    expect(r.status).toBe(302);
    id = Number(r.headers.get('Location')!.split('/').pop());
    const [row] = await db.db.select().from(articles).where(eq(articles.id, id));
    expect(row).toMatchObject({
      handle: 'winter-socks-compared',
      publishedAt: null,
      tags: ['socks', 'care'],
    });
    expect(row!.seoTitle).toBe('Which winter socks to choose');
    expect(row!.bodyHtml).not.toMatch(/script|javascript:|onerror/);
    expect(row!.bodyHtml).toContain('<strong>Wool Hiking Socks</strong>');
    expect(row!.bodyHtml).toContain('<img src="https://example.com/a.png" alt="a" />');
    // A draft is not on the storefront.
    const gid = `gid://shopify/Article/${id}`;
    expect((await storefront(`query($id: ID!) { article(id: $id) { id } }`, { id: gid })).article).toBeNull();
    const page = await run(() => editor.loader(args(get(marketer, `/app/articles/${id}`), String(id))));
    expect(page.body.article).toMatchObject({ state: 'draft', handle: 'winter-socks-compared' });
    const listed = await run(() => list.loader(args(get(marketer, '/app/blogs?status=draft'))));
    expect((listed.body.articles as { id: number }[]).map((a) => a.id)).toContain(id);
  });

  it('translates to German with an SEO title and a localized handle, refusing a taken handle', async () => {
    const de = {
      intent: 'translate',
      language: 'de',
      title: 'Wintersocken im Vergleich',
      handle: 'wintersocken-im-vergleich',
      bodyHtml:
        '<p>Unsere <strong>Wander-Wollsocken</strong> halten die Füße trocken.</p><iframe src="https://evil.test"></iframe>',
      summaryHtml: '',
      seoTitle: 'Welche Wintersocken?',
      seoDescription: '',
    };
    const before = await dbFingerprint(db.db);
    const taken = await run(() =>
      editor.action(
        args(post(marketer, `/app/articles/${id}`, { ...de, handle: 'merino-richtig-pflegen' }), String(id)),
      ),
    );
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toMatchObject({ handle: 'handleTaken' });
    const badLanguage = await run(() =>
      editor.action(args(post(marketer, `/app/articles/${id}`, { ...de, language: 'xx' }), String(id))),
    );
    expect(badLanguage.body.errors).toMatchObject({ language: 'unknownLanguage' });
    expect(changedTables(before, await dbFingerprint(db.db), ['rate_limits'])).toEqual([]);

    const ok = await run(() => editor.action(args(post(marketer, `/app/articles/${id}`, de), String(id))));
    expect(ok.status).toBe(200);
    const page = await run(() =>
      editor.loader(args(get(marketer, `/app/articles/${id}?language=de`), String(id))),
    );
    expect(page.body.translation).toMatchObject({
      title: 'Wintersocken im Vergleich',
      handle: 'wintersocken-im-vergleich',
      seoTitle: 'Welche Wintersocken?',
    });
    expect((page.body.translation as { bodyHtml: string }).bodyHtml).not.toContain('iframe');
  });

  it('publishes: the German storefront, search and sitemap show it; a handle change leaves a 301', async () => {
    const r = await run(() =>
      editor.action(args(post(marketer, `/app/articles/${id}`, article({ publish: 'now' })), String(id))),
    );
    expect(r.status).toBe(200);
    const q = `query @inContext(language: DE, country: DE) {
      blog(handle: "magazin") { articleByHandle(handle: "wintersocken-im-vergleich") { title seo { title } onlineStoreUrl } } }`;
    expect((await storefront(q)).blog.articleByHandle).toEqual({
      title: 'Wintersocken im Vergleich',
      seo: { title: 'Welche Wintersocken?' },
      onlineStoreUrl: 'https://shop.test/de-de/blogs/magazin/wintersocken-im-vergleich',
    });
    const now = new Date();
    expect(await searchArticleIds(db.db, 'wintersocken', 'de', now, 10)).toEqual([id]);
    expect(await searchArticleIds(db.db, 'Wander-Wollsocken', 'de', now, 10)).toEqual([id]);
    expect(await searchArticleIds(db.db, 'socks', 'de', now, 10)).toContain(id); // by tag
    expect(await searchArticleIds(db.db, 'wintersocken', 'fr', now, 10)).toEqual([]);

    const config = await getMarketConfig(db.db);
    const deDe = allLocales(config).find((l) => l.language === 'de' && l.country === 'DE')!;
    let xml = '';
    for await (const chunk of localeSitemap(db.db, config, deDe, 'https://shop.test')) xml += chunk;
    const entry = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)]
      .map((m) => m[1]!)
      .find((u) => u.includes('<loc>https://shop.test/de-de/blogs/magazin/wintersocken-im-vergleich</loc>'));
    expect(entry).toBeDefined();
    expect(entry).toContain(
      'hreflang="de-DE" href="https://shop.test/de-de/blogs/magazin/wintersocken-im-vergleich"',
    );
    expect(entry).toContain('hreflang="en-US" href="https://shop.test/blogs/journal/winter-socks-compared"');
    expect(entry).toContain('hreflang="x-default"');
    // The German handle changes: the old German URL redirects to the new one.
    const renamed = await run(() =>
      editor.action(
        args(
          post(marketer, `/app/articles/${id}`, {
            intent: 'translate',
            language: 'de',
            title: 'Wintersocken im Vergleich',
            handle: 'wintersocken-vergleich',
            bodyHtml: '',
            summaryHtml: '',
            seoTitle: 'Welche Wintersocken?',
            seoDescription: '',
          }),
          String(id),
        ),
      ),
    );
    expect(renamed.status).toBe(200);
    expect(await findRedirect(db.db, 'de-DE', '/blogs/magazin/wintersocken-im-vergleich')).toBe(
      '/blogs/magazin/wintersocken-vergleich',
    );
  });

  it('is listed in the SEO workspace with its German handle', async () => {
    const config = await getMarketConfig(db.db);
    const { items } = await listResources(db.db, config, 'article', { language: 'de', limit: 50 });
    expect(items.find((i) => i.id === id)).toMatchObject({ handle: 'wintersocken-vergleich' });
    expect(items.find((i) => i.title === 'Caring for merino through the winter')).toMatchObject({
      handle: 'merino-richtig-pflegen',
    });
  });

  it('opens in the SEO editor with its German storefront path', async () => {
    const r = await run(() =>
      seoEditor.loader({
        request: get(marketer, `/app/seo/article/${id}?language=de`),
        params: { type: 'article', id: String(id) },
        context: {},
      } as never),
    );
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('/de-de/blogs/magazin/wintersocken-vergleich');
  });

  it('unpublishes and deletes', async () => {
    expect(
      (
        await run(() =>
          editor.action(args(post(marketer, `/app/articles/${id}`, { intent: 'unpublish' }), String(id))),
        )
      ).status,
    ).toBe(200);
    const [row] = await db.db.select().from(articles).where(eq(articles.id, id));
    expect(row!.publishedAt).toBeNull();
    const gone = await run(() =>
      editor.action(args(post(marketer, `/app/articles/${id}`, { intent: 'delete' }), String(id))),
    );
    expect(gone.status).toBe(302);
    expect(await db.db.select().from(articles).where(eq(articles.id, id))).toEqual([]);
  });
});

describe('blog list', () => {
  it('adds a blog, refusing a taken handle without a change', async () => {
    const before = await dbFingerprint(db.db);
    const taken = await run(() =>
      list.action(args(post(marketer, '/app/blogs', { title: 'Journal', handle: 'journal' }))),
    );
    expect(taken.status).toBe(409);
    const empty = await run(() => list.action(args(post(marketer, '/app/blogs', { title: '' }))));
    expect(empty.body.errors).toMatchObject({ title: 'titleRequired' });
    expect(changedTables(before, await dbFingerprint(db.db), ['rate_limits'])).toEqual([]);
    const ok = await run(() =>
      list.action(args(post(marketer, '/app/blogs', { title: 'Care guides', handle: '' }))),
    );
    expect(ok.status).toBe(200);
    expect((await db.db.select().from(blogs).where(eq(blogs.handle, 'care-guides'))).length).toBe(1);
  });
});
