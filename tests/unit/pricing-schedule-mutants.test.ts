import { describe, expect, it } from 'vitest';
import { scheduleProblems, type Window } from '#app/modules/pricing/core/schedule.ts';

const valid = { percent: '5', startsAt: '2027-01-01T00:00', endsAt: '' };
const errorsOf = (over: Partial<typeof valid>, existing: Window[] = []) =>
  scheduleProblems({ ...valid, ...over }, existing).errors;

describe('schedule: percent', () => {
  it('accepts -90 to 500 with up to three digits before and three after the point', () => {
    for (const percent of ['-90', '500', '50', '0', '12.5', '5.25', '-12.125', ' 5 '])
      expect(errorsOf({ percent }), percent).toEqual({});
  });

  it('rejects values out of range or not written as a plain decimal', () => {
    for (const percent of [
      '-91',
      '501',
      '-90.001',
      '500.5',
      'x5',
      '5x',
      '5.',
      '.5',
      '1000',
      '5.1234',
      '1e2',
      '',
    ])
      expect(errorsOf({ percent }), percent).toEqual({ percent: 'percent' });
  });
});

describe('schedule: dates', () => {
  it('reads datetime-local values, with or without seconds and surrounding spaces, as UTC', () => {
    expect(
      scheduleProblems({ ...valid, startsAt: ' 2027-01-01T10:30:15 ', endsAt: ' 2027-02-01T00:00 ' }, [])
        .window,
    ).toEqual({ startsAt: new Date('2027-01-01T10:30:15Z'), endsAt: new Date('2027-02-01T00:00:00Z') });
  });

  it('treats a blank end as open-ended', () => {
    expect(scheduleProblems({ ...valid, endsAt: '   ' }, []).window).toEqual({
      startsAt: new Date('2027-01-01T00:00:00Z'),
      endsAt: null,
    });
  });

  it('rejects text around a date and malformed seconds', () => {
    for (const startsAt of [
      'x2027-01-01T00:00',
      '2027-01-01T00:00x',
      '2027-01-01T00:00:5',
      '2027-01-01T00:00:ab',
    ])
      expect(errorsOf({ startsAt }), startsAt).toEqual({ startsAt: 'startsAt' });
    expect(errorsOf({ endsAt: 'later' })).toEqual({ endsAt: 'startsAt' });
    expect(errorsOf({ endsAt: '2027-02-01T00:00x' })).toEqual({ endsAt: 'startsAt' });
  });

  it('rejects an end equal to the start (an empty window)', () => {
    expect(errorsOf({ endsAt: valid.startsAt })).toEqual({ endsAt: 'endsBeforeStart' });
    expect(errorsOf({ endsAt: '2027-01-01T00:01' })).toEqual({});
  });
});

describe('schedule: overlap', () => {
  const december: Window = {
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2027-01-01T00:00:00Z'),
  };
  const march: Window = {
    startsAt: new Date('2027-03-01T00:00:00Z'),
    endsAt: new Date('2027-04-01T00:00:00Z'),
  };

  it('flags an overlap with any one of several existing windows', () => {
    expect(errorsOf({ startsAt: '2027-03-15T00:00', endsAt: '2027-03-20T00:00' }, [december, march])).toEqual(
      {
        startsAt: 'overlap',
      },
    );
    expect(
      scheduleProblems({ ...valid, startsAt: '2027-02-01T00:00', endsAt: '2027-03-01T00:00' }, [
        december,
        march,
      ]).window,
    ).toEqual({ startsAt: new Date('2027-02-01T00:00:00Z'), endsAt: new Date('2027-03-01T00:00:00Z') });
  });

  it('reports field errors alone, without checking overlap, when the input is invalid', () => {
    const r = scheduleProblems({ percent: 'x', startsAt: '2026-12-15T00:00', endsAt: '' }, [december]);
    expect(r).toEqual({ errors: { percent: 'percent' } });
  });
});
