/** When credit issued at `now` lapses, for a market's expiry in days (null: never). */
export function creditExpiry(days: number | null, now: Date): Date | null {
  return days == null ? null : new Date(now.getTime() + days * 86_400_000);
}
