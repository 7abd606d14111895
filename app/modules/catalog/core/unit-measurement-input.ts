import { z } from 'zod';
import { parseDecimal } from '#app/modules/money/core/decimal.ts';
import { MEASURED_TYPES, isUnitOf, type MeasuredType, type UnitMeasurement } from './unit-price.ts';

/** Reads a variant row's unit_* columns; null when the variant is not sold by measure. */
export function measurementOfRow(row: {
  unitMeasuredType: MeasuredType | null;
  unitQuantityValue: string | null;
  unitQuantityUnit: string | null;
  unitReferenceValue: number | null;
  unitReferenceUnit: string | null;
}): UnitMeasurement | null {
  const parsed = unitMeasurementSchema.safeParse({
    measuredType: row.unitMeasuredType,
    quantityValue: row.unitQuantityValue,
    quantityUnit: row.unitQuantityUnit,
    referenceValue: row.unitReferenceValue,
    referenceUnit: row.unitReferenceUnit,
  });
  return parsed.success ? parsed.data : null;
}

/** Up to 10 integer and 4 fractional digits: what numeric(14,4) holds. */
const QUANTITY_RE = /^\d{1,10}(?:\.\d{1,4})?$/;

/**
 * A unit measurement as anything that writes one (the seed, the admin) must give it: a positive
 * quantity with at most four decimals, a positive whole reference, and both units of the measured
 * type (grams cannot be quoted per litre). Messages are i18n keys under admin's unitPrice.errors.
 */
export const unitMeasurementSchema = z
  .object({
    measuredType: z.enum(MEASURED_TYPES, { error: 'measuredType' }),
    quantityValue: z
      .string({ error: 'quantityValue' })
      .trim()
      .regex(QUANTITY_RE, { error: 'quantityValue', abort: true })
      .refine((v) => parseDecimal(v).units > 0n, { error: 'quantityValue' }),
    quantityUnit: z.string({ error: 'quantityUnit' }),
    referenceValue: z.coerce
      .number({ error: 'referenceValue' })
      .int({ error: 'referenceValue' })
      .min(1, { error: 'referenceValue' })
      .max(10_000, { error: 'referenceValue' }),
    referenceUnit: z.string({ error: 'referenceUnit' }),
  })
  .superRefine((m, ctx) => {
    if (!isUnitOf(m.measuredType, m.quantityUnit))
      ctx.addIssue({ code: 'custom', path: ['quantityUnit'], message: 'unitMismatch' });
    if (!isUnitOf(m.measuredType, m.referenceUnit))
      ctx.addIssue({ code: 'custom', path: ['referenceUnit'], message: 'unitMismatch' });
  })
  .transform((m) => m as UnitMeasurement);
