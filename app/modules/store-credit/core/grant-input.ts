import { z } from 'zod';
import { fromDecimalString } from '#app/modules/money/core/money.ts';

/**
 * Staff granting store credit by hand (goodwill, a lost parcel): the amount is typed in the
 * chosen currency's decimals (JPY whole yen, KWD three decimals); the form's key makes a double
 * submit grant once.
 */
export function grantInput(currencies: readonly string[]) {
  return z
    .object({
      email: z
        .string()
        .trim()
        .toLowerCase()
        .max(254, 'email')
        .regex(/^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/, 'email'),
      currency: z.string().refine((c) => currencies.includes(c), 'currency'),
      amount: z
        .string()
        .trim()
        .regex(/^\d{1,7}(\.\d{1,3})?$/, 'amount'),
      key: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'form'),
    })
    .transform((v, ctx) => {
      try {
        const amount = fromDecimalString(v.amount, v.currency).amount;
        if (amount <= 0) throw new Error('zero');
        return { ...v, amount };
      } catch {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'amountPrecision' });
        return z.NEVER;
      }
    });
}
