import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { jobs, variants } from '#app/db/schema/index.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { registerJobHandlers } from '#app/jobs.server.ts';
import { enqueueJob, getJob, requeueStaleJobs } from '#app/modules/jobs/jobs.server.ts';
import { drainJobs, registerJobHandler, startJobRunner } from '#app/modules/jobs/runner.server.ts';
import { enqueueDueFxImport } from '#app/modules/markets/fx-schedule.server.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { recordExchangeRate } from '#app/modules/markets/rates.server.ts';
import { createNextTable, swapInNextTable } from '#app/modules/pricing/price-store.server.ts';
import { currentPrices, recomputePrices, setFixedPrice } from '#app/modules/pricing/pricing.server.ts';
import { requestCatalogReprice } from '#app/modules/pricing/reprice-job.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
let variantId: number;
beforeAll(async () => {
  db = await createTestDb('seeded');
  registerJobHandlers();
  const [v] = await db.db.select({ id: variants.id }).from(variants).where(eq(variants.sku, 'AO-MER-OAT-M'));
  variantId = v!.id;
});
afterAll(async () => db?.close());

const priceIn = async (country: string) => (await currentPrices(db.db, [variantId], country)).get(variantId)!;
const countPrices = async () =>
  Number((await queryRows<{ n: number }>(db.db, sql`select count(*)::int as n from variant_prices`))[0]!.n);

describe('catalog re-pricing job', () => {
  it('re-prices every variant in the background with progress, after a rate change', async () => {
    const before = await priceIn('JP');
    const rows = await countPrices();
    await recordExchangeRate(db.db, 'JPY', '200', 'test');
    const id = await requestCatalogReprice(db.db);
    // Requests made while one waits share it.
    expect(await requestCatalogReprice(db.db)).toBe(id);
    expect((await getJob(db.db, id))!.status).toBe('queued');
    expect(await drainJobs(db.db)).toBe(1);
    const job = (await getJob(db.db, id))!;
    expect(job.status).toBe('succeeded');
    expect(job.progressTotal).toBeGreaterThan(200);
    expect(job.progressDone).toBe(job.progressTotal);
    expect(job.result).toEqual({ rows });
    expect(await countPrices()).toBe(rows);
    const after = await priceIn('JP');
    expect(after.price).toBeGreaterThan(before.price);
  });

  it('keeps a scoped change that lands while a full recompute builds, by rebuilding', async () => {
    const config = await freshMarketConfig(db.db);
    const gb = config.markets.find((m) => m.countries.includes('GB'))!;
    const writesAtStart = await createNextTable(db.db);
    await setFixedPrice(db.db, gb.id, variantId, 4321);
    await recomputePrices(db.db, config, { variantIds: [variantId] });
    // The half-built generation is refused: the swap would lose the GB price.
    expect(await swapInNextTable(db.db, writesAtStart, new Date())).toBe(false);
    expect((await priceIn('GB')).price).toBe(4321);
    await recomputePrices(db.db, config);
    expect((await priceIn('GB')).price).toBe(4321);
    await setFixedPrice(db.db, gb.id, variantId, null);
    await recomputePrices(db.db, config, { variantIds: [variantId] });
  });

  it('records a failure with its reason, and requeues jobs a dead process left running', async () => {
    registerJobHandler('test-fail', async () => {
      throw new Error('disk on fire');
    });
    const failed = await enqueueJob(db.db, 'test-fail');
    await drainJobs(db.db);
    expect(await getJob(db.db, failed)).toMatchObject({ status: 'failed', error: 'disk on fire' });

    registerJobHandler('test-ok', async ({ progress }) => {
      await progress(1, 1);
      return { fine: true };
    });
    const orphan = await enqueueJob(db.db, 'test-ok');
    await db.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, heartbeatAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(jobs.id, orphan));
    expect(await requeueStaleJobs(db.db)).toBe(1);
    // The runner started by the server picks it up on its own.
    const stop = startJobRunner(db.db, 50);
    await expect.poll(async () => (await getJob(db.db, orphan))!.status).toBe('succeeded');
    await stop();
    expect((await getJob(db.db, orphan))!.attempts).toBe(2);
  });
});

describe('scheduled ECB import', () => {
  it('imports from the configured URL when due, re-prices, and not again within the interval', async () => {
    const xml = readFileSync('tests/fixtures/eurofxref-daily.xml', 'utf8').replace(
      "<Cube currency='CHF'",
      "<Cube currency='AED' rate='3.9876'/>\n\t\t\t<Cube currency='CHF'",
    );
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eurofxref-daily.xml`;
    try {
      const id = await enqueueDueFxImport(db.db, url, 3600_000);
      expect(id).not.toBeNull();
      await drainJobs(db.db);
      const job = (await getJob(db.db, id!))!;
      expect(job.status).toBe('succeeded');
      expect(job.result).toMatchObject({ date: '2026-11-24' });
      expect(hits).toBe(1);
      expect((await freshMarketConfig(db.db)).rates.JPY?.value).toBe('151.1512249033');
      expect(await enqueueDueFxImport(db.db, url, 3600_000)).toBeNull();
      expect(
        await enqueueDueFxImport(db.db, url, 3600_000, new Date(Date.now() + 2 * 3600_000)),
      ).not.toBeNull();
    } finally {
      server.close();
    }
  });
});
