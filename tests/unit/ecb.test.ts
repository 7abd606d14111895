import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEcbXml, rebaseOnShopCurrency } from '#app/modules/markets/core/ecb.ts';

const xml = readFileSync('tests/fixtures/eurofxref-daily.xml', 'utf8');

describe('ECB eurofxref parsing', () => {
  it('reads the date and every rate', () => {
    const r = parseEcbXml(xml);
    expect(r.ok && r.rates.date).toBe('2026-11-24');
    expect(r.ok && r.rates.perEur).toMatchObject({ USD: '1.0858', JPY: '164.12', GBP: '0.85230' });
  });

  it('rebases onto the shop currency exactly', () => {
    const r = parseEcbXml(xml);
    if (!r.ok) throw new Error('parse failed');
    const usd = rebaseOnShopCurrency(r.rates, 'USD')!;
    expect(usd.EUR).toBe('0.9209799226'); // 1 / 1.0858 = 0.92097992264…
    expect(usd.JPY).toBe('151.1512249033'); // 164.12 / 1.0858
    expect(usd.USD).toBeUndefined();
    expect(rebaseOnShopCurrency(r.rates, 'EUR')!.USD).toBe('1.0858');
    expect(rebaseOnShopCurrency(r.rates, 'AED')).toBeNull();
  });

  it('rejects files that are not ECB rates, and bad rates, with reasons', () => {
    expect(parseEcbXml('<html>nope</html>')).toEqual({ ok: false, errors: [{ code: 'notEcb' }] });
    const bad = parseEcbXml(
      xml.replace("rate='164.12'", "rate='-1'").replace(/time='[^']*'/, "time='yesterday'"),
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.code).sort()).toEqual(['badRate', 'noDate']);
  });
});
