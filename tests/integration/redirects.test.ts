import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import {
  addRedirect,
  listNotFound,
  listRedirects,
  redirectForHandleChange,
} from '#app/modules/seo/redirects.server.ts';
import { standaloneBackend } from '#app/storefront-api/standalone-backend.server.ts';
import { missingPage } from '#app/storefront/page.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
// The storefront asks the Storefront API for redirects, which answers in a market's locale: it needs the store.
beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
});
afterAll(async () => db?.close());

const de = { language: 'de', country: 'DE', pathPrefix: '/de-de' };
const us = { language: 'en', country: 'US', pathPrefix: '' };
/** What a storefront loader does for an unknown handle: the thrown Response (through the Storefront API's urlRedirects). */
async function visit(url: string, locale: typeof de) {
  const backend = standaloneBackend({ db: db.db, cache: false });
  const storefront = backend.client({
    origin: 'https://shop.test',
    i18n: { language: toLanguageCode(locale.language), country: locale.country } as never,
  });
  try {
    await missingPage(new Request(`https://shop.test${url}`), { storefront, backend, locale });
  } catch (response) {
    return response as Response | { init: { status: number } };
  }
  throw new Error('missingPage returned');
}
const status = (r: Response | { init: { status: number } }) => ('status' in r ? r.status : r.init.status);

describe('redirects and the 404 log', () => {
  it('a handle changed in German 301s the old German URL to the new one, under the locale prefix; other locales are untouched', async () => {
    expect(
      await redirectForHandleChange(db.db, 'de-DE', 'products', 'merino-pullover', 'merino-rundhalspullover'),
    ).toEqual({ ok: true });
    const r = (await visit('/de-de/products/merino-pullover', de)) as Response;
    expect(r.status).toBe(301);
    expect(r.headers.get('Location')).toBe('/de-de/products/merino-rundhalspullover');
    expect(status(await visit('/products/merino-pullover', us))).toBe(404);
  });

  it('collapses a second rename into one hop and refuses a loop', async () => {
    await redirectForHandleChange(db.db, 'de-DE', 'products', 'merino-rundhalspullover', 'rundhals-merino');
    const r = (await visit('/de-de/products/merino-pullover', de)) as Response;
    expect(r.headers.get('Location')).toBe('/de-de/products/rundhals-merino');
    expect(
      await addRedirect(db.db, {
        locale: 'de-DE',
        path: '/products/rundhals-merino',
        target: '/products/merino-pullover',
      }),
    ).toEqual({ ok: false, problem: 'loop' });
    expect((await listRedirects(db.db)).every((x) => x.target === '/products/rundhals-merino')).toBe(true);
  });

  it('counts 404s per locale and path; a redirect created for one clears it from the log', async () => {
    await visit('/collections/summer-2019', us);
    await visit('/collections/summer-2019?utm=x', us);
    expect((await listNotFound(db.db)).find((n) => n.path === '/collections/summer-2019')).toMatchObject({
      locale: 'en-US',
      hits: 2,
    });
    await addRedirect(db.db, { locale: '*', path: '/collections/summer-2019', target: '/collections/sale' });
    expect((await listNotFound(db.db)).find((n) => n.path === '/collections/summer-2019')).toBeUndefined();
    const r = (await visit('/collections/summer-2019', us)) as Response;
    expect([r.status, r.headers.get('Location')]).toEqual([301, '/collections/sale']);
    // Following it counted a hit (through the backend), as the admin's redirect list shows.
    expect((await listRedirects(db.db)).find((x) => x.path === '/collections/summer-2019')?.hits).toBe(1);
  });
});

describe("the Storefront API's urlRedirects", () => {
  const QUERY = `query R($first: Int, $last: Int, $after: String, $before: String, $reverse: Boolean, $query: String, $country: CountryCode, $language: LanguageCode)
    @inContext(country: $country, language: $language) {
    urlRedirects(first: $first, last: $last, after: $after, before: $before, reverse: $reverse, query: $query) {
      edges { cursor node { id path target } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  type Result = {
    urlRedirects: {
      edges: { cursor: string; node: { id: string; path: string; target: string } }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        endCursor: string | null;
        startCursor: string | null;
      };
    };
  };
  const ask = async (variables: Record<string, unknown>, locale = de) => {
    const client = standaloneBackend({ db: db.db, cache: false }).client({
      origin: 'https://shop.test',
      i18n: { language: toLanguageCode(locale.language), country: locale.country } as never,
    });
    return client.query(QUERY, { variables: variables as never }) as unknown as Promise<
      Result & { errors?: { message: string }[] }
    >;
  };
  const paths = (r: Result) => r.urlRedirects.edges.map((e) => e.node.path);

  beforeAll(async () => {
    for (const [locale, path, target] of [
      ['*', '/a', '/all-a'],
      ['de-DE', '/a', '/de-a'],
      ['*', '/b', '/all-b'],
      ['de-DE', '/c', '/de-c'],
      ['en-US', '/d', '/en-d'],
    ]) {
      expect(await addRedirect(db.db, { locale: locale!, path: path!, target: target! })).toEqual({
        ok: true,
      });
    }
  });

  it("finds a path's redirect, the locale's own rule before the all-locales one", async () => {
    expect((await ask({ first: 1, query: 'path:/a' })).urlRedirects.edges.map((e) => e.node.target)).toEqual([
      '/de-a',
    ]);
    expect(
      (await ask({ first: 1, query: 'path:"/a"' }, us)).urlRedirects.edges.map((e) => e.node.target),
    ).toEqual(['/all-a']);
    expect(paths(await ask({ first: 1, query: 'path:/d' }))).toEqual([]);
    const hit = (await ask({ first: 1, query: 'path:/c' })).urlRedirects.edges[0]!.node;
    expect(hit.id).toMatch(/^gid:\/\/shopify\/UrlRedirect\/\d+$/);
  });

  it('pages by path in both directions, and reversed', async () => {
    const mine = (r: Result) => paths(r).filter((p) => ['/a', '/b', '/c', '/d'].includes(p));
    const first = await ask({ first: 2, query: null });
    const all = await ask({ first: 250 });
    expect(mine(all)).toEqual(['/a', '/b', '/c']);
    expect(paths(first)).toEqual(paths(all).slice(0, 2));
    expect(first.urlRedirects.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await ask({ first: 250, after: first.urlRedirects.pageInfo.endCursor });
    expect(paths(next)).toEqual(paths(all).slice(2));
    expect(next.urlRedirects.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const last = await ask({ last: 1 });
    expect(paths(last)).toEqual(paths(all).slice(-1));
    expect(last.urlRedirects.pageInfo.hasPreviousPage).toBe(paths(all).length > 1);
    expect(paths(await ask({ first: 250, reverse: true }))).toEqual([...paths(all)].reverse());
    const before = await ask({ last: 250, before: last.urlRedirects.pageInfo.startCursor });
    expect(paths(before)).toEqual(paths(all).slice(0, -1));
  });

  it('refuses search terms it does not support and forged cursors', async () => {
    expect((await ask({ first: 1, query: 'target:/x' })).errors?.[0]?.message).toMatch(/path:/);
    expect((await ask({ first: 1, after: 'bm90LWEtcGF0aA' })).errors?.[0]?.message).toMatch(/Invalid cursor/);
  });
});
