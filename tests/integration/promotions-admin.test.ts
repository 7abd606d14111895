import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { setAdminAuth } from '#app/admin/guard.server.ts';
import { campaigns, orders, promotionCodes, promotions, variants } from '#app/db/schema/index.ts';
import { parseCsv } from '#app/lib/csv.ts';
import { updateDiscountCodes } from '#app/modules/cart/cart.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { drainJobs } from '#app/modules/jobs/runner.server.ts';
import { getMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { BULK_CODES_JOB, bulkCodesJob } from '#app/modules/promotions/bulk-codes.server.ts';
import { campaignReport } from '#app/modules/orders/campaign-report.server.ts';
import type { CampaignDraft } from '#app/modules/promotions/core/campaign-form.ts';
import { registerJobHandler } from '#app/modules/jobs/runner.server.ts';
import type { AdminAuthenticator } from '#app/modules/staff/auth.server.ts';
import * as codesCsv from '#app/routes/app.promotions.$id_.codes[.]csv.tsx';
import * as editor from '#app/routes/app.promotions.$id.tsx';
import * as list from '#app/routes/app.promotions._index.tsx';
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
 * Campaigns through the admin's own loaders and actions (CSRF, roles) on the demo store: the
 * schema-driven draft saves as minor units per currency, the simulator answers without writing,
 * marketers may look but not change, bulk codes come from a background job and stream as CSV,
 * and the report's totals are the sums over the orders.
 */
let db: DbHandle;
let auth: AdminAuthenticator;
let merchandiser: AdminSession;
let marketer: AdminSession;
let sweater: number;
let sweaterProduct: number;
let giftProduct: number;
let de: { id: number };
let us: { id: number };
let jp: { id: number };
const args = (request: Request, id = 'new') => ({ request, params: { id }, context: {} }) as never;

beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
  auth = installTestAdminAuth(db.db);
  merchandiser = await signedIn(db.db, auth, 'promo-merch@shop.test', 'merchandiser', { password: null });
  marketer = await signedIn(db.db, auth, 'promo-marketer@shop.test', 'marketer', { password: null });
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  await db.db.update(variants).set({ inventoryQuantity: 100_000 }).where(eq(variants.id, sweater));
  sweaterProduct = (await db.db.select().from(variants).where(eq(variants.id, sweater)))[0]!.productId;
  giftProduct = (
    await db.db
      .select()
      .from(variants)
      .where(sql`${variants.sku} like 'AO-NTB%'`)
      .limit(1)
  )[0]!.productId;
  const config = await getMarketConfig(db.db);
  de = config.markets.find((m) => m.countries.includes('DE'))!;
  us = config.markets.find((m) => m.countries.includes('US'))!;
  jp = config.markets.find((m) => m.countries.includes('JP'))!;
  registerJobHandler(BULK_CODES_JOB, bulkCodesJob);
});
afterAll(async () => {
  setAdminAuth(undefined);
  await db?.close();
});

/** The German spend-threshold as the editor sends it: amounts as typed, times on the shop's clock (UTC). */
function spendDraft(
  overrides: Partial<CampaignDraft> = {},
  promotion: Partial<CampaignDraft['promotions'][number]> = {},
): CampaignDraft {
  return {
    name: 'DE winter',
    marketIds: [de.id],
    startsAt: '2026-01-01T00:00',
    endsAt: '',
    budget: { EUR: '200' },
    usageLimit: '',
    perCustomerLimit: '',
    promotions: [
      {
        id: null,
        title: { en: 'Spend €100, get €15', de: '15 € ab 100 €' },
        codeMode: 'automatic',
        code: '',
        action: { code: 'amount-off', value: { amounts: { EUR: '15' }, target: { kind: 'order' } } },
        conditions: [{ code: 'minimum-spend', value: { amounts: { EUR: '100.00' } } }],
        priority: '10',
        exclusive: false,
        stacks: false,
        ...promotion,
      },
    ],
    ...overrides,
  };
}

const save = (session: AdminSession, draft: unknown, id = 'new') =>
  run(() =>
    editor.action(
      args(post(session, `/app/promotions/${id}`, { intent: 'save', draft: JSON.stringify(draft) }), id),
    ),
  );
const count = async () => (await db.db.select({ n: sql<number>`count(*)::int` }).from(campaigns))[0]!.n;

describe('the campaign editor', () => {
  it('saves a draft as a campaign in minor units and redirects to it; editing keeps the promotion', async () => {
    const res = await save(merchandiser, spendDraft());
    expect(res.status).toBe(302);
    const id = Number(res.headers.get('location')!.split('/').pop());
    const [campaign] = await db.db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(campaign).toMatchObject({
      name: 'DE winter',
      status: 'draft',
      budget: { EUR: 20000 },
      marketIds: [de.id],
    });
    expect(campaign!.startsAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const [p] = await db.db.select().from(promotions).where(eq(promotions.campaignId, id));
    expect(p!.action).toEqual({
      code: 'amount-off',
      args: { amounts: { EUR: 1500 }, target: { kind: 'order' } },
    });
    expect(p!.conditions).toEqual([{ code: 'minimum-spend', args: { amounts: { EUR: 10000 } } }]);

    // The loader gives the draft back as the form holds it; saving it changed keeps the row.
    const loaded = await run(() =>
      editor.loader(args(get(merchandiser, `/app/promotions/${id}`), String(id))),
    );
    const draft = (loaded.body as { draft: CampaignDraft }).draft;
    expect(draft.promotions[0]!.action.value).toEqual({
      amounts: { EUR: '15.00' },
      target: { kind: 'order' },
    });
    expect(draft.budget).toEqual({ EUR: '200.00' });
    draft.promotions[0]!.action.value = { amounts: { EUR: '20' }, target: { kind: 'order' } };
    expect((await save(merchandiser, draft, String(id))).status).toBe(200);
    const [after] = await db.db.select().from(promotions).where(eq(promotions.campaignId, id));
    expect(after!.id).toBe(p!.id);
    expect((after!.action as { args: { amounts: Record<string, number> } }).args.amounts).toEqual({
      EUR: 2000,
    });
  });

  it('answers bad drafts next to the field and writes nothing', async () => {
    const before = await count();
    const cases: [unknown, string, string][] = [
      [spendDraft({ name: ' ' }), 'name', 'required'],
      [spendDraft({ endsAt: '2025-12-31T00:00' }), 'endsAt', 'window'],
      [spendDraft({ budget: { EUR: '0' } }), 'budget.EUR', 'positive'],
      [spendDraft({ budget: { JPY: '1000' } }), 'budget.JPY', 'currency'],
      [
        spendDraft(
          {},
          { action: { code: 'percent-off', value: { percent: '150', target: { kind: 'order' } } } },
        ),
        'promotions.0.action.args.percent',
        'percent',
      ],
      [
        spendDraft(
          {},
          { action: { code: 'percent-off', value: { percent: '-5', target: { kind: 'order' } } } },
        ),
        'promotions.0.action.args.percent',
        'percent',
      ],
      [
        spendDraft(
          {},
          { action: { code: 'amount-off', value: { amounts: { EUR: '-15' }, target: { kind: 'order' } } } },
        ),
        'promotions.0.action.args.amounts.EUR',
        'negative',
      ],
      [
        spendDraft(
          {},
          {
            action: { code: 'amount-off', value: { amounts: { EUR: '15.001' }, target: { kind: 'order' } } },
          },
        ),
        'promotions.0.action.args.amounts.EUR',
        'money',
      ],
      // A fixed amount in a currency no market of the campaign uses.
      [
        spendDraft(
          {},
          { action: { code: 'amount-off', value: { amounts: { USD: '15' }, target: { kind: 'order' } } } },
        ),
        'promotions.0.action.args.amounts.USD',
        'currency',
      ],
      [spendDraft({}, { codeMode: 'single', code: 'x'.repeat(10_000) }), 'promotions.0.code', 'codeFormat'],
      [spendDraft({}, { codeMode: 'automatic', title: {} }), 'promotions.0.title', 'required'],
      [spendDraft({}, { action: { code: 'rm -rf', value: {} } }), 'promotions.0.action.code', 'required'],
      ['{not json', 'form', 'draft'],
      [{ ...spendDraft(), promotions: [] }, 'form', 'draft'],
    ];
    for (const [draft, field, code] of cases) {
      const res = await save(merchandiser, draft);
      expect(res.status, JSON.stringify(draft).slice(0, 200)).toBe(400);
      expect((res.body.errors as Record<string, string>)[field], field).toBe(code);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a single code another promotion has, and the same code twice', async () => {
    const first = await save(
      merchandiser,
      spendDraft({ name: 'Code A' }, { codeMode: 'single', code: 'dupe10' }),
    );
    expect(first.status).toBe(302);
    const again = await save(
      merchandiser,
      spendDraft({ name: 'Code B' }, { codeMode: 'single', code: ' DUPE10 ' }),
    );
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual({ 'promotions.0.code': 'codeTaken' });
  });

  it('simulates the draft without saving it: the German cart gets €15, the US cart is told why not', async () => {
    const before = await count();
    const simulate = async (session: AdminSession, marketId: number, quantity: number) =>
      run(() =>
        editor.action(
          args(
            post(session, '/app/promotions/new', {
              intent: 'simulate',
              draft: JSON.stringify(spendDraft()),
              marketId: String(marketId),
              lines: JSON.stringify([{ productId: sweaterProduct, quantity }]),
            }),
          ),
        ),
      );
    type Sim = {
      simulation: {
        currency: string;
        evaluation: { applied: { amount: number }[]; rejected: { reason: { kind: string } }[] };
      };
    };
    // Marketers may simulate (it changes nothing).
    const deRes = await simulate(marketer, de.id, 1);
    expect(deRes.status).toBe(200);
    const deSim = (deRes.body as unknown as Sim).simulation;
    expect(deSim.currency).toBe('EUR');
    expect(deSim.evaluation.applied.map((a) => a.amount)).toEqual([1500]);
    const usSim = ((await simulate(merchandiser, us.id, 1)).body as unknown as Sim).simulation;
    expect(usSim.evaluation.applied).toEqual([]);
    expect(usSim.evaluation.rejected.map((r) => r.reason.kind)).toContain('not-in-market');
    expect(await count()).toBe(before);
  });

  it('a buy-2-get-a-gift draft simulates as the cart would: the gift added, and free', async () => {
    const draft = spendDraft(
      {},
      {
        action: {
          code: 'buy-x-get-y',
          value: {
            buy: '2',
            get: '1',
            percent: '100',
            target: { kind: 'products', productIds: [sweaterProduct] },
            maxUses: null,
            gift: { productId: String(giftProduct) },
          },
        },
        conditions: [],
      },
    );
    const res = await run(() =>
      editor.action(
        args(
          post(merchandiser, '/app/promotions/new', {
            intent: 'simulate',
            draft: JSON.stringify(draft),
            marketId: String(de.id),
            lines: JSON.stringify([{ productId: sweaterProduct, quantity: 2 }]),
          }),
        ),
      ),
    );
    expect(res.status).toBe(200);
    const sim = (
      res.body as unknown as {
        simulation: {
          lines: { key: string; productId: number; unitPrice: number; quantity: number; gift?: boolean }[];
          evaluation: { applied: { amount: number; lines: Record<string, number> }[] };
        };
      }
    ).simulation;
    const gift = sim.lines.find((l) => l.gift)!;
    expect(gift).toMatchObject({ productId: giftProduct, quantity: 1 });
    expect(sim.evaluation.applied).toEqual([
      expect.objectContaining({ amount: gift.unitPrice, lines: { [gift.key]: gift.unitPrice } }),
    ]);
  });

  it('marketers see campaigns but cannot save, change status or generate codes', async () => {
    const listed = await run(() => list.loader(args(get(marketer, '/app/promotions'))));
    expect(listed.status).toBe(200);
    expect((listed.body as { canEdit: boolean }).canEdit).toBe(false);
    const before = await count();
    expect((await save(marketer, spendDraft())).status).toBe(403);
    const status = await run(() =>
      editor.action(args(post(marketer, '/app/promotions/1', { intent: 'status', to: 'active' }), '1')),
    );
    expect(status.status).toBe(403);
    const settings = await run(() =>
      list.action(
        args(post(marketer, '/app/promotions', { intent: 'settings', policy: 'priority', timeZone: 'UTC' })),
      ),
    );
    expect(settings.status).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('bulk codes', () => {
  it('generates unique codes in a background job and streams them as CSV with their use', async () => {
    const created = await save(
      merchandiser,
      spendDraft(
        { name: 'Influencers', marketIds: [], budget: {} },
        {
          codeMode: 'bulk',
          conditions: [],
          action: { code: 'percent-off', value: { percent: '10', target: { kind: 'order' } } },
        },
      ),
    );
    const id = created.headers.get('location')!.split('/').pop()!;
    await run(() =>
      editor.action(
        args(post(merchandiser, `/app/promotions/${id}`, { intent: 'status', to: 'active' }), id),
      ),
    );
    const [p] = await db.db
      .select()
      .from(promotions)
      .where(eq(promotions.campaignId, Number(id)));
    const bad = await run(() =>
      editor.action(
        args(
          post(merchandiser, `/app/promotions/${id}`, {
            intent: 'codes',
            promotionId: String(p!.id),
            count: '100001',
            prefix: 'VIP',
          }),
          id,
        ),
      ),
    );
    expect(bad.status).toBe(400);
    const queued = await run(() =>
      editor.action(
        args(
          post(merchandiser, `/app/promotions/${id}`, {
            intent: 'codes',
            promotionId: String(p!.id),
            count: '5000',
            prefix: 'vip',
          }),
          id,
        ),
      ),
    );
    expect(queued.status).toBe(200);
    await drainJobs(db.db);
    const codes = await db.db.select().from(promotionCodes).where(eq(promotionCodes.promotionId, p!.id));
    expect(codes).toHaveLength(5000);
    expect(new Set(codes.map((c) => c.code)).size).toBe(5000);
    expect(codes.every((c) => /^VIP-[A-HJ-KM-NP-Z2-9]{10}$/.test(c.code))).toBe(true);

    // One code used in a real checkout shows as redeemed in the export.
    const used = codes[0]!.code;
    const checkout = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    await updateDiscountCodes(db.db, checkout.token, [used.toLowerCase()]);
    expect((await payForCheckout(db.db, createTestProvider(db.db), checkout.token, PAYMENT_CTX)).kind).toBe(
      'placed',
    );

    const res = (await codesCsv.loader(
      args(get(marketer, `/app/promotions/${id}/codes.csv?promotion=${p!.id}`), id),
    )) as Response;
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['code', 'status', 'order_id']);
    expect(rows.slice(1).filter((r) => r.length === 3)).toHaveLength(5000);
    expect(rows.find((r) => r[0] === used)?.[1]).toBe('redeemed');
  });
});

describe('the campaign report', () => {
  it('equals a direct sum over the orders, per currency and in the shop currency at each order’s rate', async () => {
    const created = await save(
      merchandiser,
      spendDraft(
        { name: 'Everywhere 10', marketIds: [], budget: {} },
        {
          codeMode: 'single',
          code: 'REPORT10',
          conditions: [],
          action: { code: 'percent-off', value: { percent: '10', target: { kind: 'order' } } },
        },
      ),
    );
    const id = Number(created.headers.get('location')!.split('/').pop());
    await run(() =>
      editor.action(
        args(post(merchandiser, `/app/promotions/${id}`, { intent: 'status', to: 'active' }), String(id)),
      ),
    );
    const buy = async (country: string, language: string, quantity: number, code: string | null) => {
      const c = await readyCheckout(db.db, { country, language, lines: [{ variantId: sweater, quantity }] });
      if (code) await updateDiscountCodes(db.db, c.token, [code]);
      expect((await payForCheckout(db.db, createTestProvider(db.db), c.token, PAYMENT_CTX)).kind).toBe(
        'placed',
      );
    };
    await buy('DE', 'de', 1, 'REPORT10');
    await buy('DE', 'de', 2, 'report10');
    await buy('JP', 'ja', 1, 'REPORT10');
    await buy('US', 'en', 3, 'REPORT10');
    await buy('US', 'en', 1, null);

    const [campaign] = await db.db.select().from(campaigns).where(eq(campaigns.id, id));
    const report = await campaignReport(db.db, campaign!, { currency: 'USD', timeZone: 'UTC' });

    // The direct sum, in JavaScript over the order rows.
    const all = await db.db.select().from(orders);
    const mine = all.filter((o) => o.discounts.some((d) => d.campaignId === id));
    expect(mine).toHaveLength(4);
    const discountOf = (o: (typeof all)[number]) =>
      o.discounts.filter((d) => d.campaignId === id).reduce((n, d) => n + d.amount, 0);
    const toShop = (amount: number, o: (typeof all)[number]) => {
      // amount ÷ rate, moved between the exponents, half away from zero (exact, in BigInt).
      const [whole, frac = ''] = o.exchangeRate.split('.');
      const units = BigInt(whole! + frac);
      const shift = currencyExponent('USD') - currencyExponent(o.currency) + frac.length;
      let num = BigInt(amount) * 10n ** BigInt(Math.max(shift, 0));
      const den = units * 10n ** BigInt(Math.max(-shift, 0));
      num *= 2n;
      return Number((num + den) / (2n * den));
    };
    for (const currency of ['EUR', 'JPY', 'USD']) {
      const these = mine.filter((o) => o.currency === currency);
      const row = report.byCurrency.find((r) => r.currency === currency)!;
      expect(row).toEqual({
        currency,
        orders: these.length,
        revenue: these.reduce((n, o) => n + o.total, 0),
        discount: these.reduce((n, o) => n + discountOf(o), 0),
        revenueShop: these.reduce((n, o) => n + o.totalShop, 0),
        discountShop: these.reduce((n, o) => n + toShop(discountOf(o), o), 0),
      });
    }
    expect(report.total.orders).toBe(4);
    expect(report.total.revenueShop).toBe(mine.reduce((n, o) => n + o.totalShop, 0));
    expect(report.redemptions.redeemed).toBe(4);
    // The day's burn in each currency is the same sum.
    for (const b of report.burn)
      expect(b.cumulative).toBe(
        mine.filter((o) => o.currency === b.currency).reduce((n, o) => n + discountOf(o), 0),
      );
    // The baseline: orders without any promotion in the campaign's window (every market).
    const plain = all.filter((o) => o.discounts.length === 0 && o.createdAt >= campaign!.startsAt);
    expect(report.baseline.orders).toBe(plain.length);
    expect(report.baseline.revenueShop).toBe(plain.reduce((n, o) => n + o.totalShop, 0));
    expect(jp.id).toBeGreaterThan(0);
  });
});
