import { describe, expect, it } from 'vitest';
import { applyRounding, roundingRuleProblem, type RoundingStep } from '#app/modules/pricing/core/rounding.ts';

// Edge cases of the rounding rules, worked by hand in minor units (USD cents, whole yen).
describe('rounding: amounts it refuses', () => {
  it('rejects negative, fractional and unsafe amounts with a RangeError naming the amount', () => {
    const none = { kind: 'none' } as const;
    expect(() => applyRounding(-1, 'USD', none)).toThrow(new RangeError('Cannot round -1'));
    expect(() => applyRounding(12.5, 'USD', none)).toThrow(new RangeError('Cannot round 12.5'));
    expect(() => applyRounding(Number.MAX_SAFE_INTEGER + 1, 'USD', none)).toThrow(RangeError);
    expect(applyRounding(0, 'USD', none)).toBe(0);
  });

  it('rejects a rule the currency cannot express, naming the problem, rule and currency', () => {
    expect(() => applyRounding(1000, 'JPY', { kind: 'charm', ending: '0.99' })).toThrow(
      new RangeError('charmNeedsMinorUnits: {"kind":"charm","ending":"0.99"} for JPY'),
    );
    expect(() => applyRounding(1000, 'JPY', { kind: 'step', mode: 'up', step: '0.50' })).toThrow(
      new RangeError('stepTooFine: {"kind":"step","mode":"up","step":"0.50"} for JPY'),
    );
  });
});

describe('rounding: steps written finer than the currency', () => {
  // JPY has no minor unit: ¥10.0 is still ten yen, ¥10.5 is not a whole number of yen.
  it('accepts a step with trailing zeros as the whole-unit step it equals', () => {
    const step = '10.0' as RoundingStep;
    expect(roundingRuleProblem({ kind: 'step', mode: 'up', step }, 'JPY')).toBeNull();
    expect(applyRounding(1201, 'JPY', { kind: 'step', mode: 'up', step })).toBe(1210);
  });

  it('refuses a step that is not a whole number of minor units', () => {
    const step = '10.5' as RoundingStep;
    expect(roundingRuleProblem({ kind: 'step', mode: 'up', step }, 'JPY')).toBe('stepTooFine');
    expect(roundingRuleProblem({ kind: 'step', mode: 'nearest', step: '0.05' }, 'JPY')).toBe('stepTooFine');
    expect(roundingRuleProblem({ kind: 'step', mode: 'nearest', step: '0.05' }, 'USD')).toBeNull();
  });
});

describe('rounding: charm endings', () => {
  it('.00 rounds up to the next whole major unit, keeping exact ones', () => {
    const rule = { kind: 'charm', ending: '0.00' } as const;
    expect(applyRounding(1200, 'USD', rule)).toBe(1200);
    expect(applyRounding(1201, 'USD', rule)).toBe(1300);
    expect(applyRounding(1299, 'USD', rule)).toBe(1300);
    // KWD has three decimals: 1.000 KWD is 1000 fils.
    expect(applyRounding(1001, 'KWD', rule)).toBe(2000);
  });

  it('.95 takes this unit’s ending when at or below it, else the next unit’s', () => {
    const rule = { kind: 'charm', ending: '0.95' } as const;
    expect(applyRounding(1295, 'USD', rule)).toBe(1295);
    expect(applyRounding(1200, 'USD', rule)).toBe(1295);
    expect(applyRounding(1296, 'USD', rule)).toBe(1395);
    // 0.950 KWD = 950 fils.
    expect(applyRounding(1951, 'KWD', rule)).toBe(2950);
  });
});

describe('rounding: steps', () => {
  it('nearest rounds halves up and everything below half down', () => {
    const rule = { kind: 'step', mode: 'nearest', step: '1' } as const;
    expect(applyRounding(1249, 'USD', rule)).toBe(1200);
    expect(applyRounding(1250, 'USD', rule)).toBe(1300);
    expect(applyRounding(1251, 'USD', rule)).toBe(1300);
    expect(applyRounding(1200, 'USD', rule)).toBe(1200);
    // Step 0.05 = 5 cents: 1202 → 1200, 1203 → 1205 (2.5 cents is the half).
    const nickel = { kind: 'step', mode: 'nearest', step: '0.05' } as const;
    expect(applyRounding(1202, 'USD', nickel)).toBe(1200);
    expect(applyRounding(1203, 'USD', nickel)).toBe(1205);
  });

  it('mode up always goes to the next multiple at or above', () => {
    const rule = { kind: 'step', mode: 'up', step: '1' } as const;
    expect(applyRounding(1201, 'USD', rule)).toBe(1300);
    expect(applyRounding(1200, 'USD', rule)).toBe(1200);
    expect(applyRounding(101, 'JPY', { kind: 'step', mode: 'up', step: '100' })).toBe(200);
  });

  it("direction 'up' forces a nearest rule upward; the default follows the rule", () => {
    const rule = { kind: 'step', mode: 'nearest', step: '1' } as const;
    expect(applyRounding(1201, 'USD', rule)).toBe(1200);
    expect(applyRounding(1201, 'USD', rule, 'rule')).toBe(1200);
    expect(applyRounding(1201, 'USD', rule, 'up')).toBe(1300);
    expect(applyRounding(1200, 'USD', rule, 'up')).toBe(1200);
  });
});
