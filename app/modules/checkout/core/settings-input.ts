import { z } from 'zod';
import { fromDecimalString } from '#app/modules/money/core/money.ts';
import { ImportRuleTerms, SALE_TAX_SCHEMES, type ImportRule } from './import-rules.ts';

/** Admin input for shipping rates, duty rates and import rule versions; errors are codes per field. */

/** A decimal amount in a currency ("12.50", "1200" for JPY) to minor units, or a refusal. */
export const amountIn = (currency: string) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      try {
        const m = fromDecimalString(s, currency);
        if (m.amount < 0) throw new RangeError('negative');
        return m.amount;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'amount' });
        return z.NEVER;
      }
    });
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([z.literal('').transform(() => null), schema]);
const grams = z
  .string()
  .trim()
  .regex(/^\d{1,7}$/, 'grams')
  .transform(Number);
const days = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'days')
  .transform(Number);

export function shippingRateInput(currency: string) {
  return z
    .object({
      service: z.enum(['economy', 'standard', 'express'], 'required'),
      kind: z.enum(['flat', 'weight'], 'required'),
      amount: amountIn(currency),
      minGrams: optional(grams),
      maxGrams: optional(grams),
      freeOverAmount: optional(amountIn(currency)),
      minDays: days,
      maxDays: days,
    })
    .superRefine((v, ctx) => {
      if (v.maxDays < v.minDays) ctx.addIssue({ code: 'custom', path: ['maxDays'], message: 'daysOrder' });
      if (v.minGrams != null && v.maxGrams != null && v.maxGrams <= v.minGrams)
        ctx.addIssue({ code: 'custom', path: ['maxGrams'], message: 'gramsOrder' });
      if (v.kind === 'weight' && v.minGrams == null && v.maxGrams == null)
        ctx.addIssue({ code: 'custom', path: ['maxGrams'], message: 'weightBand' });
    });
}

const percent = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,3})?$/, 'percent');
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((d) => !Number.isNaN(Date.parse(d)), 'date');
const source = z.string().trim().min(3, 'source').max(300, 'tooLong');

export const DutyRateInput = z.object({
  destination: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'countryCode'),
  hsChapter: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'hsChapter'),
  ratePercent: percent,
  source,
  effectiveFrom: isoDate,
});

const flag = z.stringbool().catch(false);
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{2})?$/, 'destination');

/**
 * A proposed import rule version from the admin form, in the destination rule's currency; the
 * terms come out as `ImportRuleTerms` (checked again by its own schema before they are stored).
 */
export function importRuleInput(currency: string) {
  return z
    .object({
      destination: code,
      origins: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^([A-Z]{2}(\s*,\s*[A-Z]{2})*)?$/, 'origins')
        .transform((s) => (s ? s.split(/\s*,\s*/) : null)),
      effectiveFrom: isoDate,
      thresholdValue: z.enum(['goods', 'customs-value'], 'required'),
      customsValue: z.enum(['fob', 'cif', 'personal-use-60'], 'required'),
      saleTaxMode: z.enum(['always', 'up-to', 'never'], 'required'),
      saleTaxThreshold: optional(amountIn(currency)),
      scheme: z.union([z.literal('').transform(() => null), z.enum(SALE_TAX_SCHEMES, 'required')]),
      dutyFreeUpTo: optional(amountIn(currency)),
      flatAmount: optional(amountIn(currency)),
      flatUpTo: optional(amountIn(currency)),
      importTaxPercent: optional(percent),
      importTaxFreeUpTo: optional(amountIn(currency)),
      onDuty: flag,
      onShipping: flag,
      unestimated: flag,
      sourceUrl: z
        .string()
        .trim()
        .max(500, 'tooLong')
        .refine((u) => URL.parse(u)?.protocol === 'https:', 'sourceUrl'),
      note: z.string().trim().max(1000, 'tooLong'),
    })
    .superRefine((v, ctx) => {
      if (v.saleTaxMode === 'up-to' && v.saleTaxThreshold == null)
        ctx.addIssue({ code: 'custom', path: ['saleTaxThreshold'], message: 'required' });
      if (v.saleTaxMode === 'up-to' && v.scheme == null)
        ctx.addIssue({ code: 'custom', path: ['scheme'], message: 'required' });
      if ((v.flatAmount == null) !== (v.flatUpTo == null))
        ctx.addIssue({
          code: 'custom',
          path: [v.flatAmount == null ? 'flatAmount' : 'flatUpTo'],
          message: 'required',
        });
    })
    .transform((v): Omit<ImportRule, 'id'> => ({
      destination: v.destination,
      origins: v.origins,
      effectiveFrom: v.effectiveFrom,
      currency,
      sourceUrl: v.sourceUrl,
      note: v.note,
      terms: ImportRuleTerms.parse({
        thresholdValue: v.thresholdValue,
        customsValue: v.customsValue,
        saleTax:
          v.saleTaxMode === 'up-to'
            ? { mode: 'up-to', threshold: v.saleTaxThreshold, scheme: v.scheme }
            : { mode: v.saleTaxMode },
        duty: {
          freeUpTo: v.dutyFreeUpTo,
          flatPerSubheading:
            v.flatAmount != null && v.flatUpTo != null ? { amount: v.flatAmount, upTo: v.flatUpTo } : null,
        },
        importTax: {
          percent: v.importTaxPercent,
          freeUpTo: v.importTaxFreeUpTo,
          onDuty: v.onDuty,
          onShipping: v.onShipping,
        },
        unestimated: v.unestimated,
      }),
    }));
}
