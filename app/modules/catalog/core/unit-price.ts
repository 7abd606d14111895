import {
  divRoundHalfAwayFromZero,
  parseDecimal,
  pow10,
  type Decimal,
} from '#app/modules/money/core/decimal.ts';

/**
 * Unit prices (EU Price Indication Directive 98/6/EC; in Germany the PAngV's "Grundpreis"): goods
 * sold by weight, volume, length or area also show their price per reference quantity, e.g.
 * "1 kg = 48,00 €". Units and measured types are Shopify's UnitPriceMeasurement enums.
 */
export const MEASURED_TYPES = ['WEIGHT', 'VOLUME', 'LENGTH', 'AREA', 'COUNT'] as const;
export type MeasuredType = (typeof MEASURED_TYPES)[number];

/**
 * Each unit's size in its type's base unit (g, ml, m, m², item), as exact decimal strings: the
 * international pound and yard, US customary fluid units as Shopify documents them.
 */
export const UNIT_FACTORS = {
  WEIGHT: { MG: '0.001', G: '1', KG: '1000', OZ: '28.349523125', LB: '453.59237' },
  VOLUME: {
    ML: '1',
    CL: '10',
    L: '1000',
    M3: '1000000',
    FLOZ: '29.5735295625',
    PT: '473.176473',
    QT: '946.352946',
    GAL: '3785.411784',
  },
  LENGTH: { MM: '0.001', CM: '0.01', M: '1', IN: '0.0254', FT: '0.3048', YD: '0.9144' },
  AREA: { M2: '1', FT2: '0.09290304' },
  COUNT: { ITEM: '1' },
} as const satisfies Record<MeasuredType, Record<string, string>>;

export type MeasuredUnit = { [T in MeasuredType]: keyof (typeof UNIT_FACTORS)[T] }[MeasuredType];

export function unitsOf(type: MeasuredType): MeasuredUnit[] {
  return Object.keys(UNIT_FACTORS[type]) as MeasuredUnit[];
}

export function isUnitOf(type: MeasuredType, unit: string): unit is MeasuredUnit {
  return Object.hasOwn(UNIT_FACTORS[type], unit);
}

export interface UnitMeasurement {
  measuredType: MeasuredType;
  /** The quantity one item holds, as a decimal string (numeric(14,4) in the database): "100", "2.5". */
  quantityValue: string;
  quantityUnit: MeasuredUnit;
  /** The quantity the unit price is quoted for: 1 (kg), 100 (ml). */
  referenceValue: number;
  referenceUnit: MeasuredUnit;
}

function factor(type: MeasuredType, unit: MeasuredUnit): Decimal {
  const f = (UNIT_FACTORS[type] as Record<string, string>)[unit];
  if (!f) throw new RangeError(`${unit} is not a unit of ${type}`);
  return parseDecimal(f);
}

/**
 * The price of the reference quantity, in the same currency's minor units as `priceMinor`:
 * price × reference (in base units) / quantity (in base units), in exact integer arithmetic with
 * one rounding, half away from zero (Meridian's rule for every derived amount). The currency's
 * exponent needs no handling: input and output are minor units of the same currency. Null when
 * the result is past Number.MAX_SAFE_INTEGER (an absurd measurement, not a price to show).
 */
export function unitPriceMinor(priceMinor: number, m: UnitMeasurement): number | null {
  if (!Number.isSafeInteger(priceMinor)) throw new RangeError(`Not minor units: ${priceMinor}`);
  const q = parseDecimal(m.quantityValue);
  if (q.units <= 0n) throw new RangeError('Unit quantity must be positive');
  if (!Number.isSafeInteger(m.referenceValue) || m.referenceValue <= 0)
    throw new RangeError('Unit reference must be a positive integer');
  const qf = factor(m.measuredType, m.quantityUnit);
  const rf = factor(m.measuredType, m.referenceUnit);
  // price × (ref × rf.units / 10^rf.scale) / (q.units / 10^q.scale × qf.units / 10^qf.scale)
  const numerator = BigInt(priceMinor) * BigInt(m.referenceValue) * rf.units * pow10(q.scale + qf.scale);
  const denominator = q.units * qf.units * pow10(rf.scale);
  const unit = divRoundHalfAwayFromZero(numerator, denominator);
  // 0.0001 mg quoted per 1000 kg is a legal input with no representable price: show none rather than a float.
  return unit <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(unit) : null;
}
