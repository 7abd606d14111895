import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage } from '#app/i18n/accept-language.ts';

describe('Accept-Language parsing', () => {
  it('orders by quality and maps Simplified Chinese to zh-CN', () => {
    expect(parseAcceptLanguage('fr-CA;q=0.5, de-DE, zh-Hans-SG;q=0.8')).toEqual([
      { language: 'de', region: 'DE', q: 1 },
      { language: 'zh-CN', region: 'SG', q: 0.8 },
      { language: 'fr', region: 'CA', q: 0.5 },
    ]);
  });

  it('ignores wildcards, zero quality and garbage', () => {
    expect(parseAcceptLanguage('*, en;q=0, ;;;, x'.repeat(1))).toEqual([
      { language: 'x', region: null, q: 1 },
    ]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('a'.repeat(10_000)).length).toBeLessThanOrEqual(1);
  });
});
