import { describe, expect, it } from 'vitest';
import {
  addressLines,
  addressOneLine,
  addressSeparator,
  salutationName,
  type PostalAddress,
} from '#app/modules/checkout/core/address-format.ts';
import {
  addBusinessDays,
  deliveryWindow,
  formatDeliveryWindow,
} from '#app/modules/checkout/core/delivery-estimate.ts';
import {
  countryName,
  currencyName,
  marketName,
  sortByCountryName,
} from '#app/modules/checkout/core/display-names.ts';
import { regionName } from '#app/modules/checkout/core/regions.ts';

const tokyo: PostalAddress = {
  countryCode: 'JP',
  lastName: '佐藤',
  firstName: '愛子',
  zip: '1000005',
  province: '13',
  city: '千代田区',
  address1: '丸の内1-1-1',
};
const dubai: PostalAddress = {
  countryCode: 'AE',
  firstName: 'ليلى',
  lastName: 'حداد',
  address1: 'شارع الشيخ زايد 1',
  city: 'دبي',
  province: 'DU',
  zip: '',
  phone: '+971 4 123 4567',
};
const nyc: PostalAddress = {
  countryCode: 'US',
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: '350 Fifth Avenue',
  city: 'New York',
  province: 'NY',
  zip: '10118',
};

const shown = (a: PostalAddress, language: string, locale: string) =>
  addressOneLine(
    addressLines(
      a,
      {
        region: regionName(a.countryCode, a.province, language),
        country: countryName(a.countryCode, locale),
      },
      language,
    ),
    language,
  );

describe('address display', () => {
  it('writes a Japanese address from the largest unit down: 〒 postal code, prefecture, city, street, then family and given name', () => {
    expect(shown(tokyo, 'ja', 'ja-JP')).toBe('日本 〒100-0005 東京都千代田区丸の内1-1-1 佐藤 愛子');
    expect(shown(tokyo, 'ja', 'ja-JP')).not.toMatch(/[,،]/);
  });

  it('writes an Arabic address with Arabic names and the Arabic comma, never a Latin comma', () => {
    const text = shown(dubai, 'ar', 'ar-AE');
    expect(text).toBe('ليلى حداد، شارع الشيخ زايد 1، دبي دبي، الإمارات العربية المتحدة');
    expect(text).not.toMatch(/[,A-Za-z]/);
    expect(
      addressLines(
        dubai,
        { region: regionName('AE', 'DU', 'en'), country: countryName('AE', 'en-AE') },
        'en',
      ),
    ).toContain('دبي Dubai');
  });

  it('keeps the country form elsewhere, with the country in the shopper language', () => {
    expect(
      addressLines(nyc, { region: regionName('US', 'NY', 'en'), country: countryName('US', 'en-US') }, 'en'),
    ).toEqual(['Ada Lovelace', '350 Fifth Avenue', 'New York NY 10118', 'United States']);
    expect(shown(nyc, 'de', 'de-DE')).toContain('Vereinigte Staaten');
    expect(addressSeparator('de')).toBe(', ');
    expect(addressSeparator('zh-CN')).toBe(' ');
    expect(addressSeparator('ar')).toBe('، ');
  });

  it('greets Japanese buyers by family name, Chinese by full name, others by given name', () => {
    expect(salutationName(tokyo, 'ja')).toBe('佐藤');
    expect(salutationName(tokyo, 'zh-CN')).toBe('佐藤愛子');
    expect(salutationName(nyc, 'en')).toBe('Ada');
    expect(salutationName(dubai, 'ar')).toBe('ليلى');
  });

  it('shows the emirates in Arabic only to Arabic readers; the admin gets both names', () => {
    expect(regionName('AE', 'DU', 'ar')).toBe('دبي');
    expect(regionName('AE', 'DU', 'en')).toBe('Dubai');
    expect(regionName('AE', 'DU')).toBe('Dubai · دبي');
    expect(regionName('JP', '13', 'en')).toBe('東京都');
  });
});

describe('display names', () => {
  it('names countries, markets and currencies in the shopper language, not the market English name', () => {
    expect(countryName('JP', 'ja-JP')).toBe('日本');
    expect(countryName('AE', 'ar-AE')).toBe('الإمارات العربية المتحدة');
    expect(marketName(['DE', 'AT'], 'de-DE')).toBe('Deutschland und Österreich');
    expect(marketName(['JP'], 'ja-JP')).toBe('日本');
    expect(currencyName('JPY', 'ja-JP')).toBe('日本円');
    expect(countryName('XX', 'en')).toBe('XX');
  });

  it('sorts countries by their localized name', () => {
    expect(sortByCountryName(['DE', 'AT'], 'de-DE')).toEqual(['DE', 'AT']);
    expect(sortByCountryName(['DE', 'AT'], 'en-US')).toEqual(['AT', 'DE']);
  });
});

describe('delivery estimate', () => {
  it('counts business days, skipping weekends', () => {
    const friday = new Date('2026-12-04T18:00:00Z');
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe('2026-12-07');
    expect(addBusinessDays(friday, 5).toISOString().slice(0, 10)).toBe('2026-12-11');
    expect(deliveryWindow(friday, 2, 4)).toEqual({
      from: new Date('2026-12-08T00:00:00Z'),
      to: new Date('2026-12-10T00:00:00Z'),
    });
  });

  it('formats the window as dates in the shopper locale', () => {
    const w = deliveryWindow(new Date('2026-12-04T10:00:00Z'), 2, 4);
    expect(formatDeliveryWindow(w, 'en-US')).toMatch(/Dec(ember)? 8.*10/);
    expect(formatDeliveryWindow(w, 'ja-JP')).toMatch(/12.*8.*\(火\).*10.*\(木\)/);
    expect(formatDeliveryWindow(w, 'ar-AE')).toMatch(/ديسمبر/);
    expect(formatDeliveryWindow(deliveryWindow(new Date('2026-12-04T10:00:00Z'), 1, 1), 'de-DE')).toMatch(
      /7\. Dezember/,
    );
  });
});
