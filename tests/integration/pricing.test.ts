import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { markets, variants } from '#app/db/schema/index.ts';
import { refreshPrices } from '#app/db/seed/factories.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { saveMarket } from '#app/modules/markets/market-admin.server.ts';
import {
  freshMarketConfig,
  getMarketConfig,
  invalidateMarketConfig,
} from '#app/modules/markets/markets.server.ts';
import {
  addScheduledAdjustment,
  currentPrices,
  explainPrice,
  recomputePrices,
  repriceOnMarketChanges,
  setFixedPrice,
} from '#app/modules/pricing/pricing.server.ts';
import { executeStorefront } from '#app/storefront-api/execute.server.ts';
import { marketForm } from '#tests/support/market-form.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let variantId: number;
let marketIds: Record<string, number>;

beforeAll(async () => {
  db = await createTestDb('seeded');
  const [v] = await db.db.select({ id: variants.id }).from(variants).where(eq(variants.sku, 'AO-MER-OAT-M'));
  variantId = v!.id;
  marketIds = Object.fromEntries(
    (await db.db.select({ id: markets.id, handle: markets.handle }).from(markets)).map((m) => [
      m.handle,
      m.id,
    ]),
  );
});
afterAll(async () => db?.close());

const price = async (country: string, at = new Date()) =>
  (await currentPrices(db.db, [variantId], country, at)).get(variantId)!;

describe('the demo store', () => {
  it('prices every variant as a merchant would: .95/.99 endings, ¥10 steps, whole dirhams', async () => {
    const ids = (await db.db.select({ id: variants.id }).from(variants)).map((v) => v.id);
    const endings: Record<string, (minor: number) => boolean> = {
      GB: (p) => p % 100 === 99,
      DE: (p) => p % 100 === 95,
      AT: (p) => p % 100 === 95,
      FR: (p) => p % 100 === 95,
      CA: (p) => p % 100 === 99,
      AU: (p) => p % 100 === 95,
      SG: (p) => p % 100 === 95,
      JP: (p) => p % 10 === 0,
      AE: (p) => p % 100 === 0,
    };
    for (const [country, ok] of Object.entries(endings)) {
      const prices = await currentPrices(db.db, ids, country, new Date());
      expect(prices.size, country).toBe(ids.length);
      const odd = [...prices.values()].filter((p) => !ok(p.price)).map((p) => p.price);
      expect(odd, country).toEqual([]);
    }
  });
});

describe('precomputed prices', () => {
  it('exist for every enabled market country', async () => {
    for (const c of ['US', 'GB', 'DE', 'AT', 'FR', 'ES', 'IT', 'NL', 'CA', 'AU', 'JP', 'AE', 'SG']) {
      expect((await price(c)).price, c).toBeGreaterThan(0);
    }
    // The merino sweater is $128.00: the US passes it through; JP: 12800 × 151.20 / 100 = ¥19353.6 → 19354,
    // × 1.10 tax = 21289.4 → 21289, up to ¥10 → ¥21,290.
    expect(await price('US')).toMatchObject({ price: 12800, currency: 'USD' });
    expect(await price('JP')).toMatchObject({ price: 21290, currency: 'JPY' });
  });

  it('apply a market rule change after recompute: DE +8% with .99 endings, JP up to ¥10', async () => {
    await db.db
      .update(markets)
      .set({ adjustmentPercent: '8', rounding: { kind: 'charm', ending: '0.99' } })
      .where(eq(markets.id, marketIds['de-at']!));
    await db.db
      .update(markets)
      .set({ rounding: { kind: 'step', mode: 'up', step: '10' } })
      .where(eq(markets.id, marketIds.jp!));
    await refreshPrices(db.db);
    expect((await price('DE')).price % 100).toBe(99);
    expect((await price('AT')).price % 100).toBe(99);
    expect((await price('JP')).price % 10).toBe(0);
  });

  it('lets a fixed price override the rule for one market only', async () => {
    await setFixedPrice(db.db, marketIds.gb!, variantId, 9900);
    await refreshPrices(db.db, [variantId]);
    expect((await price('GB')).price).toBe(9900);
    expect((await price('AU')).price).not.toBe(9900);
  });

  it('switches to a scheduled adjustment exactly at its start, without recomputing', async () => {
    // Unrounded, so the +10% shows as such (the demo rounds EUR to .95 endings).
    await db.db
      .update(markets)
      .set({ rounding: { kind: 'none' } })
      .where(eq(markets.id, marketIds.fr!));
    invalidateMarketConfig();
    const start = new Date(Date.now() + 3600_000);
    await addScheduledAdjustment(db.db, marketIds.fr!, '10', start, null);
    await refreshPrices(db.db, [variantId]);
    const before = (await price('FR', new Date(start.getTime() - 1))).price;
    const after = (await price('FR', start)).price;
    expect(after).toBeGreaterThan(before);
    expect(Math.abs(after - Math.round(before * 1.1))).toBeLessThanOrEqual(2);
  });

  it('records price history and reports the lowest price of the previous 30 days', async () => {
    const t0 = new Date(Date.now() - 10 * 86400_000);
    invalidateMarketConfig();
    const config = await getMarketConfig(db.db);
    await db.db.update(variants).set({ priceAmount: 5000 }).where(eq(variants.id, variantId));
    await recomputePrices(db.db, config, { variantIds: [variantId] }, t0);
    const low = (await price('NL')).price;
    await db.db.update(variants).set({ priceAmount: 12800 }).where(eq(variants.id, variantId));
    await recomputePrices(db.db, config, { variantIds: [variantId] }, new Date());
    const now = await price('NL');
    expect(now.price).toBeGreaterThan(low);
    expect(now.lowest30d).toBe(low);
  });

  it('shows the previous price as the 30-day lowest once a scheduled reduction starts, with no recompute at the boundary', async () => {
    // A variant no other test re-priced, so its history holds only the seeded price.
    const [other] = await db.db
      .select({ id: variants.id })
      .from(variants)
      .where(sql`${variants.sku} like 'AO-TOT%'`)
      .limit(1);
    const at = async (when: Date) => (await currentPrices(db.db, [other!.id], 'IT', when)).get(other!.id)!;
    const before = await at(new Date());
    const start = new Date(Date.now() + 3600_000);
    await addScheduledAdjustment(db.db, marketIds.it!, '-20', start, null);
    await refreshPrices(db.db, [other!.id]);
    expect((await at(new Date())).price).toBe(before.price);
    const during = await at(new Date(start.getTime() + 60_000));
    expect(during.price).toBeLessThan(before.price);
    expect(during.lowest30d).toBe(before.price);
  });

  it('serves the precomputed prices through the Storefront API', async () => {
    const r = await executeStorefront(db.db, 'https://shop.test', {
      query:
        'query @inContext(country: GB) { nodes(ids: ["gid://shopify/ProductVariant/' +
        variantId +
        '"]) { ... on ProductVariant { price { amount currencyCode } } } }',
    });
    expect(r.data).toEqual({ nodes: [{ price: { amount: '99.00', currencyCode: 'GBP' } }] });
  });
});

describe('EU price indication (Omnibus)', () => {
  it('publishes the 30-day lowest price as a money metafield', async () => {
    const r = await executeStorefront(db.db, 'https://shop.test', {
      query: `query @inContext(country: NL) { nodes(ids: ["gid://shopify/ProductVariant/${variantId}"]) { ... on ProductVariant {
        price { amount } m: metafield(namespace: "meridian", key: "lowest_price_30d") { type value } none: metafield(namespace: "meridian", key: "nope") { value } } } }`,
    });
    const node = (
      r.data as {
        nodes: { price: { amount: string }; m: { type: string; value: string } | null; none: null }[];
      }
    ).nodes[0]!;
    expect(node.m?.type).toBe('money');
    const value = JSON.parse(node.m!.value) as { amount: string; currency_code: string };
    expect(value.currency_code).toBe('EUR');
    expect(Number(value.amount)).toBeLessThan(Number(node.price.amount));
    expect(node.none).toBeNull();
  });
});

describe('price list CSV', () => {
  it('imports all-or-nothing, re-prices, and exports the same format', async () => {
    const { importPriceList, exportPriceList } = await import('#app/modules/pricing/price-list.server.ts');
    const bad = await importPriceList(
      db.db,
      'market,sku,price,compare_at_price\njp,AO-MER-OAT-M,9990,\njp,NOPE,1,\n',
    );
    expect(bad.ok).toBe(false);
    expect((await price('JP')).price).not.toBe(9990);
    const good = await importPriceList(
      db.db,
      'market,sku,price,compare_at_price\njp,AO-MER-OAT-M,9990,12000\n',
    );
    expect(good).toEqual({ ok: true, applied: 1 });
    expect((await price('JP')).price).toBe(9990);
    expect(await exportPriceList(db.db, marketIds.jp)).toBe(
      'market,sku,price,compare_at_price\r\njp,AO-MER-OAT-M,9990,12000\r\n',
    );
  });

  it('exports every market by handle, then SKU', async () => {
    const { importPriceList, exportPriceList } = await import('#app/modules/pricing/price-list.server.ts');
    const csv =
      'market,sku,price,compare_at_price\njp,AO-MER-OAT-L,9800,\nus,AO-MER-OAT-M,150.00,\ngb,AO-MER-OAT-M,99.00,120.00\nus,AO-MER-OAT-L,140.00,\n';
    expect(await importPriceList(db.db, csv)).toEqual({ ok: true, applied: 4 });
    expect((await exportPriceList(db.db)).split('\r\n')).toEqual([
      'market,sku,price,compare_at_price',
      'gb,AO-MER-OAT-M,99.00,120.00',
      'jp,AO-MER-OAT-L,9800,',
      'jp,AO-MER-OAT-M,9990,12000',
      'us,AO-MER-OAT-L,140.00,',
      'us,AO-MER-OAT-M,150.00,',
      '',
    ]);
  });
});

describe('a saved market is re-priced through the markets-changed event', () => {
  it('re-prices the market when pricing listens, and only then', async () => {
    const ca = (await freshMarketConfig(db.db)).markets.find((m) => m.handle === 'ca')!;
    const live = async () =>
      (await explainPrice(db.db, await freshMarketConfig(db.db), variantId, ca.id, 'CA'))!.price;
    const rows = async () =>
      Number(
        (
          await queryRows<{ n: number }>(
            db.db,
            sql`select count(*)::int as n from variant_prices where market_id = ${ca.id}`,
          )
        )[0]!.n,
      );
    const before = (await price('CA')).price;

    // Nobody listening: the market is saved, its precomputed prices are not touched.
    expect(await saveMarket(db.db, ca.id, marketForm(ca, { adjustmentPercent: '12' }))).toEqual({
      ok: true,
      repriced: 0,
    });
    expect(await live()).not.toBe(before);
    expect((await price('CA')).price).toBe(before);

    const off = repriceOnMarketChanges(db.db);
    try {
      const saved = await saveMarket(db.db, ca.id, marketForm(ca, { adjustmentPercent: '15' }));
      expect(saved).toEqual({ ok: true, repriced: await rows() });
      expect(saved.ok && saved.repriced).toBeGreaterThan(0);
      expect((await price('CA')).price).toBe(await live());
      expect((await price('CA')).price).not.toBe(before);
    } finally {
      off();
    }
  });
});
