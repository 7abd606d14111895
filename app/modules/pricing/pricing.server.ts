import { money, type Money } from '#app/modules/money/core/money.ts';
import type { Market, MarketConfig } from '#app/modules/markets/core/market.ts';
import { standardTaxRate } from '#app/modules/markets/core/tax-rates.ts';
import { computePrice } from './core/price.ts';

/** Everything needed to price in one presentment context. */
export interface PricingContext {
  market: Market;
  country: string;
  currency: string;
  rate: string;
  taxInclusivePercent: string | null;
}

export function pricingContext(config: MarketConfig, market: Market, country: string): PricingContext {
  const rate = market.currency === config.shopCurrency ? '1' : config.rates[market.currency];
  if (!rate) throw new Error(`No exchange rate for ${market.currency}`);
  return {
    market,
    country,
    currency: market.currency,
    rate,
    taxInclusivePercent: market.taxInclusive ? standardTaxRate(country) : null,
  };
}

/** The one entry point for a shop-currency amount's presentment price. */
export function presentmentPrice(ctx: PricingContext, shopAmount: number, shopCurrency: string): Money {
  return computePrice({
    base: money(shopAmount, shopCurrency),
    currency: ctx.currency,
    rate: ctx.rate,
    taxInclusivePercent: ctx.taxInclusivePercent,
  });
}
