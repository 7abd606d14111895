/** Scheduled adjustments: validation of a new one against a market's existing ones. */
export interface Window {
  startsAt: Date;
  endsAt: Date | null;
}

/** Half-open windows [start, end) overlap when each starts before the other ends. */
export function overlaps(a: Window, b: Window): boolean {
  const aEnd = a.endsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bEnd = b.endsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.startsAt.getTime() < bEnd && b.startsAt.getTime() < aEnd;
}

export type ScheduleError = 'percent' | 'startsAt' | 'endsBeforeStart' | 'overlap';

export function scheduleProblems(
  input: { percent: string; startsAt: string; endsAt: string },
  existing: Window[],
): { errors: Partial<Record<'percent' | 'startsAt' | 'endsAt', ScheduleError>>; window?: Window } {
  const errors: Partial<Record<'percent' | 'startsAt' | 'endsAt', ScheduleError>> = {};
  if (
    !/^-?\d{1,3}(\.\d{1,3})?$/.test(input.percent.trim()) ||
    Number(input.percent) < -90 ||
    Number(input.percent) > 500
  )
    errors.percent = 'percent';
  // datetime-local values are taken as UTC, as the form says.
  const parse = (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(s) ? new Date(`${s}Z`) : null;
  const startsAt = parse(input.startsAt.trim());
  const endsAt = input.endsAt.trim() ? parse(input.endsAt.trim()) : null;
  if (!startsAt) errors.startsAt = 'startsAt';
  if (input.endsAt.trim() && !endsAt) errors.endsAt = 'startsAt';
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'endsBeforeStart';
  if (Object.keys(errors).length || !startsAt) return { errors };
  const window = { startsAt, endsAt };
  if (existing.some((w) => overlaps(w, window))) errors.startsAt = 'overlap';
  return Object.keys(errors).length ? { errors } : { errors, window };
}
