import { describe, expect, it } from 'vitest';
import { ruleStatuses } from '#app/modules/checkout/core/import-rule-status.ts';
import {
  ImportRuleTerms,
  ruleInForce,
  termsIn,
  type ImportRule,
} from '#app/modules/checkout/core/import-rules.ts';
import { landedNotes } from '#app/modules/checkout/core/landed-cost-notes.ts';
import { customsValues, landedCost } from '#app/modules/checkout/core/landed-cost.ts';
import { SPECIAL_TERRITORIES, territoryOf } from '#app/modules/checkout/core/special-territories.ts';
import { libraryRule } from '../support/import-rules.ts';

const version = (id: number, effectiveFrom: string, origins: string[] | null = null): ImportRule => ({
  ...libraryRule('CA'),
  id,
  effectiveFrom,
  origins,
});

describe('ruleInForce', () => {
  it('a version for the goods’ origin beats a newer one for any origin, whatever the order they come in', () => {
    const cusma = version(1, '2020-07-01', ['US', 'MX']);
    const any = version(2, '2025-01-01');
    for (const list of [
      [cusma, any],
      [any, cusma],
    ]) {
      expect(ruleInForce(list, 'CA', 'US', '2026-01-01')!.id).toBe(1);
      expect(ruleInForce(list, 'CA', 'CN', '2026-01-01')!.id).toBe(2);
    }
  });
  it('the later date wins even when it was entered first (a lower id)', () => {
    const later = version(5, '2028-01-01');
    const earlier = version(10, '2027-01-01');
    expect(ruleInForce([later, earlier], 'CA', 'CN', '2028-06-01')!.id).toBe(5);
    expect(ruleInForce([earlier, later], 'CA', 'CN', '2028-06-01')!.id).toBe(5);
  });
  it('other destinations are ignored', () => {
    expect(ruleInForce([version(1, '2020-01-01')], 'US', 'CN', '2026-01-01')).toBeNull();
  });
});

describe('terms', () => {
  it('the schema refuses a malformed rate, an unknown key, a negative amount', () => {
    const ok = libraryRule('DE').terms;
    expect(ImportRuleTerms.safeParse(ok).success).toBe(true);
    for (const percent of ['5%', 'x5', '12.5555', '100', '5.'])
      expect(
        ImportRuleTerms.safeParse({ ...ok, importTax: { ...ok.importTax, percent } }).success,
        percent,
      ).toBe(false);
    expect(
      ImportRuleTerms.safeParse({ ...ok, importTax: { ...ok.importTax, percent: '25.5' } }).success,
    ).toBe(true);
    expect(ImportRuleTerms.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(
      ImportRuleTerms.safeParse({ ...ok, duty: { freeUpTo: -1, flatPerSubheading: null } }).success,
    ).toBe(false);
  });
  it('termsIn converts every amount and nothing else', () => {
    const eu = libraryRule('DE').terms;
    const doubled = termsIn({ ...eu, importTax: { ...eu.importTax, freeUpTo: 100 } }, (a) => a * 2);
    expect(doubled.saleTax).toEqual({ mode: 'up-to', threshold: 30000, scheme: 'IOSS' });
    expect(doubled.duty).toEqual({ freeUpTo: null, flatPerSubheading: { amount: 600, upTo: 30000 } });
    expect(doubled.importTax).toEqual({ ...eu.importTax, freeUpTo: 200 });
    const old = termsIn(libraryRule('DE', '2026-06-30').terms, (a) => a + 1);
    expect(old.duty.freeUpTo).toBe(15001);
    expect(termsIn(libraryRule('US').terms, (a) => a * 2).saleTax).toEqual({ mode: 'always' });
  });
});

describe('rule states on a date', () => {
  it('in force, scheduled, superseded, pending and rejected; origin groups are separate', () => {
    const all = [
      { ...version(1, '2020-07-01', ['US']), status: 'approved' as const },
      { ...version(2, '2020-07-01'), status: 'approved' as const },
      { ...version(3, '2026-01-01'), status: 'approved' as const },
      { ...version(4, '2030-01-01'), status: 'approved' as const },
      { ...version(5, '2027-01-01'), status: 'pending' as const },
      { ...version(6, '2027-01-01'), status: 'rejected' as const },
      // A pending version whose date has passed does not supersede the approved one.
      { ...version(7, '2026-06-01'), status: 'pending' as const },
    ];
    expect(Object.fromEntries(ruleStatuses(all, '2026-12-05'))).toEqual({
      1: 'inForce',
      2: 'superseded',
      3: 'inForce',
      4: 'scheduled',
      5: 'pending',
      6: 'rejected',
      7: 'pending',
    });
  });
});

describe('landed cost details', () => {
  const eu = (lines: { key: string; customsValue: number; hsCode: string | null }[], over = {}) =>
    landedCost({
      destination: 'DE',
      territory: null,
      shipsFrom: 'US',
      incoterm: 'DDP',
      lines,
      shipping: 0,
      dutyRates: {},
      rule: libraryRule('DE'),
      importTaxPercent: '19',
      ...over,
    });
  it('the €3 counts tariff subheadings (HS6): two CN codes of one subheading pay once, dots ignored', () => {
    const r = eu([
      { key: 'a', customsValue: 1000, hsCode: '6110111000' },
      { key: 'b', customsValue: 1000, hsCode: '6110.11.90' },
      { key: 'c', customsValue: 1000, hsCode: '6110209000' },
    ]);
    expect(r.dutyLines).toEqual({ a: 300, b: 0, c: 300 });
    expect(r.ruleId).toBe(libraryRule('DE').id);
  });
  it('shipping is taxed at import once: added to a FOB value where the rule says so, never twice to CIF', () => {
    const rule = libraryRule('AU');
    const cif = { ...rule, terms: { ...rule.terms, customsValue: 'cif' as const } };
    const input = {
      destination: 'AU',
      territory: null,
      shipsFrom: 'US',
      incoterm: 'DAP' as const,
      lines: [{ key: 'a', customsValue: 200000, hsCode: null }],
      shipping: 1000,
      dutyRates: {},
      importTaxPercent: '10',
    };
    // 10 % of (200000 + 1000) either way.
    expect(landedCost({ ...input, rule }).importTax).toBe(20100);
    expect(landedCost({ ...input, rule: cif }).importTax).toBe(20100);
  });
});

describe('landed notes', () => {
  const base = { notice: null, lowValueScheme: null, atBorder: 0, taxRemoved: 0 } as const;
  const keys = (over: Partial<Parameters<typeof landedNotes>[0]>) => landedNotes({ ...base, ...over });
  it('one note per fact, in a fixed order, with the amount it needs', () => {
    expect(keys({})).toEqual([]);
    expect(keys({ notice: 'included' })).toEqual([
      { key: 'summary.dutiesIncluded', warning: false, testId: 'duties-notice' },
    ]);
    expect(keys({ notice: 'nothing-due', lowValueScheme: 'IOSS', taxRemoved: 5 })).toEqual([
      { key: 'summary.taxRemoved', amount: 'taxRemoved', warning: false, testId: 'tax-removed' },
      { key: 'summary.schemes.IOSS', warning: false, testId: 'sale-tax-scheme' },
      { key: 'summary.nothingDue', warning: false, testId: 'duties-notice' },
    ]);
    expect(keys({ notice: 'border-due', atBorder: 1 })).toEqual([
      { key: 'summary.borderDue', amount: 'atBorder', warning: true, testId: 'border-due' },
    ]);
    expect(keys({ notice: 'may-be-due', atBorder: 1 })).toEqual([
      { key: 'summary.borderDue', amount: 'atBorder', warning: true, testId: 'border-due' },
      { key: 'summary.mayBeDue', warning: true, testId: 'duties-notice' },
    ]);
    // A domestic sale names no scheme.
    expect(keys({ lowValueScheme: 'DOMESTIC' })).toEqual([]);
  });
});

describe('special territories', () => {
  it('each is in the EU customs territory or not, as Regulation 952/2013 Art. 4 says', () => {
    const eu = Object.fromEntries(SPECIAL_TERRITORIES.map((t) => [`${t.code}/${t.country}`, t.euCustoms]));
    expect(eu).toEqual({
      'ES-CN/ES': true,
      'ES-CE/ES': false,
      'ES-ML/ES': false,
      'DE-HE/DE': false,
      'DE-BU/DE': false,
      'IT-LV/IT': false,
      'IT-CI/IT': true,
      'FR-GP/FR': true,
      'FR-MQ/FR': true,
      'FR-GF/FR': true,
      'FR-RE/FR': true,
      'FR-YT/FR': true,
      'GR-69/GR': true,
      'FI-01/FI': true,
      'FI-01/AX': true,
    });
  });
  it.each([
    ['ES', '3500', null],
    ['ES', '350011', null],
    ['ES', '3500a', null],
    ['ES', ' 35 001 ', 'ES-CN'],
    ['ES', null, null],
    ['DE', '274980', null],
    ['IT', '22062', null],
    ['FR', '9711', null],
    ['FR', '97500', null],
    ['FR', '97600', 'FR-YT'],
    ['FR', '97300', 'FR-GF'],
    ['FR', '97200', 'FR-MQ'],
    ['GR', '63088', null],
    ['FI', '22100', 'FI-01'],
    ['FI', '2210', null],
    ['FI', '00100', null],
    ['IT', '23042', null],
    ['ES', '52006', 'ES-ML'],
    ['ES', '5100', null],
  ])('%s %s → %s', (country, postal, code) => {
    expect(territoryOf(country, postal)?.code ?? null).toBe(code);
  });
  it('Germany → Ceuta crosses a customs border; Germany → the Canaries does not', () => {
    const from = (postal: string) =>
      landedCost({
        destination: 'ES',
        territory: territoryOf('ES', postal),
        shipsFrom: 'DE',
        incoterm: 'DAP',
        lines: [{ key: 'a', customsValue: 10000, hsCode: '090240' }],
        shipping: 0,
        dutyRates: { '09': '5' },
        rule: libraryRule(territoryOf('ES', postal)!.code),
        importTaxPercent: null,
      });
    expect(from('51001').duty).toBe(500);
    expect(from('35001').duty).toBe(0);
    expect(from('35001').crossBorder).toBe(true);
  });
});

describe('customs values', () => {
  it('CIF shares by value with the remainder on the last line; FOB none; 60 % rounds half away from zero', () => {
    const lines = ['a', 'b', 'c'].map((key) => ({ key, customsValue: 10000, hsCode: null }));
    expect(customsValues(lines, 1001, 'cif')).toEqual({ a: 10333, b: 10333, c: 10335 });
    expect(customsValues(lines, 1001, 'fob')).toEqual({ a: 10000, b: 10000, c: 10000 });
    expect(customsValues([{ key: 'a', customsValue: 9073, hsCode: null }], 1091, 'personal-use-60')).toEqual({
      a: 5444 + 1091,
    });
    // Lines of no value get no share; the last line takes all of it.
    const free = ['a', 'b'].map((key) => ({ key, customsValue: 0, hsCode: null }));
    expect(customsValues(free, 500, 'cif')).toEqual({ a: 0, b: 500 });
  });
});
