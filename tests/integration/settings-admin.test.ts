import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { markets, shop } from '#app/db/schema/index.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import { invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { policiesByKind, policyTranslations } from '#app/modules/policies/policies.server.ts';
import { getBrand } from '#app/modules/shop/brand.server.ts';
import * as brandRoute from '#app/routes/app.settings.brand.tsx';
import * as policiesRoute from '#app/routes/app.settings.policies.tsx';
import {
  get,
  post,
  run,
  signedIn,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { cachedFingerprint, changedTables } from '#tests/support/db-fingerprint.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/** The owner's policy and brand settings: real routes, real database; refused posts change nothing. */
let db: DbHandle;
let owner: AdminSession;
let marketer: AdminSession;
let fingerprint: () => Promise<Map<string, string>>;
const args = (request: Request) => ({ request, params: {}, context: {} }) as never;
const savePolicy = (session: AdminSession, fields: Record<string, string>) =>
  run(() => policiesRoute.action(args(post(session, '/app/settings/policies', fields))));
const postBrand = (session: AdminSession, fields: Record<string, string | Blob>, csrf = session.csrf) => {
  const body = new FormData();
  body.set('csrf', csrf);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return run(() =>
    brandRoute.action(
      args(
        new Request('http://shop.test/app/settings/brand', {
          method: 'POST',
          headers: { cookie: session.cookie },
          body,
        }),
      ),
    ),
  );
};

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  const auth = installTestAdminAuth(db.db);
  owner = await signedIn(db.db, auth, 'settings-owner@shop.test', 'owner', { password: null });
  marketer = await signedIn(db.db, auth, 'settings-marketer@shop.test', 'marketer', { password: null });
  fingerprint = cachedFingerprint(db.db);
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

/** Runs a refused request and checks it changed no table. */
async function refusedChangesNothing(
  request: () => Promise<{ status: number; body: Record<string, unknown> }>,
) {
  const before = await fingerprint();
  const reply = await request();
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return reply;
}

describe('policy settings', () => {
  it('saves a German refund policy as the translation of the English one', async () => {
    const reply = await savePolicy(owner, {
      kind: 'refund',
      language: 'de',
      title: 'Widerruf und Erstattung',
      body: '<p>Rückgabe binnen {{ return_window_days }} Tagen.</p><script>x</script>',
    });
    expect(reply.status).toBe(200);
    const row = (await policiesByKind(db.db)).get('refund')!;
    expect((await policyTranslations(db.db, [row.id])).get(row.id)?.get('de')).toEqual({
      title: 'Widerruf und Erstattung',
      body: '<p>Rückgabe binnen {{ return_window_days }} Tagen.</p>',
    });
    const page = await run(() =>
      policiesRoute.loader(args(get(owner, '/app/settings/policies?language=de'))),
    );
    const refund = (page.body.policies as { kind: string; title: string }[]).find((p) => p.kind === 'refund');
    expect(refund?.title).toBe('Widerruf und Erstattung');
  });

  it('warns when the refund policy states a window a market does not give', async () => {
    await db.db.update(markets).set({ returnWindowDays: 60 }).where(eq(markets.handle, 'de-at'));
    invalidateMarketConfig();
    try {
      expect(
        (
          await savePolicy(owner, {
            kind: 'refund',
            language: 'en',
            title: 'Refund policy',
            body: '<p>Return within 30 days.</p>',
          })
        ).status,
      ).toBe(200);
      const page = await run(() => policiesRoute.loader(args(get(owner, '/app/settings/policies'))));
      const refund = (
        page.body.policies as { kind: string; window: { mismatched: { windowDays: number }[] } }[]
      ).find((p) => p.kind === 'refund');
      expect(refund?.window.mismatched).toEqual([{ market: expect.any(String), windowDays: 60 }]);
    } finally {
      await db.db.update(markets).set({ returnWindowDays: 30 }).where(eq(markets.handle, 'de-at'));
      invalidateMarketConfig();
    }
  });

  it('refuses bad input with a field code, another role and a missing CSRF token, changing nothing', async () => {
    expect(
      (await refusedChangesNothing(() => savePolicy(owner, { kind: 'cookies', language: 'en', title: 'x' })))
        .body.errors,
    ).toEqual({
      kind: 'kind',
    });
    expect(
      (await refusedChangesNothing(() => savePolicy(owner, { kind: 'privacy', language: 'xx', title: 'x' })))
        .body.errors,
    ).toEqual({ language: 'language' });
    expect(
      (
        await refusedChangesNothing(() =>
          savePolicy(owner, { kind: 'privacy', language: 'en', title: '', body: '<p>x</p>' }),
        )
      ).body.errors,
    ).toEqual({ title: 'titleRequired' });
    // A translation of a policy never written in the default language.
    const noSource = await refusedChangesNothing(() =>
      savePolicy(owner, { kind: 'subscription', language: 'de', title: 'Abo', body: '<p>x</p>' }),
    );
    expect(noSource).toMatchObject({ status: 409, body: { errors: { form: 'noSource' } } });
    expect(
      (
        await refusedChangesNothing(() =>
          savePolicy(marketer, { kind: 'privacy', language: 'en', title: 'x' }),
        )
      ).status,
    ).toBe(403);
    await refusedChangesNothing(() =>
      savePolicy(
        { ...owner, csrf: 'x'.repeat(owner.csrf.length) },
        { kind: 'privacy', language: 'en', title: 'x' },
      ),
    );
  });
});

describe('brand settings', () => {
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 4, background: '#B5562C' } })
      .png()
      .toBuffer()
      .then((b) => new Blob([new Uint8Array(b)], { type: 'image/png' }));

  it('uploads, replaces and removes the logo', async () => {
    const before = (await getBrand(db.db)).logo!;
    const reply = await postBrand(owner, {
      intent: 'upload',
      slot: 'logo',
      alt: 'A&O',
      file: await png(600, 120),
    });
    expect(reply.status).toBe(200);
    const after = (await getBrand(db.db)).logo!;
    expect(after.id).not.toBe(before.id);
    expect(after).toMatchObject({ alt: 'A&O', width: 600, height: 120 });
    expect((await postBrand(owner, { intent: 'remove', slot: 'squareLogo' })).status).toBe(200);
    expect((await getBrand(db.db)).squareLogo).toBeNull();
  });

  it('refuses what is not an image, no file, an unknown slot, a huge body and a bad colour, changing nothing', async () => {
    const text = new Blob(['not an image'], { type: 'image/png' });
    expect(
      (await refusedChangesNothing(() => postBrand(owner, { intent: 'upload', slot: 'logo', file: text })))
        .body.errors,
    ).toEqual({ file: 'unsupported' });
    expect(
      (await refusedChangesNothing(() => postBrand(owner, { intent: 'upload', slot: 'logo' }))).body.errors,
    ).toEqual({
      file: 'required',
    });
    expect(
      (
        await refusedChangesNothing(async () =>
          postBrand(owner, { intent: 'upload', slot: 'favicon', file: await png(10, 10) }),
        )
      ).body.errors,
    ).toEqual({ slot: 'slot' });
    const huge = new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' });
    expect(
      (await refusedChangesNothing(() => postBrand(owner, { intent: 'upload', slot: 'logo', file: huge })))
        .status,
    ).toBe(413);
    expect(
      (
        await refusedChangesNothing(() =>
          postBrand(owner, { intent: 'details', primaryBackground: 'red;}body{x' }),
        )
      ).body.errors,
    ).toEqual({ primaryBackground: 'colour' });
    expect((await refusedChangesNothing(() => postBrand(owner, { intent: 'nope' }))).status).toBe(400);
    expect(
      (await refusedChangesNothing(() => postBrand(marketer, { intent: 'remove', slot: 'logo' }))).status,
    ).toBe(403);
    await refusedChangesNothing(() =>
      postBrand(owner, { intent: 'remove', slot: 'logo' }, 'x'.repeat(owner.csrf.length)),
    );
  });

  it('saves the slogan, description and colours, normalised to #RRGGBB', async () => {
    const reply = await postBrand(owner, {
      intent: 'details',
      slogan: 'Slow days',
      shortDescription: 'Knitwear and ceramics.',
      primaryBackground: '#102030',
      primaryForeground: 'fff',
      secondaryBackground: '',
      secondaryForeground: '',
    });
    expect(reply.status).toBe(200);
    const [row] = await db.db.select().from(shop);
    expect(row).toMatchObject({
      slogan: 'Slow days',
      description: 'Knitwear and ceramics.',
      brandColors: { primary: [{ background: '#102030', foreground: '#FFFFFF' }], secondary: [] },
    });
  });
});
