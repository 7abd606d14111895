/**
 * The soak's memory bound (issue 17): RSS is flat when the last minute's average is within
 * GROWTH_LIMIT of a reference minute's, and the peak stays under PEAK_LIMIT_MB.
 *
 * The reference is minute 3 of a 10-minute soak: by then JIT, pools and caches have warmed up, so
 * growth after it is what a long-running server would keep doing. Shorter soaks scale it down,
 * round(0.3 × minutes) clamped to 1..3: minute 1 for 2-4 minutes, 2 for 5-8, 3 from 9 on. Minute
 * 1 still holds the warm-up, so short soaks are a smoke test of the bound, not a verdict.
 */
export const GROWTH_LIMIT = 0.1;
export const PEAK_LIMIT_MB = 800;
export const MIN_MINUTES = 2;

export function referenceMinute(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES)
    throw new Error(`a soak needs a whole number of at least ${MIN_MINUTES} minutes, got ${minutes}`);
  return Math.max(1, Math.min(3, Math.round(0.3 * minutes)));
}

export interface Sample {
  /** Seconds since the load started. */
  t: number;
  rssMb: number;
}

export interface MinuteStats {
  minute: number;
  avgMb: number;
  maxMb: number;
  samples: number;
}

/** Samples grouped by minute of load (minute 1 is t in [0, 60)); minutes with no sample are left out. */
export function perMinute(samples: Sample[], minutes: number): MinuteStats[] {
  const out: MinuteStats[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const inMinute = samples.filter((s) => s.t >= (minute - 1) * 60 && s.t < minute * 60).map((s) => s.rssMb);
    if (!inMinute.length) continue;
    out.push({
      minute,
      avgMb: inMinute.reduce((a, b) => a + b, 0) / inMinute.length,
      maxMb: Math.max(...inMinute),
      samples: inMinute.length,
    });
  }
  return out;
}

export interface Verdict {
  ok: boolean;
  referenceMinute: number;
  referenceAvgMb: number | null;
  lastAvgMb: number | null;
  /** Last minute's average over the reference's, minus one (0.1 = 10 % higher). */
  growth: number | null;
  peakMb: number | null;
  failures: string[];
}

export function judgeSoak(samples: Sample[], minutes: number): Verdict {
  const ref = referenceMinute(minutes);
  const stats = perMinute(samples, minutes);
  const reference = stats.find((m) => m.minute === ref);
  const last = stats.find((m) => m.minute === minutes);
  const peakMb = samples.length ? Math.max(...samples.map((s) => s.rssMb)) : null;
  const failures: string[] = [];
  if (!reference || !last) failures.push(`no RSS samples in minute ${!reference ? ref : minutes}`);
  const growth = reference && last ? last.avgMb / reference.avgMb - 1 : null;
  if (growth !== null && growth > GROWTH_LIMIT)
    failures.push(
      `last minute's average RSS ${last!.avgMb.toFixed(0)} MB is ${(growth * 100).toFixed(1)} % above minute ${ref}'s ` +
        `${reference!.avgMb.toFixed(0)} MB (limit ${GROWTH_LIMIT * 100} %)`,
    );
  if (peakMb !== null && peakMb > PEAK_LIMIT_MB)
    failures.push(`peak RSS ${peakMb.toFixed(0)} MB exceeds ${PEAK_LIMIT_MB} MB`);
  return {
    ok: failures.length === 0,
    referenceMinute: ref,
    referenceAvgMb: reference?.avgMb ?? null,
    lastAvgMb: last?.avgMb ?? null,
    growth,
    peakMb,
    failures,
  };
}
