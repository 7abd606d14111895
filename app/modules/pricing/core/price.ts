import { addPercent, convert, money, type Money } from '#app/modules/money/core/money.ts';

export interface PriceInputs {
  /** Shop-currency price in minor units. */
  base: Money;
  /** Target currency and FX rate (units per one shop-currency unit). */
  currency: string;
  rate: string;
  /** Percent to add for markets that show gross prices, or null. */
  taxInclusivePercent: string | null;
}

/**
 * The single price computation for a variant in a market (foundation version):
 * base × FX, then the tax-inclusive step. Replaced by the rule engine in the pricing issue.
 */
export function computePrice({ base, currency, rate, taxInclusivePercent }: PriceInputs): Money {
  const converted = base.currencyCode === currency ? money(base.amount, currency) : convert(base, currency, rate);
  return taxInclusivePercent ? addPercent(converted, taxInclusivePercent) : converted;
}
