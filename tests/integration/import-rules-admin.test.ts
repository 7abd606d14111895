import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import {
  importRuleFor,
  installRuleLibrary,
  listImportRules,
} from '#app/modules/checkout/import-rules.server.ts';
import { getMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import * as rulesRoute from '#app/routes/app.markets.import-rules.tsx';
import { eq } from 'drizzle-orm';
import { orders } from '#app/db/schema/index.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import * as orderRoute from '#app/routes/app.orders.$id.tsx';
import {
  get,
  post,
  run,
  signedIn,
  type AdminSession,
  installTestAdminAuth,
} from '#tests/support/admin-requests.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';
import { createTestDb } from '#tests/support/test-db.ts';

/**
 * Import rule versions through the admin: a merchandiser proposes, only an owner approves, and
 * only an approved version prices orders, from its date. Over real HTTP-shaped requests with the
 * CSRF token, on a real database.
 */
let db: DbHandle;
let auth: AdminAuthenticator;
let owner: AdminSession;
let merchandiser: AdminSession;
let support: AdminSession;
const args = (request: Request) => ({ request, params: {}, context: {} }) as never;

const proposal = {
  intent: 'propose',
  destination: 'GB',
  origins: '',
  effectiveFrom: '2029-03-01',
  thresholdValue: 'goods',
  customsValue: 'cif',
  saleTaxMode: 'never',
  saleTaxThreshold: '',
  scheme: '',
  dutyFreeUpTo: '',
  flatAmount: '',
  flatUpTo: '',
  importTaxPercent: '',
  importTaxFreeUpTo: '',
  onDuty: 'true',
  onShipping: 'false',
  unestimated: 'false',
  sourceUrl: 'https://www.gov.uk/government/publications/low-value-imports',
  note: 'The £135 relief ends: import VAT and duty at the border from the first penny.',
};

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  auth = installTestAdminAuth(db.db);
  owner = await signedIn(db.db, auth, 'rules-owner@shop.test', 'owner');
  merchandiser = await signedIn(db.db, auth, 'rules-merch@shop.test', 'merchandiser');
  support = await signedIn(db.db, auth, 'rules-support@shop.test', 'support');
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

describe('import rules in the admin', () => {
  it('lists the versions of the markets’ destinations with their sources and states', async () => {
    const res = await run(() => rulesRoute.loader(args(get(owner, '/app/markets/import-rules'))));
    const versions = (
      res.body as {
        versions: { destination: string; effectiveFrom: string; status: string; sourceUrl: string }[];
      }
    ).versions;
    const de = versions.filter((v) => v.destination === 'DE');
    expect(de.map((v) => [v.effectiveFrom, v.status])).toEqual([
      ['2026-07-01', 'inForce'],
      ['2021-07-01', 'superseded'],
    ]);
    expect(versions.every((v) => v.sourceUrl.startsWith('https://'))).toBe(true);
    // Only destinations the store sells to: no Belgian rules for a store without Belgium.
    expect(versions.some((v) => v.destination === 'BE')).toBe(false);
    expect(versions.some((v) => v.destination === 'ES-CN')).toBe(true);
  });

  it('support staff cannot see or change rules', async () => {
    await expect(rulesRoute.loader(args(get(support, '/app/markets/import-rules')))).rejects.toMatchObject({
      init: { status: 403 },
    });
  });

  it('a merchandiser proposes a version; it does not price orders until an owner approves it', async () => {
    const before = (await listImportRules(db.db)).length;
    const res = await run(() =>
      rulesRoute.action(args(post(merchandiser, '/app/markets/import-rules', proposal))),
    );
    expect(res.body).toMatchObject({ ok: true });
    const pending = (await listImportRules(db.db)).find(
      (v) => v.status === 'pending' && v.destination === 'GB',
    )!;
    expect(pending).toMatchObject({ effectiveFrom: '2029-03-01', currency: 'GBP' });
    expect((await listImportRules(db.db)).length).toBe(before + 1);
    const config = await getMarketConfig(db.db);
    const when = new Date('2029-06-01T00:00:00Z');
    expect((await importRuleFor(db.db, config, 'GB', 'US', 'GBP', when))!.id).not.toBe(pending.id);

    const denied = await run(() =>
      rulesRoute.action(
        args(post(merchandiser, '/app/markets/import-rules', { intent: 'approve', id: String(pending.id) })),
      ),
    );
    expect(denied).toMatchObject({ status: 403, body: { errors: { form: 'ownerOnly' } } });

    const approved = await run(() =>
      rulesRoute.action(
        args(post(owner, '/app/markets/import-rules', { intent: 'approve', id: String(pending.id) })),
      ),
    );
    expect(approved.body).toMatchObject({ ok: true });
    expect((await importRuleFor(db.db, config, 'GB', 'US', 'GBP', when))!.id).toBe(pending.id);
    // Before its date the version in force is still the library's.
    expect(
      (await importRuleFor(db.db, config, 'GB', 'US', 'GBP', new Date('2029-02-28T12:00:00Z')))!.id,
    ).not.toBe(pending.id);
    // Decided once: a second approval (or a rejection) is refused.
    const again = await run(() =>
      rulesRoute.action(
        args(post(owner, '/app/markets/import-rules', { intent: 'reject', id: String(pending.id) })),
      ),
    );
    expect(again).toMatchObject({ status: 409 });
  });

  it('library versions cannot be rejected, and a bad proposal changes nothing and names each field', async () => {
    const library = (await listImportRules(db.db)).find((v) => v.libraryKey === 'JP:2024-01-01')!;
    const res = await run(() =>
      rulesRoute.action(
        args(post(owner, '/app/markets/import-rules', { intent: 'reject', id: String(library.id) })),
      ),
    );
    expect(res.status).toBe(409);
    const before = await listImportRules(db.db);
    const bad = await run(() =>
      rulesRoute.action(
        args(
          post(merchandiser, '/app/markets/import-rules', {
            ...proposal,
            effectiveFrom: 'soon',
            saleTaxMode: 'up-to',
            flatAmount: '3',
            importTaxPercent: 'lots',
            sourceUrl: 'javascript:alert(1)',
            origins: 'United States',
          }),
        ),
      ),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors as object).sort()).toEqual(
      [
        'effectiveFrom',
        'flatUpTo',
        'importTaxPercent',
        'origins',
        'saleTaxThreshold',
        'scheme',
        'sourceUrl',
      ].sort(),
    );
    const unknown = await run(() =>
      rulesRoute.action(
        args(post(merchandiser, '/app/markets/import-rules', { ...proposal, destination: 'ZZ' })),
      ),
    );
    expect(unknown).toMatchObject({ status: 400, body: { errors: { destination: 'destination' } } });
    expect(await listImportRules(db.db)).toEqual(before);
  });

  it('the order page names the rule version that priced the order and what was left to the border', async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'AE',
      language: 'en',
      lines: [{ variantId: await variantIdBySku(db.db, 'AO-MER-OAT-M'), quantity: 1 }],
    });
    expect((await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX)).kind).toBe('placed');
    const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
    const res = await run(() =>
      orderRoute.loader({
        request: get(support, `/app/orders/${order!.id}`),
        params: { id: String(order!.id) },
        context: {},
      } as never),
    );
    const shown = (res.body as { order: { importRule: unknown; totals: { atBorder: { amount: string } } } })
      .order;
    expect(shown.importRule).toEqual({
      destination: 'AE',
      effectiveFrom: '2023-03-01',
      sourceUrl: expect.stringMatching(/^https:\/\/taxnews\.ey\.com\//),
    });
    expect(shown.totals.atBorder.amount).toBe(toDecimalString(state.totals.atBorder));
    expect(state.totals.atBorder.amount).toBeGreaterThan(0);
  });

  it('installing the library again adds nothing (boot runs it every time)', async () => {
    expect(await installRuleLibrary(db.db)).toBe(0);
  });
});
