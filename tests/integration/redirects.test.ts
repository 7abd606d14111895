import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { missingPage } from '#app/lib/page.server.ts';
import { addRedirect, listNotFound, listRedirects, redirectForHandleChange } from '#app/modules/seo/redirects.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => { db = await createTestDb(); });
afterAll(async () => db?.close());

const de = { language: 'de', country: 'DE', pathPrefix: '/de-de' };
const us = { language: 'en', country: 'US', pathPrefix: '' };
/** What a storefront loader does for an unknown handle: the thrown Response. */
async function visit(url: string, locale: typeof de) {
  try {
    await missingPage(new Request(`https://shop.test${url}`), { db: db.db, locale });
  } catch (response) {
    return response as Response | { init: { status: number } };
  }
  throw new Error('missingPage returned');
}
const status = (r: Response | { init: { status: number } }) => ('status' in r ? r.status : r.init.status);

describe('redirects and the 404 log', () => {
  it('a handle changed in German 301s the old German URL to the new one, under the locale prefix; other locales are untouched', async () => {
    expect(await redirectForHandleChange(db.db, 'de-DE', 'products', 'merino-pullover', 'merino-rundhalspullover')).toEqual({ ok: true });
    const r = await visit('/de-de/products/merino-pullover', de) as Response;
    expect(r.status).toBe(301);
    expect(r.headers.get('Location')).toBe('/de-de/products/merino-rundhalspullover');
    expect(status(await visit('/products/merino-pullover', us))).toBe(404);
  });

  it('collapses a second rename into one hop and refuses a loop', async () => {
    await redirectForHandleChange(db.db, 'de-DE', 'products', 'merino-rundhalspullover', 'rundhals-merino');
    const r = await visit('/de-de/products/merino-pullover', de) as Response;
    expect(r.headers.get('Location')).toBe('/de-de/products/rundhals-merino');
    expect(await addRedirect(db.db, { locale: 'de-DE', path: '/products/rundhals-merino', target: '/products/merino-pullover' })).toEqual({ ok: false, problem: 'loop' });
    expect((await listRedirects(db.db)).every((x) => x.target === '/products/rundhals-merino')).toBe(true);
  });

  it('counts 404s per locale and path; a redirect created for one clears it from the log', async () => {
    await visit('/collections/summer-2019', us);
    await visit('/collections/summer-2019?utm=x', us);
    expect((await listNotFound(db.db)).find((n) => n.path === '/collections/summer-2019')).toMatchObject({ locale: 'en-US', hits: 2 });
    await addRedirect(db.db, { locale: '*', path: '/collections/summer-2019', target: '/collections/sale' });
    expect((await listNotFound(db.db)).find((n) => n.path === '/collections/summer-2019')).toBeUndefined();
    const r = await visit('/collections/summer-2019', us) as Response;
    expect([r.status, r.headers.get('Location')]).toEqual([301, '/collections/sale']);
  });
});
