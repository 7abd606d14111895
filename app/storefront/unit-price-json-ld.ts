import {
  isUnitOf,
  MEASURED_TYPES,
  type MeasuredType,
  type MeasuredUnit,
} from '#app/modules/catalog/core/unit-price.ts';

/**
 * UN/CEFACT Recommendation 20 codes, what schema.org's `unitCode` expects. The fluid units are US
 * customary (the liquid pint, quart and gallon), as UNIT_FACTORS defines them; an item is a piece.
 */
export const UN_CEFACT_CODES = {
  MG: 'MGM',
  G: 'GRM',
  KG: 'KGM',
  OZ: 'ONZ',
  LB: 'LBR',
  ML: 'MLT',
  CL: 'CLT',
  L: 'LTR',
  M3: 'MTQ',
  FLOZ: 'OZA',
  PT: 'PTL',
  QT: 'QTL',
  GAL: 'GLL',
  MM: 'MMT',
  CM: 'CMT',
  M: 'MTR',
  IN: 'INH',
  FT: 'FOT',
  YD: 'YRD',
  M2: 'MTK',
  FT2: 'FTK',
  ITEM: 'H87',
} as const satisfies Record<MeasuredUnit, string>;

/** UnitPriceMeasurement as the Storefront API returns it. */
export interface MeasurementJson {
  measuredType?: string | null;
  quantityUnit?: string | null;
  quantityValue: number;
  referenceUnit?: string | null;
  referenceValue: number;
}

/**
 * The `referenceQuantity` of an Offer's UnitPriceSpecification, as Google's merchant listings read
 * it: the quantity the offer's price buys (unit_pricing_measure, "80 g") and, as its
 * `valueReference`, the quantity the unit price is quoted for (unit_pricing_base_measure, "1 kg").
 * Undefined for goods not sold by measure, or a measurement Meridian cannot interpret.
 */
export function referenceQuantity(m: MeasurementJson | null | undefined) {
  const type = m?.measuredType as MeasuredType | null | undefined;
  if (!m || !type || !MEASURED_TYPES.includes(type) || !m.quantityUnit || !m.referenceUnit) return undefined;
  if (!isUnitOf(type, m.quantityUnit) || !isUnitOf(type, m.referenceUnit)) return undefined;
  if (!(m.quantityValue > 0) || !(m.referenceValue > 0)) return undefined;
  return {
    '@type': 'QuantitativeValue',
    value: m.quantityValue,
    unitCode: UN_CEFACT_CODES[m.quantityUnit],
    valueReference: {
      '@type': 'QuantitativeValue',
      value: m.referenceValue,
      unitCode: UN_CEFACT_CODES[m.referenceUnit],
    },
  };
}
