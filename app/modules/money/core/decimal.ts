/**
 * Exact decimal arithmetic on BigInt, for FX rates and percentages.
 * A Decimal is value = units / 10^scale; no binary floating point is involved.
 */
export interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d+))?$/;

export function parseDecimal(text: string): Decimal {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  const frac = m[3] ?? '';
  const units = BigInt(`${m[2]}${frac}`) * (m[1] ? -1n : 1n);
  return { units, scale: frac.length };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * Integer division rounding half away from zero ("commercial rounding"),
 * the rule Meridian uses for every currency conversion and percentage.
 */
export function divRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = n / d;
  const r = n % d;
  const rounded = r * 2n >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** amount × decimal, rounded half away from zero to an integer. */
export function multiplyByDecimal(amount: bigint, factor: Decimal): bigint {
  return divRoundHalfAwayFromZero(amount * factor.units, pow10(factor.scale));
}
