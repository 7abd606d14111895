import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { fromDecimalString } from '#app/modules/money/core/money.ts';
import { numberFormat } from './intl-cache.ts';

/**
 * Intl locale for a storefront (language, country): "de" in DE is "de-DE". A language that names
 * its own region keeps its script in another country: zh-CN (simplified Chinese) in Singapore is
 * "zh-SG" (zh-Hans-SG), whose dollar is "$", not "SGD" as zh-CN would write it.
 */
export function intlLocale(language: string, country: string): string {
  if (!language.includes('-')) return `${language}-${country}`;
  const own = new Intl.Locale(language);
  if (own.region === country) return language;
  const { language: base, script } = own.maximize();
  return new Intl.Locale(base, { script, region: country }).minimize().toString();
}

/**
 * Formats a MoneyV2 for the page locale. The fraction digits come from Meridian's
 * currency table (JPY 0, KWD 3), so display never disagrees with stored amounts.
 */
export function formatMoney(amount: string, currencyCode: string, locale: string): string {
  const exp = currencyExponent(currencyCode);
  const minor = fromDecimalString(amount, currencyCode).amount;
  const format = numberFormat(locale, {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: exp,
    maximumFractionDigits: exp,
  });
  // Intl takes a decimal string exactly (no float rounding) in Node 24 and modern browsers.
  const negative = minor < 0;
  const abs = Math.abs(minor)
    .toString()
    .padStart(exp + 1, '0');
  const text = exp === 0 ? abs : `${abs.slice(0, -exp)}.${abs.slice(-exp)}`;
  return format.format(`${negative ? '-' : ''}${text}` as unknown as number);
}

/** US shoppers see imperial units; everyone else metric. Input weight is grams. */
export function formatWeight(
  grams: number,
  locale: string,
  unitSystem: 'IMPERIAL_SYSTEM' | 'METRIC_SYSTEM',
): string {
  if (unitSystem === 'IMPERIAL_SYSTEM') {
    const ounces = grams / 28.349523125;
    if (ounces >= 16)
      return numberFormat(locale, { style: 'unit', unit: 'pound', maximumFractionDigits: 1 }).format(
        ounces / 16,
      );
    return numberFormat(locale, { style: 'unit', unit: 'ounce', maximumFractionDigits: 1 }).format(ounces);
  }
  if (grams >= 1000)
    return numberFormat(locale, {
      style: 'unit',
      unit: 'kilogram',
      maximumFractionDigits: 2,
    }).format(grams / 1000);
  return numberFormat(locale, { style: 'unit', unit: 'gram', maximumFractionDigits: 0 }).format(grams);
}

/**
 * The date and time formats Meridian shows, by purpose; Intl picks the order, words and digits for the locale.
 * `long`: "5 December 2026"; `dateTime`: "5 Dec 2026, 13:05"; `shortDateTime`: "05/12/2026, 13:05";
 * `year`: "2026"; `weekdayDay`: "Sat, 5 December" (delivery estimates).
 */
const DATE_FORMATS = {
  long: { dateStyle: 'long' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** With the zone's name ("5 Dec 2026, 13:05:00 UTC"): where server and browser zones may differ. */
  dateTimeZone: { dateStyle: 'medium', timeStyle: 'long' },
  shortDateTime: { dateStyle: 'short', timeStyle: 'short' },
  year: { year: 'numeric' },
  weekdayDay: { weekday: 'short', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateFormat = keyof typeof DATE_FORMATS;

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(
  locale: string,
  format: DateFormat,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${locale}|${format}|${timeZone ?? ''}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...DATE_FORMATS[format],
      ...(timeZone ? { timeZone } : {}),
    });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/**
 * Formats a date (an ISO string or a Date) for a locale. `timeZone` defaults to the runtime's own
 * (the browser's, for the admin's timestamps); pass 'UTC' for calendar dates stored as UTC midnights.
 */
export function formatDate(
  value: string | Date,
  locale: string,
  format: DateFormat = 'long',
  timeZone?: string,
): string {
  return dateFormatter(locale, format, timeZone).format(toDate(value));
}

/** A range in one phrase ("Wed, Dec 9 – Fri, Dec 11"), or one date when both ends are the same. */
export function formatDateRange(
  from: string | Date,
  to: string | Date,
  locale: string,
  format: DateFormat = 'long',
  timeZone?: string,
): string {
  const [a, b] = [toDate(from), toDate(to)];
  const formatter = dateFormatter(locale, format, timeZone);
  return a.getTime() === b.getTime() ? formatter.format(a) : formatter.formatRange(a, b);
}
