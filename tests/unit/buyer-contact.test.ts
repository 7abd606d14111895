import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseBuyerContact } from '#app/modules/cart/core/cart-input.ts';
import { matchRank, searchTrackingParameters } from '#app/lib/text-match.ts';

const F = ['buyerIdentity'];

describe('normaliseBuyerContact', () => {
  it('keeps E.164 phones and drops the separators people type', () => {
    expect(normaliseBuyerContact({ phone: '+49 (30) 1234-5678' }, F)).toEqual({ phone: '+493012345678' });
    expect(normaliseBuyerContact({ phone: '+1.415.555.0100' }, F)).toEqual({ phone: '+14155550100' });
  });

  it('refuses phones that are not E.164, naming the field', () => {
    for (const phone of [
      '030 1234567',
      '+0301234567',
      '+1234',
      '+1234567890123456',
      '+49 30 abc',
      '++4930123',
    ])
      expect(normaliseBuyerContact({ phone }, F), phone).toEqual({
        problem: { code: 'INVALID', field: ['buyerIdentity', 'phone'] },
      });
  });

  it('clears with null or empty, and leaves absent fields alone', () => {
    expect(normaliseBuyerContact({ phone: null, email: '' }, F)).toEqual({ phone: null, email: null });
    expect(normaliseBuyerContact({ countryCode: 'DE' }, F)).toEqual({});
  });

  it('refuses what Meridian cannot honour: a customer access token or a company location', () => {
    expect(normaliseBuyerContact({ customerAccessToken: 'x', email: 'a@b.co' }, F)).toEqual({
      problem: { code: 'INVALID', field: ['buyerIdentity', 'customerAccessToken'] },
    });
    expect(
      normaliseBuyerContact({ companyLocationId: 'gid://shopify/CompanyLocation/1' }, ['input']),
    ).toEqual({
      problem: { code: 'INVALID', field: ['input', 'companyLocationId'] },
    });
  });

  it('accepts every well-formed E.164 number and refuses every string without the plus', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,14}$/), (cc, rest) => {
        const phone = `+${cc}${rest}`;
        expect(normaliseBuyerContact({ phone }, F)).toEqual({ phone });
        expect('problem' in normaliseBuyerContact({ phone: phone.slice(1) }, F)).toBe(true);
      }),
    );
  });

  it('refuses malformed and over-long emails', () => {
    expect('problem' in normaliseBuyerContact({ email: 'no-at-sign' }, F)).toBe(true);
    expect('problem' in normaliseBuyerContact({ email: `${'a'.repeat(250)}@b.co` }, F)).toBe(true);
    expect(normaliseBuyerContact({ email: ' mia@example.de ' }, F)).toEqual({ email: 'mia@example.de' });
  });
});

describe('matchRank', () => {
  it('ranks a title match above a body match and needs every term', () => {
    expect(matchRank('linen care', 'Linen care guide', '', 'en')).toBe(2);
    expect(matchRank('linen care', 'Guide', 'How to care for linen', 'en')).toBe(1);
    expect(matchRank('linen silk', 'Linen', 'care', 'en')).toBe(0);
    expect(matchRank('   ', 'Linen', '', 'en')).toBe(0);
  });

  it('folds case by the language and normalises width', () => {
    expect(matchRank('İSTANBUL', 'istanbul notes', '', 'tr')).toBe(2);
    expect(matchRank('ＬＩＮＥＮ', 'linen', '', 'ja')).toBe(2);
  });

  it('always matches a title against a query made of its own words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zà-ÿ]{1,8}$/), { minLength: 1, maxLength: 4 }), (words) => {
        expect(matchRank(words.join(' '), words.join(' '), '', 'en')).toBe(2);
      }),
    );
  });
});

describe('searchTrackingParameters', () => {
  it("is Shopify's query string, with the query encoded", () => {
    const p = new URLSearchParams(searchTrackingParameters('wool & linen', 3));
    expect(Object.fromEntries(p)).toEqual({ _pos: '3', _psq: 'wool & linen', _ss: 'e', _v: '1.0' });
  });
});
