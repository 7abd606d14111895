import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig, invalidateMarketConfig } from '#app/modules/markets/markets.server.ts';
import { localeSitemap } from '#app/modules/seo/sitemap.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb('seeded');
  invalidateMarketConfig();
});
afterAll(async () => db?.close());

async function sitemapFor(language: string, country: string): Promise<string> {
  const config = await getMarketConfig(db.db);
  const locale = allLocales(config).find((l) => l.language === language && l.country === country)!;
  // The main file and the (only) product file, as one string of <url> entries.
  let xml = '';
  for await (const chunk of localeSitemap(db.db, config, locale, 'https://shop.test')) xml += chunk;
  for await (const chunk of localeSitemap(db.db, config, locale, 'https://shop.test', {
    kind: 'products',
    page: 1,
  }))
    xml += chunk;
  return xml;
}

describe('per-locale sitemaps', () => {
  it('list every product, collection and page with reciprocal hreflang alternates', async () => {
    const de = await sitemapFor('de', 'DE');
    const urls = [...de.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    // Home and collection list, products, collections, pages, the Journal blog and its three published articles.
    expect(urls.length).toBe(2 + 37 + 10 + 5 + 1 + 3);
    for (const u of urls) {
      expect(u).toMatch(/<loc>https:\/\/shop\.test\/de-de[/<]/);
      expect(u).toMatch(/<lastmod>|<loc>https:\/\/shop\.test\/de-de(\/collections)?<\/loc>/);
      expect((u.match(/<xhtml:link /g) ?? []).length).toBe(17); // 16 locales + x-default
      expect(u).toContain('hreflang="x-default"');
    }
    // The German page's alternates name the Japanese page, and the Japanese sitemap names it back.
    const ja = await sitemapFor('ja', 'JP');
    expect(de).toContain('hreflang="ja-JP" href="https://shop.test/ja-jp/products/merino-crew-sweater"');
    expect(ja).toContain('hreflang="de-DE" href="https://shop.test/de-de/products/merino-crew-sweater"');
  });

  // xmllint comes from Debian's libxml2-utils, which .ci/run installs; a missing one fails here, not silently.
  it('is well-formed XML', async () => {
    expect(existsSync('/usr/bin/xmllint'), 'xmllint (apt-get install libxml2-utils)').toBe(true);
    const xml = await sitemapFor('en', 'US');
    const config = await getMarketConfig(db.db);
    const locale = allLocales(config).find((l) => l.language === 'en' && l.country === 'US')!;
    let main = '';
    for await (const chunk of localeSitemap(db.db, config, locale, 'https://shop.test')) main += chunk;
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: main })).not.toThrow();
    expect(xml.length).toBeGreaterThan(main.length);
  });
});
