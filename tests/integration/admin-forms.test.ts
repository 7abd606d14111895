import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import { catalogSeoIds } from '#app/modules/catalog/seo-source.server.ts';
import { listDutyRates } from '#app/modules/checkout/settings.server.ts';
import { invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { rateHistory } from '#app/modules/markets/rates.server.ts';
import { listRedirects } from '#app/modules/seo/redirects.server.ts';
import { indexingOf } from '#app/modules/seo/seo-fields.server.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import { verifySignIn } from '#app/modules/staff/staff.server.ts';
import * as layoutRoute from '#app/routes/app.tsx';
import * as loginRoute from '#app/routes/app_.login.tsx';
import * as loginLinkRoute from '#app/routes/app_.login_.link.$token.tsx';
import * as logoutRoute from '#app/routes/app_.logout.tsx';
import { clientAddressContext } from '#app/lib/client-address.ts';
import { createLoginToken, createStaff } from '#app/modules/staff/staff.server.ts';
import { RouterContextProvider } from 'react-router';
import * as accountRoute from '#app/routes/app.account._index.tsx';
import * as passwordRoute from '#app/routes/app.account.password.tsx';
import * as ratesRoute from '#app/routes/app.markets.rates.tsx';
import * as shippingRoute from '#app/routes/app.markets.shipping.tsx';
import * as orderRoute from '#app/routes/app.orders.$id.tsx';
import * as productRoute from '#app/routes/app.products.$id.tsx';
import * as seoEditorRoute from '#app/routes/app.seo.$type.$id.tsx';
import * as redirectsRoute from '#app/routes/app.seo.redirects.tsx';
import {
  get,
  post,
  run,
  signedIn,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let auth: AdminAuthenticator;
let owner: AdminSession;
const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, params, context: {} }) as never;

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  auth = installTestAdminAuth(db.db);
  owner = await signedIn(db.db, auth, 'forms-owner@shop.test', 'owner');
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

describe('SEO editor: Open Graph image', () => {
  it('keeps the stored image when an invalid one is sent, says why, and saves nothing else from that form', async () => {
    const [id] = (await catalogSeoIds(db.db, 'product', { limit: 1 })) as [number];
    const [subject] = await loadSubjects(db.db, 'product', [id]);
    const image = subject!.images[1]?.src ?? subject!.images[0]!.src;
    const path = `/app/seo/product/${id}`;
    const save = (fields: Record<string, string>) =>
      run(() =>
        seoEditorRoute.action(
          args(post(owner, path, { language: 'en', indexing: '1', ...fields }), {
            type: 'product',
            id: String(id),
          }),
        ),
      );

    const ok = await save({ og_image: image, noindex: 'on' });
    expect(ok.status).toBe(200);
    expect(await indexingOf(db.db, subject!.gid)).toEqual({
      noindex: true,
      sitemapExclude: false,
      ogImage: image,
    });

    for (const bad of [
      'javascript:alert(1)',
      'http://insecure.example/card.jpg',
      '/images/../secret',
      'https://',
    ]) {
      const res = await save({ og_image: bad, meta_title: 'Must not be saved', sitemap_exclude: 'on' });
      expect(res, bad).toMatchObject({
        status: 400,
        body: { ok: false, intent: 'save', errors: { og_image: 'invalidOgImage' } },
      });
      // Nothing changed: not the image (it used to become null), not the flags, not the title sent with it.
      expect(await indexingOf(db.db, subject!.gid), bad).toEqual({
        noindex: true,
        sitemapExclude: false,
        ogImage: image,
      });
      const [after] = await loadSubjects(db.db, 'product', [id]);
      expect(after!.title).toBe(subject!.title);
    }
    const loaded = await run(() =>
      seoEditorRoute.loader(args(get(owner, `${path}?language=en`), { type: 'product', id: String(id) })),
    );
    expect(loaded.body.fields).not.toContainEqual(
      expect.objectContaining({ field: 'meta_title', value: 'Must not be saved' }),
    );

    // Choosing the default (empty) still clears it on purpose.
    expect((await save({ og_image: '' })).status).toBe(200);
    expect((await indexingOf(db.db, subject!.gid)).ogImage).toBeNull();
  });
});

describe('bad input: 400, the field’s error, nothing changed', () => {
  it('exchange rates: a rate that is not a positive number', async () => {
    const before = await rateHistory(db.db);
    const res = await run(() =>
      ratesRoute.action(
        args(post(owner, '/app/markets/rates', { intent: 'rate', currency: 'JPY', rate: '-1' })),
      ),
    );
    expect(res).toMatchObject({ status: 400, body: { ok: false, intent: 'rate', errors: { rate: 'rate' } } });
    const unknown = await run(() =>
      ratesRoute.action(
        args(
          post(owner, '/app/markets/rates', {
            intent: 'tax',
            countryCode: 'Germany',
            ratePercent: '19',
            source: 'BZSt',
            effectiveFrom: '2026-01-01',
          }),
        ),
      ),
    );
    expect(unknown).toMatchObject({
      status: 400,
      body: { intent: 'tax', errors: { countryCode: 'countryCode' } },
    });
    expect(await rateHistory(db.db)).toEqual(before);
  });

  it('duty rates: every bad field at once', async () => {
    const before = await listDutyRates(db.db);
    const res = await run(() =>
      shippingRoute.action(
        args(
          post(owner, '/app/markets/shipping', {
            intent: 'duty',
            destination: 'DE',
            hsChapter: '6',
            ratePercent: 'lots',
            source: 'x',
            effectiveFrom: 'soon',
          }),
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, intent: 'duty' });
    expect(Object.keys(res.body.errors as object).sort()).toEqual([
      'effectiveFrom',
      'hsChapter',
      'ratePercent',
      'source',
    ]);
    expect(await listDutyRates(db.db)).toEqual(before);
  });

  it('redirects: a bad locale and a path to itself, each on its field', async () => {
    const before = await listRedirects(db.db);
    const locale = await run(() =>
      redirectsRoute.action(
        args(
          post(owner, '/app/seo/redirects', {
            locale: 'Deutsch',
            path: '/products/old',
            target: '/products/new',
          }),
        ),
      ),
    );
    expect(locale).toMatchObject({
      status: 400,
      body: { intent: 'add', errors: { locale: 'invalidLocale' } },
    });
    const self = await run(() =>
      redirectsRoute.action(
        args(
          post(owner, '/app/seo/redirects', {
            locale: '*',
            path: '/products/same',
            target: '/products/same',
          }),
        ),
      ),
    );
    expect(self).toMatchObject({ status: 400, body: { intent: 'add', errors: { path: 'samePath' } } });
    expect(await listRedirects(db.db)).toEqual(before);
  });

  it('own password: too short, then not confirmed; the old one still signs in', async () => {
    const me = await signedIn(db.db, auth, 'forms-pw@shop.test', 'support', {
      password: 'the old long password',
    });
    const short = await run(() =>
      passwordRoute.action(args(post(me, '/app/account/password', { password: 'short', confirm: 'short' }))),
    );
    expect(short).toMatchObject({ status: 400, body: { errors: { password: 'tooShort' } } });
    expect(short.body.errors as object).not.toHaveProperty('confirm');
    const mismatch = await run(() =>
      passwordRoute.action(
        args(
          post(me, '/app/account/password', {
            password: 'a new long password',
            confirm: 'a new long passwort',
          }),
        ),
      ),
    );
    expect(mismatch).toMatchObject({ status: 400, body: { errors: { confirm: 'mismatch' } } });
    expect((await verifySignIn(db.db, 'forms-pw@shop.test', 'the old long password')).ok).toBe(true);
  });
});

describe('toasts', () => {
  it('a saved form leaves a signed toast that the admin layout shows once; a forged one is ignored', async () => {
    const me = await signedIn(db.db, auth, 'forms-toast@shop.test', 'marketer');
    const done = await run(() =>
      accountRoute.action(args(post(me, '/app/account', { name: 'Toast Tester', locale: 'en' }))),
    );
    expect(done).toMatchObject({ status: 200, body: { ok: true, intent: 'profile' } });
    const toastCookie = done.headers.get('set-cookie')!.split(';')[0]!;
    expect(toastCookie).toMatch(/^__meridian_toast=/);

    const page = await run(() => layoutRoute.loader(args(get(me, '/app/account', toastCookie))));
    expect(page.body.toast).toMatchObject({ key: 'account.saved' });
    expect(page.headers.get('set-cookie')).toMatch(/^__meridian_toast=;.*Max-Age=0/i);
    // Without the cookie (cleared by that response) the next page has no toast.
    expect((await run(() => layoutRoute.loader(args(get(me, '/app/account'))))).body.toast).toBeNull();

    const forged = `__meridian_toast=${btoa(JSON.stringify({ id: 'x', key: 'account.saved' }))}`;
    expect(
      (await run(() => layoutRoute.loader(args(get(me, '/app/account', forged))))).body.toast,
    ).toBeNull();
  });

  it('bad input leaves no toast', async () => {
    const me = await signedIn(db.db, auth, 'forms-toast2@shop.test', 'marketer');
    const bad = await run(() =>
      accountRoute.action(args(post(me, '/app/account', { name: '', locale: 'en' }))),
    );
    expect(bad).toMatchObject({ status: 400, body: { errors: { name: 'name' } } });
    expect(bad.headers.get('set-cookie')).toBeNull();
  });
});

describe('sign-in, sign-in link and sign-out speak the same protocol', () => {
  const signInRequest = (fields: Record<string, string>, address: string) => {
    const context = new RouterContextProvider();
    context.set(clientAddressContext, address);
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    return {
      request: new Request('http://shop.test/app/login', { method: 'POST', body }),
      params: {},
      context,
    };
  };

  it('a blank or oversized field is a 400 next to that field, before any rate limit or lookup', async () => {
    const blank = await run(() =>
      loginRoute.action(signInRequest({ email: ' ', password: '' }, '203.0.113.1') as never),
    );
    expect(blank).toMatchObject({
      status: 400,
      body: { ok: false, intent: 'signIn', errors: { email: 'email', password: 'password' } },
    });
    const long = await run(() =>
      loginRoute.action(
        signInRequest({ email: 'forms-owner@shop.test', password: 'x'.repeat(1025) }, '203.0.113.1') as never,
      ),
    );
    expect(long).toMatchObject({ status: 400, body: { errors: { password: 'password' } } });
    expect(long.body.errors).not.toHaveProperty('email');
  });

  it('too many guesses: 429 with Retry-After and the wait in the form error', async () => {
    const guess = (i: number) =>
      run(() =>
        loginRoute.action(
          signInRequest(
            { email: 'forms-limit@shop.test', password: `guess ${i}` },
            `203.0.113.${10 + i}`,
          ) as never,
        ),
      );
    for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(401);
    const limited = await guess(5);
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({
      ok: false,
      intent: 'signIn',
      errors: { form: `rateLimited:${wait}` },
    });
  });

  it('signing in with the right password does not count as a guess: a member on several devices is never locked out', async () => {
    await createStaff(db.db, {
      email: 'forms-devices@shop.test',
      name: 'Devices',
      role: 'support',
      locale: 'en',
      password: 'a long enough password',
    });
    const signIn = (password: string, i: number) =>
      run(() =>
        loginRoute.action(
          signInRequest({ email: 'forms-devices@shop.test', password }, `203.0.113.${60 + i}`) as never,
        ),
      );
    for (let i = 0; i < 7; i++) expect((await signIn('a long enough password', i)).status).toBe(302);
    // Guesses still count: five wrong ones use up the limit, and then even the right password waits.
    for (let i = 0; i < 5; i++) expect((await signIn(`guess ${i}`, 10 + i)).status).toBe(401);
    expect((await signIn('a long enough password', 20)).status).toBe(429);
  });

  it('a used sign-in link is a 410 with the form error; a fresh one signs in once', async () => {
    const token = await createLoginToken(db.db, owner.id);
    const click = () =>
      run(() =>
        loginLinkRoute.action({
          request: new Request(`http://shop.test/app/login/link/${token}`, { method: 'POST' }),
          params: { token },
          context: {},
        } as never),
      );
    const first = await click();
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/app/account/password');
    expect(await click()).toMatchObject({
      status: 410,
      body: { ok: false, intent: 'continue', errors: { form: 'linkInvalid' } },
    });
  });

  it('signing out ends the session and says so on the sign-in page, once', async () => {
    const me = await signedIn(db.db, auth, 'forms-signout@shop.test', 'support');
    const out = await run(() => logoutRoute.action(args(post(me, '/app/logout', {}))));
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe('/app/login');
    const cookies = out.headers.getSetCookie();
    const toast = cookies.find((c) => c.startsWith('__meridian_toast='))!.split(';')[0]!;
    expect(cookies.some((c) => !c.startsWith('__meridian_toast='))).toBe(true);
    expect(
      await auth.authenticate(new Request('http://shop.test/app', { headers: { cookie: me.cookie } })),
    ).toBeNull();
    const page = await run(() =>
      loginRoute.loader(args(new Request('http://shop.test/app/login', { headers: { cookie: toast } }))),
    );
    expect(page.body.toast).toMatchObject({ key: 'login.signedOut' });
    expect(page.headers.get('set-cookie')).toMatch(/^__meridian_toast=;.*Max-Age=0/i);
  });
});

describe('ids from URLs and forms', () => {
  it('an id past PostgreSQL integer, or not a plain number, is a 404, not a database error', async () => {
    for (const id of ['99999999999', '2147483648', '1e3', '-1']) {
      const order = await run(() => orderRoute.loader(args(get(owner, `/app/orders/${id}`), { id })));
      expect(order.status, id).toBe(404);
      const product = await run(() => productRoute.loader(args(get(owner, `/app/products/${id}`), { id })));
      expect(product.status, id).toBe(404);
    }
    const fulfil = await run(() =>
      orderRoute.action(
        args(post(owner, '/app/orders/99999999999', { trackingNumber: 'TRACK1234' }), { id: '99999999999' }),
      ),
    );
    expect(fulfil).toMatchObject({ status: 404, body: { errors: { form: 'notFound' } } });
    const remove = await run(() =>
      shippingRoute.action(
        args(post(owner, '/app/markets/shipping', { intent: 'removeRate', id: '99999999999' })),
      ),
    );
    expect(remove).toMatchObject({ status: 404, body: { ok: false, intent: 'removeRate' } });
  });
});
