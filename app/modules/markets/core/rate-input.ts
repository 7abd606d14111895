import { z } from 'zod';
import { isCurrencyCode } from '#app/modules/money/core/currencies.ts';

/** A manually entered FX rate: units of the currency per one unit of shop currency. */
export const ManualRateInput = z.object({
  currency: z.string().trim().toUpperCase().refine(isCurrencyCode, 'unknownCurrency'),
  rate: z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,10})?$/, 'rate')
    .refine((r) => Number(r) > 0, 'rate'),
});

/** A country's standard VAT/GST rate with its source and effective date. */
export const TaxRateInput = z.object({
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'countryCode'),
  ratePercent: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,3})?$/, 'taxRate'),
  source: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  effectiveFrom: z.iso.date('date'),
});
