/**
 * The pure parts of `npm run bench` and `npm run bench:soak` that decide a verdict: the soak's
 * memory bound, the target table's "met" column, and what counts as a page's first-load JS and
 * inline script bytes.
 */
import { describe, expect, it } from 'vitest';
import { pageScripts } from '#tests/bench/page-weight.ts';
import { judgeSoak, perMinute, referenceMinute, type Sample } from '#tests/bench/soak-bounds.ts';
import { judge, targetTable } from '#tests/bench/target-table.ts';

/** One sample every 2 s for `minutes` minutes, RSS given per minute. */
const samples = (perMinuteMb: number[]): Sample[] =>
  perMinuteMb.flatMap((mb, m) => Array.from({ length: 30 }, (_, i) => ({ t: m * 60 + i * 2, rssMb: mb })));

describe('soak bound', () => {
  it('compares with minute 3 of 10, and scales the reference down for short soaks', () => {
    expect(referenceMinute(10)).toBe(3);
    expect(referenceMinute(9)).toBe(3);
    expect(referenceMinute(5)).toBe(2);
    expect([2, 3, 4].map(referenceMinute)).toEqual([1, 1, 1]);
    expect(referenceMinute(30)).toBe(3);
    expect(() => referenceMinute(1)).toThrow(/at least 2/);
    expect(() => referenceMinute(2.5)).toThrow();
  });

  it('averages per minute of load', () => {
    const stats = perMinute([...samples([100, 200]), { t: 59.9, rssMb: 130 }], 2);
    expect(stats.map((m) => [m.minute, m.samples, m.maxMb])).toEqual([
      [1, 31, 130],
      [2, 30, 200],
    ]);
    expect(stats[0]!.avgMb).toBeCloseTo((30 * 100 + 130) / 31);
  });

  it('passes flat memory, fails growth past 10 % and a peak over 800 MB', () => {
    const flat = judgeSoak(samples([500, 600, 650, 660, 670, 680, 690, 700, 710, 714]), 10);
    expect(flat).toMatchObject({ ok: true, referenceMinute: 3, referenceAvgMb: 650, lastAvgMb: 714 });
    expect(flat.growth).toBeCloseTo(0.0985, 3);

    const grown = judgeSoak(samples([500, 600, 650, 660, 670, 680, 690, 700, 710, 716]), 10);
    expect(grown.ok).toBe(false);
    expect(grown.failures.join()).toMatch(/10\.2 % above minute 3/);

    const peak = judgeSoak([...samples([700, 700]), { t: 70, rssMb: 801 }], 2);
    expect(peak.ok).toBe(false);
    expect(peak.failures.join()).toMatch(/peak RSS 801 MB exceeds 800 MB/);
    expect(judgeSoak([...samples([700, 700]), { t: 70, rssMb: 800 }], 2).ok).toBe(true);
  });

  it('fails when a minute it compares has no samples', () => {
    expect(judgeSoak(samples([500, 500]), 3).failures).toEqual(['no RSS samples in minute 3']);
  });
});

describe('target table', () => {
  it('judges minimums, maximums and the ratio to the skeleton, and says n/a without a figure', () => {
    const base = { measure: 'm', unit: 'req/s', digits: 0 };
    expect(
      judge({ ...base, meridian: 3000, skeleton: null, goal: { kind: 'atLeast', value: 3000 } }).met,
    ).toBe(true);
    expect(
      judge({ ...base, meridian: 2999, skeleton: null, goal: { kind: 'atLeast', value: 3000 } }).met,
    ).toBe(false);
    expect(judge({ ...base, meridian: 50, skeleton: 40, goal: { kind: 'below', value: 50 } }).met).toBe(
      false,
    );
    expect(
      judge({ ...base, meridian: 110, skeleton: null, goal: { kind: 'below', value: 110, inclusive: true } })
        .met,
    ).toBe(true);
    const ratio = judge({ ...base, meridian: 160, skeleton: 80, goal: { kind: 'ratioAtLeast', value: 2 } });
    expect([ratio.ratio, ratio.met, ratio.target]).toEqual([2, true, '≥ 2× the skeleton']);
    expect(
      judge({ ...base, meridian: 159, skeleton: 80, goal: { kind: 'ratioAtLeast', value: 2 } }).met,
    ).toBe(false);
    const none = judge({ ...base, meridian: 100, skeleton: null, goal: { kind: 'ratioAtLeast', value: 2 } });
    expect(none.met).toBeNull();
    expect(targetTable([none])).toMatch(/\| n\/a \|/);
  });
});

describe('page scripts', () => {
  it('counts module scripts, modulepreloads and inline module imports once, and inline bytes by kind', () => {
    const html = `<html><head>
      <link rel="modulepreload" href="/assets/a-1.js"/><link rel="stylesheet" href="/assets/app.css"/>
      <link rel="modulepreload" href="https://cdn.example/x.js"/>
      <script type="application/ld+json">{"@type":"Product"}</script>
      <script>window.x = 1;</script>
      <script>window.__reactRouterContext = {};</script>
      <script type="module" async="">import * as r0 from "/assets/b-2.js"; import "/assets/a-1.js"; import("/assets/c-3.js");</script>
      <script type="module" src="/assets/d-4.js?v=1"></script>
    </head></html>`;
    const s = pageScripts(html);
    expect(s.modules.sort()).toEqual([
      '/assets/a-1.js',
      '/assets/b-2.js',
      '/assets/c-3.js',
      '/assets/d-4.js',
    ]);
    expect(s.jsonLdBytes).toBe('{"@type":"Product"}'.length);
    expect(s.hydrationBytes).toBe('window.__reactRouterContext = {};'.length);
    expect(s.inlineScriptBytes).toBe(
      'window.x = 1;'.length +
        'window.__reactRouterContext = {};'.length +
        'import * as r0 from "/assets/b-2.js"; import "/assets/a-1.js"; import("/assets/c-3.js");'.length,
    );
  });
});
