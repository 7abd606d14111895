import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { markets, staffMembers } from '#app/db/schema/index.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import type { StaffRole } from '#app/modules/staff/core/role-names.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { saveMarket } from '#app/modules/markets/market-admin.server.ts';
import { createInProcessStorefront } from '#app/storefront-api/in-process-client.server.ts';
import { countryOf } from '#app/storefront/locales.ts';
import { loadStoreLocales } from '#app/storefront/storefront-context.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import { changeStaff } from '#app/modules/staff/staff-admin.server.ts';
import {
  createLoginToken,
  createStaff,
  findStaffById,
  consumeLoginToken,
  setStaffPassword,
} from '#app/modules/staff/staff.server.ts';
import * as accountRoute from '#app/routes/app.account._index.tsx';
import * as loginRoute from '#app/routes/app_.login.tsx';
import * as marketRoute from '#app/routes/app.markets.$id.tsx';
import * as searchRoute from '#app/routes/app.search.tsx';
import * as staffRoute from '#app/routes/app.staff.tsx';
import { clientAddressContext } from '#app/lib/client-address.ts';
import { readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import {
  get,
  post,
  run,
  signedIn as signedInAs,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { marketForm } from '#tests/support/market-form.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { RouterContextProvider } from 'react-router';

let db: DbHandle;
let auth: AdminAuthenticator;
const PASSWORD = 'a long enough password';

type Session = AdminSession;
const signedIn = (email: string, role: StaffRole, locale = 'en'): Promise<Session> =>
  signedInAs(db.db, auth, email, role, { locale, password: PASSWORD });

const stillSignedIn = async (s: Session) =>
  (await auth.authenticate(new Request('http://shop.test/app', { headers: { cookie: s.cookie } }))) != null;

function login(email: string, password: string) {
  const context = new RouterContextProvider();
  context.set(clientAddressContext, `198.51.100.${Math.floor(Math.random() * 200)}`);
  const body = new FormData();
  body.set('email', email);
  body.set('password', password);
  return run(() =>
    loginRoute.action({
      request: new Request('http://shop.test/app/login', { method: 'POST', body }),
      params: {},
      context,
    } as never),
  );
}

beforeAll(async () => {
  db = await createTestDb('seeded');
  auth = installTestAdminAuth(db.db);
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

describe('staff: edit, suspend, reactivate, remove', () => {
  it('the owner edits a member’s name, role and admin language; bad values change nothing', async () => {
    const owner = await signedIn('owner1@shop.test', 'owner');
    const member = await signedIn('lena@shop.test', 'support');
    const bad = await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', {
          intent: 'edit',
          id: String(member.id),
          name: 'Lena',
          role: 'emperor',
          locale: 'de',
        }),
        params: {},
        context: {},
      } as never),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toMatchObject({ role: 'role' });
    expect(await findStaffById(db.db, member.id)).toMatchObject({ role: 'support', locale: 'en' });
    const ok = await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', {
          intent: 'edit',
          id: String(member.id),
          name: 'Lena Vogel',
          role: 'marketer',
          locale: 'de',
        }),
        params: {},
        context: {},
      } as never),
    );
    expect(ok).toMatchObject({ status: 200, body: { ok: true, intent: 'edit' } });
    expect(await findStaffById(db.db, member.id)).toMatchObject({
      name: 'Lena Vogel',
      role: 'marketer',
      locale: 'de',
    });
    // The new role applies to the member's running session at once.
    expect((await auth.authenticate(get(member, '/app')))?.principal).toMatchObject({
      role: 'marketer',
      locale: 'de',
    });
  });

  it('suspending ends the member’s sessions and links at once and refuses sign-in with its own message; reactivating lets them back', async () => {
    const owner = await signedIn('owner2@shop.test', 'owner');
    const member = await signedIn('sam@shop.test', 'merchandiser');
    const link = await createLoginToken(db.db, member.id);
    expect(await stillSignedIn(member)).toBe(true);
    const res = await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', { intent: 'suspend', id: String(member.id) }),
        params: {},
        context: {},
      } as never),
    );
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
    expect(await stillSignedIn(member)).toBe(false);
    expect(await consumeLoginToken(db.db, link)).toBeNull();
    expect(await login('sam@shop.test', PASSWORD)).toMatchObject({
      status: 403,
      body: { ok: false, intent: 'signIn', errors: { form: 'suspended' } },
    });
    // Without the password nothing says the account exists or is suspended.
    expect(await login('sam@shop.test', 'not the password at all')).toMatchObject({
      status: 401,
      body: { ok: false, intent: 'signIn', errors: { form: 'invalid' } },
    });
    await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', { intent: 'reactivate', id: String(member.id) }),
        params: {},
        context: {},
      } as never),
    );
    expect((await login('sam@shop.test', PASSWORD)).status).toBe(302);
    const list = await run(() =>
      staffRoute.loader({ request: get(owner, '/app/staff'), params: {}, context: {} } as never),
    );
    expect(
      (list.body.staff as { id: number; suspended: boolean }[]).find((s) => s.id === member.id)?.suspended,
    ).toBe(false);
  });

  it('removing deletes the member and ends their sessions', async () => {
    const owner = await signedIn('owner3@shop.test', 'owner');
    const member = await signedIn('kim@shop.test', 'marketer');
    const res = await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', { intent: 'remove', id: String(member.id) }),
        params: {},
        context: {},
      } as never),
    );
    expect(res.status).toBe(200);
    expect(await findStaffById(db.db, member.id)).toBeNull();
    expect(await stillSignedIn(member)).toBe(false);
    expect(await login('kim@shop.test', PASSWORD)).toMatchObject({ status: 401 });
    const again = await run(() =>
      staffRoute.action({
        request: post(owner, '/app/staff', { intent: 'remove', id: String(member.id) }),
        params: {},
        context: {},
      } as never),
    );
    expect(again).toMatchObject({ status: 404, body: { errors: { form: 'notFound' } } });
  });
});

describe('staff changes are the owner’s', () => {
  it('answers 403 to every other role for every intent, and changes nothing', async () => {
    const target = await signedIn('target@shop.test', 'support');
    for (const role of ['merchandiser', 'marketer', 'support'] as const) {
      const s = await signedIn(`not-owner-${role}@shop.test`, role);
      for (const intent of ['edit', 'suspend', 'reactivate', 'remove']) {
        const res = await run(() =>
          staffRoute.action({
            request: post(s, '/app/staff', {
              intent,
              id: String(target.id),
              name: 'X',
              role: 'owner',
              locale: 'de',
            }),
            params: {},
            context: {},
          } as never),
        );
        expect(res.status, `${role} ${intent}`).toBe(403);
      }
    }
    expect(await findStaffById(db.db, target.id)).toMatchObject({
      role: 'support',
      name: 'target',
      disabledAt: null,
    });
    expect(await stillSignedIn(target)).toBe(true);
  });
});

describe('the last active owner', () => {
  /** Leaves exactly the given owners active (other owners become support). */
  async function onlyOwners(ids: number[]) {
    const all = await db.db.select().from(staffMembers);
    for (const s of all) {
      if (ids.includes(s.id))
        await db.db
          .update(staffMembers)
          .set({ role: 'owner', disabledAt: null })
          .where(eq(staffMembers.id, s.id));
      else if (s.role === 'owner')
        await db.db.update(staffMembers).set({ role: 'support' }).where(eq(staffMembers.id, s.id));
    }
  }
  const activeOwners = async () =>
    (await db.db.select().from(staffMembers))
      .filter((s) => s.role === 'owner' && !s.disabledAt)
      .map((s) => s.id);

  it('cannot be demoted, suspended or removed (a localized error, nothing changes)', async () => {
    const owner = await signedIn('solo@shop.test', 'owner');
    await onlyOwners([owner.id]);
    for (const fields of [
      { intent: 'edit', name: 'Solo', role: 'support', locale: 'en' } as Record<string, string>,
      { intent: 'suspend' },
      { intent: 'remove' },
    ]) {
      const res = await run(() =>
        staffRoute.action({
          request: post(owner, '/app/staff', { id: String(owner.id), ...fields }),
          params: {},
          context: {},
        } as never),
      );
      expect(res, fields.intent).toMatchObject({
        status: 409,
        body: { ok: false, errors: { form: 'lastOwner' } },
      });
    }
    expect(await activeOwners()).toEqual([owner.id]);
    expect(await stillSignedIn(owner)).toBe(true);
    // Editing the last owner's name and language is fine.
    expect(
      await changeStaff(db.db, owner.id, {
        kind: 'edit',
        name: 'Solo Owner',
        role: 'owner',
        locale: 'zh-CN',
      }),
    ).toEqual({ ok: true });
    // A suspended owner does not count: with the other owner suspended, this one is still the last.
    const other = await signedIn('other-owner@shop.test', 'owner');
    expect(await changeStaff(db.db, other.id, { kind: 'suspend' })).toEqual({ ok: true });
    expect(await changeStaff(db.db, owner.id, { kind: 'remove' })).toEqual({
      ok: false,
      problem: 'lastOwner',
    });
  });

  it('two owners demoting each other at the same time: one wins, one gets the error', async () => {
    const a = await signedIn('race-a@shop.test', 'owner');
    const b = await signedIn('race-b@shop.test', 'owner');
    await onlyOwners([a.id, b.id]);
    const results = await Promise.all([
      changeStaff(db.db, a.id, { kind: 'edit', name: 'A', role: 'support', locale: 'en' }),
      changeStaff(db.db, b.id, { kind: 'edit', name: 'B', role: 'support', locale: 'en' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: 'lastOwner' }]);
    expect(await activeOwners()).toHaveLength(1);

    // Through the route, racing a removal against a suspension of the two owners.
    await onlyOwners([a.id, b.id]);
    const [ra, rb] = await Promise.all([
      run(() =>
        staffRoute.action({
          request: post(a, '/app/staff', { intent: 'remove', id: String(b.id) }),
          params: {},
          context: {},
        } as never),
      ),
      run(() =>
        staffRoute.action({
          request: post(b, '/app/staff', { intent: 'suspend', id: String(a.id) }),
          params: {},
          context: {},
        } as never),
      ),
    ]);
    // One succeeds; the other is refused: the last-owner error, or a sign-in redirect when its author was removed or suspended first.
    expect([ra, rb].filter((r) => r.status === 200)).toHaveLength(1);
    expect([ra, rb].filter((r) => r.status === 409 || r.status === 302)).toHaveLength(1);
    expect(await activeOwners()).toHaveLength(1);
  });
});

describe('own account', () => {
  it('each person changes their own name and admin language; anything else is refused', async () => {
    const me = await signedIn('mia@shop.test', 'support');
    const bad = await run(() =>
      accountRoute.action({
        request: post(me, '/app/account', { name: 'Mia', locale: 'fr' }),
        params: {},
        context: {},
      } as never),
    );
    expect(bad).toMatchObject({ status: 400, body: { errors: { locale: 'language' } } });
    const ok = await run(() =>
      accountRoute.action({
        request: post(me, '/app/account', { name: 'Mia Chen', locale: 'zh-CN' }),
        params: {},
        context: {},
      } as never),
    );
    expect(ok.status).toBe(200);
    expect((await auth.authenticate(get(me, '/app')))?.principal).toMatchObject({
      name: 'Mia Chen',
      locale: 'zh-CN',
      role: 'support',
    });
    // The account page cannot change a role.
    await run(() =>
      accountRoute.action({
        request: post(me, '/app/account', { name: 'Mia Chen', locale: 'de', role: 'owner' }),
        params: {},
        context: {},
      } as never),
    );
    expect((await findStaffById(db.db, me.id))?.role).toBe('support');
  });
});

describe('markets: currency and languages from lists', () => {
  it('offers only currencies with a rate and the storefront’s languages, named in the admin language', async () => {
    const owner = await signedIn('markets-de@shop.test', 'owner', 'de');
    const config = await getMarketConfig(db.db);
    const ca = config.markets.find((m) => m.countries.includes('CA'))!;
    const page = await run(() =>
      marketRoute.loader({
        request: get(owner, `/app/markets/${ca.id}`),
        params: { id: String(ca.id) },
        context: {},
      } as never),
    );
    const currencies = page.body.currencies as { value: string; label: string }[];
    expect(currencies.map((c) => c.value).sort()).toEqual(
      [config.shopCurrency, ...Object.keys(config.rates)].sort(),
    );
    expect(currencies.find((c) => c.value === 'EUR')?.label).toBe(
      `EUR · ${new Intl.DisplayNames(['de'], { type: 'currency' }).of('EUR')}`,
    );
    const languages = page.body.languages as { value: string; label: string }[];
    expect(languages.map((l) => l.value)).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'ja', 'zh-CN', 'ar']);
    expect(languages.find((l) => l.value === 'fr')?.label).toBe('Französisch');
  });

  it('refuses a currency without a rate, an unknown code and a language the storefront lacks, and changes nothing', async () => {
    const config = await getMarketConfig(db.db);
    const ca = config.markets.find((m) => m.countries.includes('CA'))!;
    const before = (await db.db.select().from(markets).where(eq(markets.id, ca.id)))[0];
    expect(await saveMarket(db.db, ca.id, marketForm(ca, { currency: 'BRL' }))).toMatchObject({
      ok: false,
      errors: { currency: 'noRate' },
    });
    expect(await saveMarket(db.db, ca.id, marketForm(ca, { currency: 'XYZ' }))).toMatchObject({
      ok: false,
      errors: { currency: 'unknownCurrency' },
    });
    expect(
      await saveMarket(db.db, ca.id, marketForm(ca, { languages: 'en,fr,pt', defaultLanguage: 'en' })),
    ).toMatchObject({ ok: false, errors: { languages: 'languageNotOffered:pt' } });
    expect((await db.db.select().from(markets).where(eq(markets.id, ca.id)))[0]).toEqual(before);
    // The storefront's locales come from its result cache, and the next request sees the change.
    const storefront = createInProcessStorefront({
      db: db.db,
      origin: 'https://shop.test',
      i18n: { language: 'EN', country: 'US' },
    });
    const canada = async () => countryOf(await loadStoreLocales(storefront), 'CA')?.defaultLanguage;
    expect(await canada()).toBe('en');
    // Choices from the lists are saved.
    expect(
      await saveMarket(db.db, ca.id, marketForm(ca, { languages: 'fr,en', defaultLanguage: 'fr' })),
    ).toMatchObject({ ok: true });
    expect(await canada()).toBe('fr');
    expect((await db.db.select().from(markets).where(eq(markets.id, ca.id)))[0]).toMatchObject({
      languages: ['fr', 'en'],
      defaultLanguage: 'fr',
    });
  });
});

describe('top-bar search', () => {
  let orderNumber: number;
  beforeAll(async () => {
    const sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
    const { token } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    const outcome = await payForCheckout(db.db, createTestProvider(db.db), token, {
      returnUrl: 'https://shop.test/r',
      orderUrl: (c: string, n: number) => `https://shop.test/orders/${c}/${n}`,
    });
    if (outcome.kind !== 'placed') throw new Error(`order not placed: ${outcome.kind}`);
    orderNumber = outcome.orderNumber;
  });

  const search = async (session: Session, q: string) =>
    (
      await run(() =>
        searchRoute.loader({
          request: get(session, `/app/search?q=${encodeURIComponent(q)}`),
          params: {},
          context: {},
        } as never),
      )
    ).body as { kinds: string[]; hits: { kind: string; title: string; url: string }[] };

  it('finds products, orders and pages for the owner, each linking to its admin page', async () => {
    const owner = await signedIn('search-owner@shop.test', 'owner');
    const products = await search(owner, 'merino');
    expect(products.hits.filter((h) => h.kind === 'product').length).toBeGreaterThan(0);
    expect(products.hits.every((h) => h.kind !== 'product' || /merino/i.test(h.title))).toBe(true);
    expect(products.hits.find((h) => h.kind === 'product')!.url).toMatch(/^\/app\/products\/\d+$/);
    const orders = await search(owner, `#${orderNumber}`);
    expect(orders.hits).toContainEqual(
      expect.objectContaining({
        kind: 'order',
        title: `#${orderNumber}`,
        url: expect.stringMatching(/^\/app\/orders\/\d+$/),
      }),
    );
    const byEmail = await search(owner, 'shopper@example.com');
    expect(byEmail.hits.some((h) => h.kind === 'order')).toBe(true);
    const pages = await search(owner, 'story');
    expect(pages.hits).toContainEqual(
      expect.objectContaining({
        kind: 'page',
        title: 'Our story',
        url: expect.stringMatching(/^\/app\/seo\/page\/\d+$/),
      }),
    );
    expect((await search(owner, '   ')).hits).toEqual([]);
    expect((await search(owner, 'zzzz-nothing-matches')).hits).toEqual([]);
    // Control characters (a NUL cannot reach PostgreSQL text) are dropped, not a 500.
    expect(
      (await search(owner, 'mer\u0000ino')).hits.some((h) => h.kind === 'product' && /merino/i.test(h.title)),
    ).toBe(true);
  });

  it('shows each role only the kinds of results it may open', async () => {
    const expected: Record<Exclude<StaffRole, 'owner'>, string[]> = {
      merchandiser: ['product'],
      marketer: ['page'],
      support: ['order'],
    };
    for (const [role, kinds] of Object.entries(expected)) {
      const s = await signedIn(`search-${role}@shop.test`, role as StaffRole);
      const all = [
        ...(await search(s, 'merino')).hits,
        ...(await search(s, String(orderNumber))).hits,
        ...(await search(s, 'story')).hits,
      ];
      expect((await search(s, 'x')).kinds, role).toEqual(kinds);
      expect([...new Set(all.map((h) => h.kind))], role).toEqual(kinds);
    }
  });
});

describe('sign-in links of suspended staff', () => {
  it('a link issued before the suspension no longer signs in', async () => {
    const staff = await createStaff(db.db, { email: 'late-link@shop.test', name: 'Late', role: 'support' });
    await setStaffPassword(db.db, staff.id, PASSWORD);
    const token = await createLoginToken(db.db, staff.id);
    await changeStaff(db.db, staff.id, { kind: 'suspend' });
    expect(await consumeLoginToken(db.db, token)).toBeNull();
  });
});
