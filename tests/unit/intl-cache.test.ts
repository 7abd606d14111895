import { describe, expect, it } from 'vitest';
import { displayNames, numberFormat } from '#app/lib/intl-cache.ts';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const yen = numberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
    expect(numberFormat('ja-JP', { style: 'currency', currency: 'JPY' })).toBe(yen);
    expect(numberFormat('ja-JP', { style: 'currency', currency: 'KWD' })).not.toBe(yen);
    expect(yen.format(1234)).toBe(
      new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(1234),
    );
    expect(displayNames('de', { type: 'region' }).of('JP')).toBe('Japan');
    expect(displayNames('ar', { type: 'region' })).not.toBe(displayNames('de', { type: 'region' }));
  });

  it('still throws for a locale Intl refuses, every time', () => {
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
    expect(() => numberFormat('not a locale!')).toThrow(RangeError);
    expect(() => displayNames('', { type: 'language' })).toThrow(RangeError);
  });
});
