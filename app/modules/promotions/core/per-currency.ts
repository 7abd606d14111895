import { z } from 'zod';

/**
 * An amount set per currency (€10 in EUR, ¥1,500 in JPY), minor units of each. Promotions never
 * convert one into another at a rate: a cart in a currency the promotion has no amount for is
 * not eligible ("not available in your currency").
 */
export type PerCurrency = Readonly<Record<string, number>>;

export const PerCurrency = z
  .record(z.string().regex(/^[A-Z]{3}$/), z.int().min(0).max(1_000_000_000))
  .refine((r) => Object.keys(r).length > 0, 'empty');

export function amountIn(per: PerCurrency, currency: string): number | null {
  return Object.hasOwn(per, currency) ? per[currency]! : null;
}
