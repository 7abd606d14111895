/** The analytics period from `from`/`to` query dates (UTC days, inclusive); the last 90 days by default, at most two years. */
const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function analyticsPeriod(params: URLSearchParams, now: Date) {
  const day = (s: string | null) =>
    s && DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? s : null;
  const toDay = day(params.get('to')) ?? now.toISOString().slice(0, 10);
  let fromDay =
    day(params.get('from')) ??
    new Date(Date.parse(`${toDay}T00:00:00Z`) - 89 * DAY).toISOString().slice(0, 10);
  if (fromDay > toDay) fromDay = toDay;
  const earliest = new Date(Date.parse(`${toDay}T00:00:00Z`) - 730 * DAY).toISOString().slice(0, 10);
  if (fromDay < earliest) fromDay = earliest;
  return {
    fromDay,
    toDay,
    from: new Date(`${fromDay}T00:00:00Z`),
    to: new Date(`${toDay}T23:59:59.999Z`),
  };
}
