import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brandColorsOf,
  brandDetailsInput,
  contrastRatio,
  normaliseHex,
  readablePair,
} from '#app/modules/shop/core/brand-input.ts';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(
    (c) =>
      `#${c
        .map((n) => n.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase()}`,
  );

describe('brand colours', () => {
  it('normalise to Shopify’s #RRGGBB, blank to none', () => {
    expect(normaliseHex('1f3a34')).toBe('#1F3A34');
    expect(normaliseHex('#abc')).toBe('#AABBCC');
    expect(normaliseHex('')).toBeNull();
  });

  it('refuse anything but a hex colour, with the field’s code', () => {
    for (const bad of ['red', '#12345', '#1234567', 'url(x)', '#GGGGGG', '1F3A34;}body{'])
      expect(brandDetailsInput.safeParse({ primaryBackground: bad }).error?.issues[0]?.message, bad).toBe(
        'colour',
      );
    expect(brandDetailsInput.safeParse({ slogan: 'x'.repeat(101) }).error?.issues[0]?.message).toBe(
      'sloganTooLong',
    );
  });

  it('keep a group only when one of its colours is set', () => {
    const v = brandDetailsInput.parse({ primaryBackground: '#1f3a34', primaryForeground: 'F7F2EA' });
    expect(brandColorsOf(v)).toEqual({
      primary: [{ background: '#1F3A34', foreground: '#F7F2EA' }],
      secondary: [],
    });
  });

  it('contrast follows WCAG: black on white is 21:1, symmetric, 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1F3A34', '#F7F2EA')).toBeGreaterThan(4.5);
    expect(readablePair('#777777', '#888888')).toBe(false);
    expect(readablePair(null, '#888888')).toBe(true);
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const r = contrastRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(21.0001);
        expect(contrastRatio(b, a)).toBeCloseTo(r, 10);
        expect(contrastRatio(a, a)).toBeCloseTo(1, 10);
      }),
    );
  });
});
