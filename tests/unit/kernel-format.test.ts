import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '#app/lib/format.ts';
import { toGrams } from '#app/modules/catalog/core/weight.ts';

describe('formatDate', () => {
  const at = '2026-12-05T13:05:00Z';
  it('formats each purpose for the locale, in the time zone asked for', () => {
    expect(formatDate(at, 'en-GB', 'long', 'UTC')).toBe('5 December 2026');
    expect(formatDate(at, 'en-US', 'long', 'UTC')).toBe('December 5, 2026');
    expect(formatDate(at, 'de-DE', 'dateTime', 'UTC')).toBe('05.12.2026, 13:05');
    expect(formatDate(at, 'en-GB', 'shortDateTime', 'UTC')).toBe('05/12/2026, 13:05');
    expect(formatDate(at, 'ja-JP', 'year', 'UTC')).toBe('2026年');
    expect(formatDate(new Date(at), 'en-US', 'weekdayDay', 'UTC')).toBe('Sat, December 5');
    // The zone moves the calendar day: 23:30 UTC is already the next day in Tokyo.
    expect(formatDate('2026-12-05T23:30:00Z', 'en-GB', 'long', 'Asia/Tokyo')).toBe('6 December 2026');
  });

  it('formats a range as one phrase, and a one-day range as that day', () => {
    // Intl puts thin spaces around the dash.
    expect(
      formatDateRange('2026-12-09T00:00:00Z', '2026-12-11T00:00:00Z', 'en-US', 'weekdayDay', 'UTC').replace(
        /\s/g,
        ' ',
      ),
    ).toBe('Wed, December 9 – Fri, December 11');
    expect(
      formatDateRange('2026-12-09T00:00:00Z', '2026-12-09T00:00:00Z', 'en-US', 'weekdayDay', 'UTC'),
    ).toBe('Wed, December 9');
  });
});

describe('toGrams', () => {
  it('converts each unit with the exact ounce and pound, rounded to the nearest whole gram (halves up)', () => {
    expect(toGrams(250, 'GRAMS')).toBe(250);
    expect(toGrams(1.2345, 'KILOGRAMS')).toBe(1235); // 1234.5 g: the half goes up
    expect(toGrams(0.2504, 'KILOGRAMS')).toBe(250);
    expect(toGrams(1, 'OUNCES')).toBe(28); // 28.3495…
    expect(toGrams(10, 'OUNCES')).toBe(283); // 283.495…
    expect(toGrams(1, 'POUNDS')).toBe(454); // 453.59237
    expect(toGrams(2, 'POUNDS')).toBe(907); // 907.18474
    expect(toGrams(0, 'POUNDS')).toBe(0);
  });

  it('property: always a whole number of grams, within half a gram of the exact weight', () => {
    const factor = { GRAMS: 1, KILOGRAMS: 1000, OUNCES: 28.349523125, POUNDS: 453.59237 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.constantFrom(...(Object.keys(factor) as (keyof typeof factor)[])),
        (weight, unit) => {
          const grams = toGrams(weight, unit);
          expect(Number.isInteger(grams)).toBe(true);
          expect(Math.abs(grams - weight * factor[unit])).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});
