import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fractionToPercent,
  parseRateTable,
  RATE_TABLE_HEADER,
  rateTableTaxProvider,
  SHIPPING_TAXABILITY,
} from '#app/modules/checkout/core/rate-table-tax.ts';
import { calculateTax, type TaxInput } from '#app/modules/checkout/core/tax.ts';

/**
 * The fixture follows Avalara's free "Tax rates by ZIP code" CSV layout
 * (https://www.avalara.com/taxrates/en/download-tax-tables.html); its combined rates match the
 * jurisdictions' published 2025 rates (Seattle 10.35 %, NYC 8.875 %, Chicago 10.25 %,
 * San Francisco 8.625 %, Houston 8.25 %, Portland 0 %, Philadelphia 8 %, Hoboken 6.625 %).
 */
const csv = readFileSync('tests/fixtures/tax/us-zip-rates-sample.csv', 'utf8');
const table = parseRateTable(csv);
const provider = rateTableTaxProvider(table);
const HEADER = RATE_TABLE_HEADER.join(',');

const us = (over: Partial<TaxInput>): TaxInput => ({
  country: 'US',
  taxInclusive: false,
  vatPercent: null,
  lines: [{ key: 'a', amount: 5000 }],
  shipping: 0,
  ...over,
});

describe('parseRateTable', () => {
  it('turns each fraction into an exact percent string', () => {
    expect(table.byZip.size).toBe(8);
    expect(table.byZip.get('98101')).toEqual({ state: 'WA', region: 'SEATTLE', percent: '10.35' });
    expect(table.byZip.get('10001')?.percent).toBe('8.875');
    expect(table.byZip.get('60601')?.percent).toBe('10.25');
    expect(table.byZip.get('94103')?.percent).toBe('8.625');
    expect(table.byZip.get('97201')?.percent).toBe('0');
    expect(table.byZip.get('19103')?.percent).toBe('8');
    // The leading zero of a New Jersey ZIP survives: cells stay strings.
    expect(table.byZip.get('07030')).toEqual({ state: 'NJ', region: 'HOBOKEN', percent: '6.625' });
    expect(['0.092500', '0.06', '0', '0.5', '0.1', '0.000001', '0.999999'].map(fractionToPercent)).toEqual([
      '9.25',
      '6',
      '0',
      '50',
      '10',
      '0.0001',
      '99.9999',
    ]);
  });

  it('reads CRLF files with a BOM, as spreadsheet exports come', () => {
    const text = `\uFEFF${HEADER}\r\nTX,77002,HOUSTON,0.082500,0.062500,0.000000,0.010000,0.010000,1\r\n`;
    expect(parseRateTable(text).byZip.get('77002')?.percent).toBe('8.25');
  });

  it('rejects a missing or different header', () => {
    expect(() => parseRateTable('')).toThrow(RangeError);
    expect(() => parseRateTable(csv.replace('ZipCode', 'Zip'))).toThrow(/header/);
    expect(() => parseRateTable(csv.replace('State,ZipCode', 'ZipCode,State'))).toThrow(/header/);
    // Data without its header: the first row is not taken for one.
    expect(() => parseRateTable(csv.split('\n').slice(1).join('\n'))).toThrow(/header/);
  });

  it.each([
    ['a 4-digit ZIP', 'NJ,7030,HOBOKEN,0.066250,0.066250,0,0,0,1', /ZipCode/],
    ['a lowercase state', 'Wa,98101,SEATTLE,0.103500,0.065,0,0.0385,0,1', /State/],
    ['a rate of 1', 'WA,98101,SEATTLE,1.000000,0.065,0,0.0385,0,1', /EstimatedCombinedRate/],
    ['seven decimals', 'WA,98101,SEATTLE,0.1035001,0.065,0,0.0385,0,1', /EstimatedCombinedRate/],
    ['a negative component', 'WA,98101,SEATTLE,0.103500,-0.065,0,0.0385,0,1', /StateRate/],
    ['a percent instead of a fraction', 'WA,98101,SEATTLE,10.35,0.065,0,0.0385,0,1', /EstimatedCombinedRate/],
    ['a missing column', 'WA,98101,SEATTLE,0.103500,0.065,0,0.0385,0', /9 columns, got 8/],
    ['a ZIP already listed', 'NY,10001,NEW YORK CITY,0.088750,0.04,0,0.045,0.00375,1', /already on line 2/],
  ])('rejects %s, naming its line', (_, bad, detail) => {
    const text = `${HEADER}\nNY,10001,NEW YORK CITY,0.088750,0.04,0,0.045,0.00375,1\n${bad}\n`;
    expect(() => parseRateTable(text)).toThrow(RangeError);
    expect(() => parseRateTable(text)).toThrow(/line 3/);
    expect(() => parseRateTable(text)).toThrow(detail);
  });
});

describe('rateTableTaxProvider', () => {
  it('taxes each line at the ZIP rate, rounding half away from zero per line', async () => {
    // Seattle 10.35 %: 1999 × 0.1035 = 206.8965 → 207; 500 × 0.1035 = 51.75 → 52 (the half rounds up);
    // each 5 × 0.1035 = 0.5175 → 1, so three 5-cent lines owe 3 where their 15-cent sum would owe 2.
    // Washington taxes shipping: 795 × 0.1035 = 82.2825 → 82. Total 207 + 52 + 1 + 1 + 1 + 82 = 344.
    const result = await provider.calculate(
      us({
        region: 'WA',
        postalCode: '98101',
        lines: [
          { key: 'a', amount: 1999 },
          { key: 'b', amount: 500 },
          { key: 'c', amount: 5 },
          { key: 'd', amount: 5 },
          { key: 'e', amount: 5 },
        ],
        shipping: 795,
      }),
    );
    expect(provider.name).toBe('rate-table');
    expect(result).toEqual({
      lines: { a: 207, b: 52, c: 1, d: 1, e: 1 },
      shipping: 82,
      total: 344,
      included: false,
      ratePercent: '10.35',
      kind: 'salesTax',
      approximate: false,
    });
  });

  it('leaves shipping untaxed where a separately stated charge is exempt, unless overridden', async () => {
    expect(SHIPPING_TAXABILITY.CA).toBe('exempt-if-separately-stated');
    // San Francisco 8.625 %: 10000 × 0.08625 = 862.5 → 863; California exempts separately stated shipping.
    const sf = us({
      region: 'CA',
      postalCode: '94103',
      lines: [{ key: 'a', amount: 10000 }],
      shipping: 1000,
    });
    expect(await provider.calculate(sf)).toMatchObject({ lines: { a: 863 }, shipping: 0, total: 863 });
    // Overridden to taxable: 1000 × 0.08625 = 86.25 → 86.
    const taxing = rateTableTaxProvider(table, { shippingTaxability: { CA: 'taxable' } });
    expect(await taxing.calculate(sf)).toMatchObject({ shipping: 86, total: 949 });
    // Oregon has no sales tax at all.
    const pdx = us({ region: 'OR', postalCode: '97201', shipping: 1000 });
    expect(await provider.calculate(pdx)).toMatchObject({
      lines: { a: 0 },
      shipping: 0,
      total: 0,
      kind: 'none',
      approximate: false,
    });
  });

  it('reads the first five digits of a ZIP+4 and needs no region', async () => {
    // New York City 8.875 %: 1000 → 88.75 → 89; New York taxes shipping: 600 → 53.25 → 53.
    for (const postalCode of ['10001-2062', '100012062', ' 10001 ']) {
      const result = await provider.calculate(
        us({ postalCode, lines: [{ key: 'a', amount: 1000 }], shipping: 600 }),
      );
      expect(result).toMatchObject({ lines: { a: 89 }, shipping: 53, total: 142, ratePercent: '8.875' });
    }
  });

  it('falls back to the approximate state base rate for an unknown, missing or malformed ZIP', async () => {
    // New York's base rate is 4 %: 5000 → 200, shipping untaxed by the approximation.
    for (const postalCode of ['10999', undefined, '1000', 'SW1A 1AA']) {
      const input = us({ region: 'NY', postalCode, shipping: 600 });
      const result = await provider.calculate(input);
      expect(result).toEqual(calculateTax(input));
      expect(result).toMatchObject({ total: 200, ratePercent: '4', approximate: true });
    }
  });

  it('falls back when the ZIP belongs to another state than the address', async () => {
    // 98101 is Seattle, but the address says New York: the state base (4 %) wins over 10.35 %.
    const input = us({ region: 'NY', postalCode: '98101' });
    expect(await provider.calculate(input)).toMatchObject({
      lines: { a: 200 },
      ratePercent: '4',
      approximate: true,
    });
  });

  it('delegates other countries and tax-inclusive prices to the built-in calculation', async () => {
    const de: TaxInput = {
      country: 'DE',
      postalCode: '98101',
      taxInclusive: true,
      vatPercent: '19',
      lines: [{ key: 'a', amount: 11900 }],
      shipping: 595,
    };
    expect(await provider.calculate(de)).toEqual(calculateTax(de));
    expect(await provider.calculate(de)).toMatchObject({ total: 1995, kind: 'vat' });
    const inclusive = us({ region: 'WA', postalCode: '98101', taxInclusive: true });
    expect(await provider.calculate(inclusive)).toEqual(calculateTax(inclusive));
  });

  it('keeps total = Σ lines + shipping, each line within half a minor unit of amount × rate', async () => {
    const zips = [...table.byZip.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zips),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 100_000 }),
        async (zip, amounts, shipping) => {
          const lines = amounts.map((amount, i) => ({ key: `l${i}`, amount }));
          const result = await provider.calculate(us({ postalCode: zip, lines, shipping }));
          const sum = Object.values(result.lines).reduce((a, b) => a + b, 0);
          expect(result.total).toBe(sum + result.shipping);
          // Exact check in integers: |tax − amount × p / 100| ≤ ½ ⇔ |2 · (tax · 100 · 10^s − amount · p · 10^s)| ≤ 100 · 10^s.
          const [whole, decimals = ''] = result.ratePercent.split('.');
          const units = BigInt(`${whole}${decimals}`);
          const denominator = 100n * 10n ** BigInt(decimals.length);
          for (const { key, amount } of lines) {
            const diff = BigInt(result.lines[key]!) * denominator - BigInt(amount) * units;
            expect(2n * (diff < 0n ? -diff : diff) <= denominator).toBe(true);
          }
        },
      ),
    );
  });

  it('converts every six-decimal fraction exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (millionths) => {
        const [whole, decimals = ''] = fractionToPercent(`0.${String(millionths).padStart(6, '0')}`).split(
          '.',
        );
        // percent = millionths / 10^4, so whole·10^4 + decimals (padded to 4) must give back millionths.
        expect(Number(whole) * 10_000 + Number(decimals.padEnd(4, '0'))).toBe(millionths);
        expect(decimals).not.toMatch(/0$/);
      }),
    );
  });
});
