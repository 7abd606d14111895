import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { importEcbRates, importEcbRatesFromUrl } from '#app/modules/markets/fx-import.server.ts';
import { getMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { currentExchangeRates } from '#app/modules/markets/rates.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

const xml = readFileSync('tests/fixtures/eurofxref-daily.xml', 'utf8');
let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb('seeded');
});
afterAll(async () => db?.close());

describe('ECB rate import', () => {
  it('refuses a file that lacks a market currency and records nothing', async () => {
    const before = await currentExchangeRates(db.db);
    const result = await importEcbRates(db.db, xml, 'upload');
    // The demo store sells in AED, which the ECB does not quote.
    expect(result).toEqual({ ok: false, errors: [{ code: 'noRates', detail: 'AED' }] });
    expect(await currentExchangeRates(db.db)).toEqual(before);
  });

  it('imports over HTTP and keeps the history', async () => {
    const withAed = xml.replace(
      "<Cube currency='CHF'",
      "<Cube currency='AED' rate='3.9876'/>\n\t\t\t<Cube currency='CHF'",
    );
    const server = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'application/xml' }).end(withAed),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eurofxref-daily.xml`;
    try {
      const result = await importEcbRatesFromUrl(db.db, url);
      expect(result.ok).toBe(true);
      invalidateMarketConfig();
      const config = await getMarketConfig(db.db);
      expect(config.rates.EUR?.value).toBe('0.9209799226');
      expect(config.rates.JPY?.value).toBe('151.1512249033');
      const history = await db.db.execute(
        `select count(*)::int as n from exchange_rate_snapshots where currency = 'EUR'` as never,
      );
      const rows = (Array.isArray(history) ? history : (history as { rows: { n: number }[] }).rows) as {
        n: number;
      }[];
      expect(rows[0]!.n).toBe(2); // the seed's rate and the import
      const failed = await importEcbRatesFromUrl(db.db, `${url.replace(/\/[^/]*$/, '')}:1/nope`);
      expect(failed.ok).toBe(false);
    } finally {
      server.close();
    }
  });
});
