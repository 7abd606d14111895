import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import { parseDecimal, pow10 } from '#app/modules/money/core/decimal.ts';

/**
 * Price rounding rules, applied to the price shown (gross where tax-inclusive).
 * - charm: the next price ending in .99/.95/.90/.00 at or above the amount;
 * - step: a multiple of the step, to the nearest (half up) or up.
 * Amounts are minor units; steps and endings are in major units of the currency.
 */
export type RoundingRule =
  | { kind: 'none' }
  | { kind: 'charm'; ending: CharmEnding }
  | { kind: 'step'; mode: 'nearest' | 'up'; step: RoundingStep };

export const CHARM_ENDINGS = ['0.99', '0.95', '0.90', '0.00'] as const;
export type CharmEnding = (typeof CHARM_ENDINGS)[number];
export const ROUNDING_STEPS = ['0.05', '0.10', '0.50', '1', '5', '10', '50', '100'] as const;
export type RoundingStep = (typeof ROUNDING_STEPS)[number];

/** Minor units of a major-unit decimal in a currency, or null when it is finer than the currency allows. */
function toMinor(major: string, currency: string): number | null {
  const d = parseDecimal(major);
  const exp = currencyExponent(currency);
  if (d.scale > exp) {
    const excess = pow10(d.scale - exp);
    if (d.units % excess !== 0n) return null;
    return Number(d.units / excess);
  }
  return Number(d.units * pow10(exp - d.scale));
}

/** Why a rule cannot apply to a currency (e.g. .99 endings for JPY), or null when it can. */
export function roundingRuleProblem(
  rule: RoundingRule,
  currency: string,
): 'charmNeedsMinorUnits' | 'stepTooFine' | null {
  if (rule.kind === 'charm' && currencyExponent(currency) < 2) return 'charmNeedsMinorUnits';
  if (rule.kind === 'step' && !toMinor(rule.step, currency)) return 'stepTooFine';
  return null;
}

function ceilToMultiple(amount: number, step: number): number {
  return Math.ceil(amount / step) * step;
}

/** Applies a rounding rule to a non-negative amount; `direction: 'up'` forces upward rounding (used by the margin floor). */
export function applyRounding(
  amount: number,
  currency: string,
  rule: RoundingRule,
  direction: 'rule' | 'up' = 'rule',
): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Cannot round ${amount}`);
  if (rule.kind === 'none') return amount;
  const problem = roundingRuleProblem(rule, currency);
  if (problem) throw new RangeError(`${problem}: ${JSON.stringify(rule)} for ${currency}`);
  const unit = Number(pow10(currencyExponent(currency)));
  if (rule.kind === 'charm') {
    const ending = toMinor(rule.ending, currency)!;
    // The ending within the amount's own major unit, or the next unit's if already past it
    // (for .00 that is the amount itself when whole, else the next whole unit).
    const candidate = Math.floor(amount / unit) * unit + ending;
    return candidate >= amount ? candidate : candidate + unit;
  }
  const step = toMinor(rule.step, currency)!;
  if (rule.mode === 'up' || direction === 'up') return ceilToMultiple(amount, step);
  // Nearest multiple, halves up.
  const q = Math.floor(amount / step);
  const r = amount - q * step;
  return (2 * r >= step ? q + 1 : q) * step;
}
