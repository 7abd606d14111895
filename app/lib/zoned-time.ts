/**
 * Wall-clock times in a named time zone ↔ UTC instants, with Intl alone. Campaign windows are
 * stored in UTC and entered and shown in the shop's zone ("starts 24 Dec 00:00 Berlin").
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in winter: 60). */
function offsetMinutes(at: Date, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * "2026-12-24T00:00" in `tz` → the UTC instant; null when the text is not such a time. A time
 * skipped by a DST change resolves to the instant after the gap, as calendars do.
 */
export function zonedLocalToUtc(local: string, tz: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(guess).getUTCDate() !== d) return null;
  // Two passes: the offset at the first estimate can differ from the offset at the answer.
  let at = guess - offsetMinutes(new Date(guess), tz) * 60_000;
  at = guess - offsetMinutes(new Date(at), tz) * 60_000;
  return new Date(at);
}

/** A UTC instant as "YYYY-MM-DDTHH:mm" on the wall clock of `tz` (what a datetime-local field holds). */
export function utcToZonedLocal(at: Date, tz: string): string {
  const local = new Date(at.getTime() + offsetMinutes(at, tz) * 60_000);
  return local.toISOString().slice(0, 16);
}
