import { currencyExponent, isCurrencyCode } from './currencies.ts';
import { divRoundHalfAwayFromZero, parseDecimal, pow10 } from './decimal.ts';

/** Money is integer minor units plus an ISO 4217 code. Never a float. */
export interface Money {
  amount: number;
  currencyCode: string;
}

export function money(amount: number, currencyCode: string): Money {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`Money amount must be an integer of minor units, got ${amount}`);
  if (!isCurrencyCode(currencyCode)) throw new RangeError(`Unsupported currency: ${currencyCode}`);
  return { amount, currencyCode };
}

/**
 * Decimal string in major units, as the Storefront API's `Decimal` scalar carries it:
 * 1234 USD -> "12.34", 1235 JPY -> "1235", 1234 KWD -> "1.234".
 */
export function toDecimalString({ amount, currencyCode }: Money): string {
  const exp = currencyExponent(currencyCode);
  const negative = amount < 0;
  const abs = BigInt(Math.abs(amount));
  if (exp === 0) return `${negative ? '-' : ''}${abs}`;
  const base = pow10(exp);
  const whole = abs / base;
  const frac = (abs % base).toString().padStart(exp, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** Parses a major-unit decimal string into minor units; rejects more precision than the currency has. */
export function fromDecimalString(text: string, currencyCode: string): Money {
  const exp = currencyExponent(currencyCode);
  const d = parseDecimal(text);
  if (d.scale > exp) {
    const excess = pow10(d.scale - exp);
    if (d.units % excess !== 0n)
      throw new RangeError(`${text} has more decimals than ${currencyCode} allows (${exp})`);
    return money(Number(d.units / excess), currencyCode);
  }
  return money(Number(d.units * pow10(exp - d.scale)), currencyCode);
}

/**
 * Converts between currencies at `rate` (units of `to` per unit of `from`, a decimal string),
 * adjusting for the two exponents, rounding half away from zero.
 */
export function convert(value: Money, to: string, rate: string): Money {
  const r = parseDecimal(rate);
  const fromExp = currencyExponent(value.currencyCode);
  const toExp = currencyExponent(to);
  let numerator = BigInt(value.amount) * r.units;
  let denominator = pow10(r.scale);
  if (toExp >= fromExp) numerator *= pow10(toExp - fromExp);
  else denominator *= pow10(fromExp - toExp);
  return money(Number(divRoundHalfAwayFromZero(numerator, denominator)), to);
}

/** Applies a percentage given as a decimal string ("19" = +19%), rounding half away from zero. */
export function addPercent(value: Money, percent: string): Money {
  const p = parseDecimal(percent);
  const hundred = 100n * pow10(p.scale);
  const amount = divRoundHalfAwayFromZero(BigInt(value.amount) * (hundred + p.units), hundred);
  return money(Number(amount), value.currencyCode);
}

export function add(a: Money, b: Money): Money {
  if (a.currencyCode !== b.currencyCode)
    throw new RangeError(`Currency mismatch: ${a.currencyCode} vs ${b.currencyCode}`);
  return money(a.amount + b.amount, a.currencyCode);
}

export function compare(a: Money, b: Money): number {
  if (a.currencyCode !== b.currencyCode)
    throw new RangeError(`Currency mismatch: ${a.currencyCode} vs ${b.currencyCode}`);
  return a.amount - b.amount;
}

/**
 * Converts between two currencies quoted against a third (the shop currency): value × toRate /
 * fromRate, where each rate is units per shop-currency unit. One rounding, half away from zero.
 */
export function crossConvert(value: Money, to: string, fromRate: string, toRate: string): Money {
  const f = parseDecimal(fromRate);
  const t = parseDecimal(toRate);
  const fromExp = currencyExponent(value.currencyCode);
  const toExp = currencyExponent(to);
  // value/10^fromExp × (t/10^t.scale) / (f/10^f.scale) × 10^toExp
  let numerator = BigInt(value.amount) * t.units * pow10(f.scale);
  let denominator = f.units * pow10(t.scale);
  if (toExp >= fromExp) numerator *= pow10(toExp - fromExp);
  else denominator *= pow10(fromExp - toExp);
  return money(Number(divRoundHalfAwayFromZero(numerator, denominator)), to);
}

/** Zero in a currency: the starting point of a sum. */
export function zero(currencyCode: string): Money {
  return money(0, currencyCode);
}

/** Adds amounts of one currency; an empty list is zero in `currencyCode`, a foreign amount throws. */
export function sum(values: readonly Money[], currencyCode: string): Money {
  return values.reduce(add, zero(currencyCode));
}
