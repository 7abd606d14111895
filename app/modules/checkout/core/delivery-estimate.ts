/**
 * When an order should arrive: the shipping rate's transit time in business days (Monday to
 * Friday, no holidays) counted from the day it was placed, as calendar dates (UTC).
 */
import { formatDateRange } from '#app/lib/format.ts';

export function addBusinessDays(from: Date, days: number): Date {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d;
}

export function deliveryWindow(placedAt: Date, minDays: number, maxDays: number): { from: Date; to: Date } {
  return {
    from: addBusinessDays(placedAt, minDays),
    to: addBusinessDays(placedAt, Math.max(minDays, maxDays)),
  };
}

/** The window as a date range in the shopper's locale ("Wed, Dec 9 – Fri, Dec 11"; "12/09(水)～12/11(金)"). */
export function formatDeliveryWindow(window: { from: Date; to: Date }, locale: string): string {
  return formatDateRange(window.from, window.to, locale, 'weekdayDay', 'UTC');
}
