import { describe, expect, it } from 'vitest';
import { formatMoney, formatWeight, intlLocale } from '#app/lib/format.ts';
import { jsonLdScript } from '#app/storefront/json-ld.ts';
import {
  fromLanguageCode,
  localePrefix,
  parseLocaleSegment,
  textDirection,
  toLanguageCode,
} from '#app/modules/markets/core/locale.ts';

describe('locale prefixes', () => {
  it('parse language, script/region and country', () => {
    expect(parseLocaleSegment('de-de')).toEqual({ language: 'de', country: 'DE' });
    expect(parseLocaleSegment('zh-cn-sg')).toEqual({ language: 'zh-CN', country: 'SG' });
    expect(parseLocaleSegment('fr-ca')).toEqual({ language: 'fr', country: 'CA' });
    expect(parseLocaleSegment('products')).toBeNull();
    expect(parseLocaleSegment('DE-de')).toBeNull();
    expect(localePrefix('zh-CN', 'SG')).toBe('/zh-cn-sg');
  });

  it('map to Storefront API LanguageCode values', () => {
    expect(toLanguageCode('zh-CN')).toBe('ZH_CN');
    expect(fromLanguageCode('ZH_CN')).toBe('zh-CN');
    expect(fromLanguageCode('DE')).toBe('de');
  });

  it('know Arabic is right-to-left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });
});

// Intl separates numbers and symbols with no-break spaces.
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formats', () => {
  it('JPY has no decimals and follows the page locale', () => {
    expect(formatMoney('1235', 'JPY', 'ja-JP')).toBe('￥1,235');
    expect(sp(formatMoney('1235', 'JPY', 'de-DE'))).toBe('1.235 ¥');
    expect(formatMoney('1235', 'JPY', 'en-US')).toBe('¥1,235');
  });

  it('EUR, KWD and AED use their exponents', () => {
    expect(sp(formatMoney('52.55', 'EUR', 'de-DE'))).toBe('52,55 €');
    expect(sp(formatMoney('1.234', 'KWD', 'en-US'))).toBe('KWD 1.234');
    expect(formatMoney('176.28', 'AED', 'ar-AE')).toMatch(/176\.28.*د\.إ/);
  });

  it('weights are imperial for the US and metric elsewhere', () => {
    expect(formatWeight(450, 'en-US', 'IMPERIAL_SYSTEM')).toBe('15.9 oz');
    expect(formatWeight(900, 'en-US', 'IMPERIAL_SYSTEM')).toBe('2 lb');
    expect(sp(formatWeight(450, 'de-DE', 'METRIC_SYSTEM'))).toBe('450 g');
    expect(sp(formatWeight(1250, 'de-DE', 'METRIC_SYSTEM'))).toBe('1,25 kg');
  });
});

describe('intlLocale', () => {
  it('combines the language with the store country, keeping the script of a language that names a region', () => {
    expect(intlLocale('de', 'DE')).toBe('de-DE');
    expect(intlLocale('fr', 'CA')).toBe('fr-CA');
    expect(intlLocale('zh-CN', 'CN')).toBe('zh-CN');
    expect(intlLocale('zh-CN', 'SG')).toBe('zh-SG');
    expect(intlLocale('zh-TW', 'HK')).toBe('zh-HK');
    // The Singapore dollar as Singapore writes it in Chinese; zh-CN writes "SGD".
    expect(formatMoney('49.58', 'SGD', intlLocale('zh-CN', 'SG'))).toBe('$49.58');
    expect(formatMoney('49.58', 'SGD', 'zh-CN')).toMatch(/^SGD\s49\.58$/);
  });
});

describe('JSON-LD escaping', () => {
  it('cannot close the script element or open a comment', () => {
    const out = jsonLdScript({ name: '</script><script>alert(1)</script> <!-- \u2028 & "q"' });
    expect(out).not.toMatch(/<\/?script/i);
    expect(out).not.toContain('<!--');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script> <!-- \u2028 & "q"' });
  });
});
