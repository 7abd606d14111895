import { z } from 'zod';
import { fromDecimalString } from '#app/modules/money/core/money.ts';

/**
 * The admin's return rules form for one market. Amounts are typed in the market's currency
 * (JPY whole yen, KWD three decimals) and stored in minor units; percentages become basis points.
 */
const list = z
  .string()
  .max(2000, 'listTooLong')
  .transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(100, 'listTooLong')).max(50, 'listTooLong'));

const text = (max: number, code: string) => z.string().trim().max(max, code);

export function policyInput(currency: string) {
  return z
    .object({
      graceDays: z
        .string()
        .trim()
        .regex(/^\d{1,2}$/, 'graceDays')
        .transform(Number)
        .pipe(z.number().max(60, 'graceDays')),
      returnShippingFee: z
        .string()
        .trim()
        .regex(/^\d{1,7}(\.\d{1,3})?$/, 'amount')
        .transform((s, ctx) => {
          try {
            return fromDecimalString(s, currency).amount;
          } catch {
            ctx.addIssue({ code: 'custom', message: 'amountPrecision' });
            return z.NEVER;
          }
        }),
      restockingFeePercent: z
        .string()
        .trim()
        .regex(/^\d{1,2}(\.\d{1,2})?$/, 'percent')
        .transform((s) => Math.round(Number(s) * 100))
        .pipe(z.number().max(5000, 'percent')),
      storeCreditBonusPercent: z
        .string()
        .trim()
        .regex(/^\d{1,2}(\.\d{1,2})?$/, 'percent')
        .transform((s) => Math.round(Number(s) * 100))
        .pipe(z.number().max(5000, 'percent')),
      // Blank: credit never lapses.
      storeCreditExpiryDays: z
        .string()
        .trim()
        .regex(/^(\d{1,4})?$/, 'expiryDays')
        .transform((s) => (s ? Number(s) : null))
        .pipe(z.number().min(30, 'expiryDays').max(3650, 'expiryDays').nullable()),
      finalSaleTags: list,
      finalSaleCollections: list,
      nonReturnableTags: list,
      excludeDiscounted: z.stringbool().catch(false),
      refundDuties: z.stringbool().catch(false),
      refundShipping: z.stringbool().catch(false),
      addressName: text(100, 'addressField'),
      address1: text(200, 'addressField'),
      address2: text(200, 'addressField'),
      city: text(100, 'addressField'),
      zip: text(20, 'addressField'),
      countryCode: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^([A-Z]{2})?$/, 'countryCode'),
    })
    .superRefine((v, ctx) => {
      // An address is all or nothing: a label without a street or a country cannot be posted.
      const parts = [v.addressName, v.address1, v.city, v.countryCode];
      if (parts.some(Boolean) && !parts.every(Boolean))
        for (const [path, value] of [
          ['addressName', v.addressName],
          ['address1', v.address1],
          ['city', v.city],
          ['countryCode', v.countryCode],
        ] as const)
          if (!value) ctx.addIssue({ code: 'custom', path: [path], message: 'addressIncomplete' });
    });
}
