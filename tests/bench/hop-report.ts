import { fmt, markdownTable } from './table.ts';

// Kept apart from hop.ts so run.ts can format the result without loading the app into its process.
export interface HopStats {
  path: string;
  medianUs: number;
  p99Us: number;
  meanUs: number;
  minUs: number;
  failures: number;
}
export interface HopResult {
  iterations: number;
  warmup: number;
  inProcess: HopStats;
  http: HopStats;
  medianRatio: number;
  p99Ratio: number;
}

export function hopHeading(r: HopResult): string {
  return `### Storefront API: in-process vs HTTP hop (${r.iterations} sequential queries each, after ${r.warmup} warm-up)`;
}

export function hopTable(r: HopResult): string {
  const row = (s: HopStats, median: string, p99: string) => [
    s.path,
    fmt(s.medianUs, 0),
    fmt(s.p99Us, 0),
    fmt(s.meanUs, 0),
    s.failures,
    median,
    p99,
  ];
  return markdownTable(
    ['Storefront API path', 'median µs', 'p99 µs', 'mean µs', 'failures', 'median ×', 'p99 ×'],
    [row(r.inProcess, '1.00×', '1.00×'), row(r.http, `${fmt(r.medianRatio, 2)}×`, `${fmt(r.p99Ratio, 2)}×`)],
  );
}
