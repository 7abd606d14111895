import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { fromDecimalString } from '#app/modules/money/core/money.ts';

/** Intl locale for a storefront (language, country): "de-DE", "zh-CN-SG" becomes "zh-CN". */
export function intlLocale(language: string, country: string): string {
  return language.includes('-') ? language : `${language}-${country}`;
}

/**
 * Formats a MoneyV2 for the page locale. The fraction digits come from Meridian's
 * currency table (JPY 0, KWD 3), so display never disagrees with stored amounts.
 */
export function formatMoney(amount: string, currencyCode: string, locale: string): string {
  const exp = currencyExponent(currencyCode);
  const minor = fromDecimalString(amount, currencyCode).amount;
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode, minimumFractionDigits: exp, maximumFractionDigits: exp });
  // Intl takes a decimal string exactly (no float rounding) in Node 24 and modern browsers.
  const negative = minor < 0;
  const abs = Math.abs(minor).toString().padStart(exp + 1, '0');
  const text = exp === 0 ? abs : `${abs.slice(0, -exp)}.${abs.slice(-exp)}`;
  return format.format(`${negative ? '-' : ''}${text}` as unknown as number);
}

/** US shoppers see imperial units; everyone else metric. Input weight is grams. */
export function formatWeight(grams: number, locale: string, unitSystem: 'IMPERIAL_SYSTEM' | 'METRIC_SYSTEM'): string {
  if (unitSystem === 'IMPERIAL_SYSTEM') {
    const ounces = grams / 28.349523125;
    if (ounces >= 16) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'pound', maximumFractionDigits: 1 }).format(ounces / 16);
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'ounce', maximumFractionDigits: 1 }).format(ounces);
  }
  if (grams >= 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 2 }).format(grams / 1000);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'gram', maximumFractionDigits: 0 }).format(grams);
}

/** Weight in grams from a Storefront API weight + unit. */
export function toGrams(weight: number, unit: string): number {
  switch (unit) {
    case 'KILOGRAMS': return weight * 1000;
    case 'OUNCES': return weight * 28.349523125;
    case 'POUNDS': return weight * 453.59237;
    default: return weight;
  }
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
