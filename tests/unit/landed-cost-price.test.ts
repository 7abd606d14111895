import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ImportRuleTerms,
  SALE_TAX_SCHEMES,
  type ImportRule,
} from '#app/modules/checkout/core/import-rules.ts';
import { landedNotes } from '#app/modules/checkout/core/landed-cost-notes.ts';
import { priceCart, type PriceCartInput } from '#app/modules/checkout/core/price-cart.ts';
import { calculateTax } from '#app/modules/checkout/core/tax.ts';
import { money } from '#app/modules/money/core/money.ts';
import { libraryRule } from '../support/import-rules.ts';

/** The whole cart price with import rules: what the review shows is what is charged. */

const cart = (over: Partial<PriceCartInput> & { currency: string }): PriceCartInput => ({
  taxInclusive: true,
  lines: [],
  adjustments: [],
  destination: null,
  delivery: null,
  ...over,
});
const line = (key: string, unit: number, quantity: number, currency: string, hsCode: string) => ({
  key,
  unitPrice: money(unit, currency),
  quantity,
  hsCode,
});

describe('priceCart with the rule library: worked examples', () => {
  it('DE €33 of tea + €9 shipping, DDP: €3 item duty + €0.57 VAT on it under IOSS, total €45.57', () => {
    const p = priceCart(
      cart({
        currency: 'EUR',
        lines: [line('a', 3300, 1, 'EUR', '090240')],
        destination: { country: 'DE', vatPercent: '19' },
        delivery: {
          shipping: money(900, 'EUR'),
          shipsFrom: 'US',
          incoterm: 'DDP',
          dutyRates: { '09': '0' },
          rule: libraryRule('DE'),
          importTaxPercent: '19',
        },
      }),
    );
    // VAT inside: 3300 × 19/119 = 526.9 → 527; 900 × 19/119 = 143.7 → 144.
    expect(p.tax?.amount).toBe(671);
    expect(p.duties.amount).toBe(357);
    expect(p.total.amount).toBe(3300 + 900 + 357);
    expect(p.landed).toMatchObject({ lowValueScheme: 'IOSS', notice: 'included', atBorder: 0 });
  });

  it('JP ¥9,980 + ¥1,200 shipping: no consumption tax charged, nothing due at the border', () => {
    const p = priceCart(
      cart({
        currency: 'JPY',
        lines: [line('a', 9980, 1, 'JPY', '090240')],
        destination: { country: 'JP', vatPercent: '10' },
        delivery: {
          shipping: money(1200, 'JPY'),
          shipsFrom: 'US',
          incoterm: 'DDP',
          dutyRates: { '09': '17' },
          rule: libraryRule('JP'),
          importTaxPercent: '10',
        },
      }),
    );
    // Tax inside, once per invoice: 11180 × 10/110 = 1016.4 → 1016, shared 907 / 109.
    expect(p.taxRemoved.amount).toBe(1016);
    expect(p.tax?.amount).toBe(0);
    expect(p.subtotal.amount).toBe(9073);
    expect(p.shipping.amount).toBe(1091);
    expect(p.total.amount).toBe(10164);
    expect(p.landed).toMatchObject({ duty: 0, importTax: 0, notice: 'nothing-due' });
  });

  it('AU A$1,100.11 gross, DAP: GST comes out of the price (not charged twice), border GST and duty shown', () => {
    const p = priceCart(
      cart({
        currency: 'AUD',
        lines: [line('a', 110011, 1, 'AUD', '611011')],
        destination: { country: 'AU', vatPercent: '10' },
        delivery: {
          shipping: money(0, 'AUD'),
          shipsFrom: 'US',
          incoterm: 'DAP',
          dutyRates: { '61': '5' },
          rule: libraryRule('AU'),
          importTaxPercent: '10',
        },
      }),
    );
    // GST inside 110011 / 11 = 10001 → net 100010 > A$1,000: duty 5 % = 5000.5 → 5001;
    // GST 10 % of 100010 + 5001 = 10501.1 → 10501, both at the border.
    expect(p.taxRemoved.amount).toBe(10001);
    expect(p.total.amount).toBe(100010);
    expect(p.atBorder.amount).toBe(5001 + 10501);
    expect(p.duties.amount).toBe(0);
  });

  it('CA to Ontario, DAP: no HST at checkout; over C$40 the border HST is shown', () => {
    const p = priceCart(
      cart({
        currency: 'CAD',
        taxInclusive: false,
        lines: [line('a', 5000, 1, 'CAD', '611011')],
        destination: { country: 'CA', region: 'ON', vatPercent: '5' },
        delivery: {
          shipping: money(1500, 'CAD'),
          shipsFrom: 'US',
          incoterm: 'DAP',
          dutyRates: { '61': '18' },
          rule: libraryRule('CA'),
          importTaxPercent: '13',
        },
      }),
    );
    expect(p.tax?.amount).toBe(0);
    expect(p.total.amount).toBe(6500);
    expect(p.atBorder.amount).toBe(650);
  });

  it("Japan's per-invoice rounding differs from per-line by the yen the issue found", () => {
    const input = {
      taxInclusive: true,
      vatPercent: '10',
      lines: [
        { key: 'a', amount: 25600 },
        { key: 'b', amount: 1500 },
      ],
      shipping: 0,
    };
    const jp = calculateTax({ ...input, country: 'JP' });
    const perLine = calculateTax({ ...input, country: 'XX' });
    expect(jp.total).toBe(2464);
    expect(perLine.total).toBe(2463);
    expect(jp.lines.a! + jp.lines.b!).toBe(jp.total);
  });
});

const amount = fc.integer({ min: 0, max: 200_000 });
const terms: fc.Arbitrary<ImportRuleTerms> = fc.record({
  thresholdValue: fc.constantFrom('goods' as const, 'customs-value' as const),
  customsValue: fc.constantFrom('fob' as const, 'cif' as const, 'personal-use-60' as const),
  saleTax: fc.oneof(
    fc.constant({ mode: 'always' as const }),
    fc.constant({ mode: 'never' as const }),
    fc.record({
      mode: fc.constant('up-to' as const),
      threshold: amount,
      scheme: fc.constantFrom(...SALE_TAX_SCHEMES),
    }),
  ),
  duty: fc.record({
    freeUpTo: fc.option(amount, { nil: null }),
    flatPerSubheading: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 1000 }), upTo: amount }), {
      nil: null,
    }),
  }),
  importTax: fc.record({
    percent: fc.option(fc.constantFrom('0', '5', '7', '10', '19', '25.5'), { nil: null }),
    freeUpTo: fc.option(amount, { nil: null }),
    onDuty: fc.boolean(),
    onShipping: fc.boolean(),
  }),
  unestimated: fc.boolean(),
});

describe('priceCart with any rule: properties', () => {
  it('the total is what the parts say; DDP collects, DAP leaves to the border; "nothing more to pay" only when true', () => {
    fc.assert(
      fc.property(
        terms,
        fc.constantFrom('DDP' as const, 'DAP' as const),
        fc.boolean(),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 50_000 }),
            fc.integer({ min: 1, max: 3 }),
            fc.constantFrom('611011', '090240', '420221'),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom('US', 'DE'),
        (t, incoterm, inclusive, lines, shipping, shipsFrom) => {
          expect(ImportRuleTerms.safeParse(t).success).toBe(true);
          const rule: ImportRule = { ...libraryRule('GB'), id: 7, terms: t, currency: 'GBP' };
          const p = priceCart(
            cart({
              currency: 'GBP',
              taxInclusive: inclusive,
              lines: lines.map(([unit, q, hs], i) => line(String(i), unit, q, 'GBP', hs)),
              destination: { country: 'GB', vatPercent: '20' },
              delivery: {
                shipping: money(shipping, 'GBP'),
                shipsFrom,
                incoterm,
                dutyRates: { '61': '12', '09': '0', '42': '4' },
                rule,
                importTaxPercent: '20',
              },
            }),
          );
          const l = p.landed!;
          const tax = p.tax!.amount;
          expect(p.total.amount).toBe(
            p.subtotal.amount + p.shipping.amount + (p.taxIncluded ? 0 : tax) + p.duties.amount,
          );
          expect(p.lines.reduce((s, x) => s + x.total.amount, 0)).toBe(p.subtotal.amount);
          for (const v of [p.total, p.duties, p.atBorder, p.taxRemoved, p.subtotal, p.shipping])
            expect(Number.isSafeInteger(v.amount) && v.amount >= 0).toBe(true);
          expect(p.duties.amount).toBe(incoterm === 'DDP' ? l.duty + l.importTax : 0);
          expect(p.atBorder.amount).toBe(incoterm === 'DAP' ? l.duty + l.importTax : 0);
          if (!l.saleTax) expect(tax).toBe(0);
          if (p.taxRemoved.amount > 0) expect(inclusive && !l.saleTax).toBe(true);
          const notes = landedNotes({
            notice: l.notice,
            lowValueScheme: l.lowValueScheme,
            atBorder: p.atBorder.amount,
            taxRemoved: p.taxRemoved.amount,
          });
          if (notes.some((n) => n.key === 'summary.nothingDue' || n.key === 'summary.dutiesIncluded'))
            expect(p.atBorder.amount === 0 && !l.unestimated).toBe(true);
          if (p.atBorder.amount > 0) expect(notes.some((n) => n.key === 'summary.borderDue')).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
