import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, utcToZonedLocal, zonedLocalToUtc } from '#app/lib/zoned-time.ts';

describe('wall-clock times in the shop’s zone', () => {
  it('converts Berlin, Tokyo and New York wall clocks to UTC, summer and winter', () => {
    expect(zonedLocalToUtc('2026-12-24T00:00', 'Europe/Berlin')!.toISOString()).toBe(
      '2026-12-23T23:00:00.000Z',
    );
    expect(zonedLocalToUtc('2026-07-01T00:00', 'Europe/Berlin')!.toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
    expect(zonedLocalToUtc('2026-05-12T09:30', 'Asia/Tokyo')!.toISOString()).toBe('2026-05-12T00:30:00.000Z');
    expect(zonedLocalToUtc('2026-11-27T00:00', 'America/New_York')!.toISOString()).toBe(
      '2026-11-27T05:00:00.000Z',
    );
    expect(zonedLocalToUtc('2026-03-01T10:00', 'UTC')!.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('resolves a time skipped by the spring change to the instant after it', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    expect(zonedLocalToUtc('2026-03-29T02:30', 'Europe/Berlin')!.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('refuses what is not a time', () => {
    for (const bad of [
      '',
      '2026-02-30T10:00',
      '2026-13-01T00:00',
      '2026-01-01 10:00',
      '2026-01-01T24:00',
      'x'.repeat(1000),
    ])
      expect(zonedLocalToUtc(bad, 'Europe/Berlin'), bad).toBeNull();
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('shows a UTC instant on the zone’s clock and reads it back (property, whole minutes)', () => {
    const zones = [
      'Europe/Berlin',
      'Asia/Tokyo',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'Australia/Adelaide',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1_700_000_000, max: 2_000_000_000 }),
        fc.constantFrom(...zones),
        (s, tz) => {
          const at = new Date(Math.floor(s / 60) * 60_000);
          const local = utcToZonedLocal(at, tz);
          const back = zonedLocalToUtc(local, tz)!;
          // In the repeated autumn hour a wall time names two instants; both show the same clock.
          expect(utcToZonedLocal(back, tz)).toBe(local);
        },
      ),
    );
  });
});
