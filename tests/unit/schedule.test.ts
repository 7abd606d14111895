import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, scheduleProblems } from '#app/modules/pricing/core/schedule.ts';

const existing = [{ startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2027-01-01T00:00:00Z') }];

describe('scheduled adjustments', () => {
  it('accepts a window that touches but does not overlap', () => {
    expect(
      scheduleProblems({ percent: '5', startsAt: '2027-01-01T00:00', endsAt: '' }, existing).window,
    ).toEqual({ startsAt: new Date('2027-01-01T00:00:00Z'), endsAt: null });
  });

  it('rejects overlaps, reversed windows and bad values, field by field', () => {
    expect(
      scheduleProblems({ percent: '5', startsAt: '2026-12-15T00:00', endsAt: '2027-02-01T00:00' }, existing)
        .errors,
    ).toEqual({ startsAt: 'overlap' });
    expect(
      scheduleProblems({ percent: '5', startsAt: '2026-11-01T00:00', endsAt: '' }, existing).errors,
    ).toEqual({ startsAt: 'overlap' });
    expect(
      scheduleProblems({ percent: 'x', startsAt: 'soon', endsAt: '2026-01-01T00:00' }, []).errors,
    ).toEqual({ percent: 'percent', startsAt: 'startsAt' });
    expect(
      scheduleProblems({ percent: '5', startsAt: '2027-03-01T00:00', endsAt: '2027-02-01T00:00' }, []).errors,
    ).toEqual({ endsAt: 'endsBeforeStart' });
  });

  it('overlap is symmetric', () => {
    const window = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.option(fc.integer({ min: 1, max: 1000 })))
      .map(([s, len]) => ({
        startsAt: new Date(s * 1000),
        endsAt: len == null ? null : new Date((s + len) * 1000),
      }));
    fc.assert(
      fc.property(window, window, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });
});
