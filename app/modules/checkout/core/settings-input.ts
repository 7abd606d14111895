import { z } from 'zod';
import { fromDecimalString } from '#app/modules/money/core/money.ts';

/** Admin input for shipping rates, duty rates and de minimis thresholds; errors are codes per field. */

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

export function deMinimisInput(currency: string) {
  return z.object({
    destination: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'countryCode'),
    dutyThreshold: optional(amountIn(currency)),
    vatThreshold: optional(amountIn(currency)),
    vatAtSale: z.stringbool().catch(false),
    source,
    effectiveFrom: isoDate,
  });
}
