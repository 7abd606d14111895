import { toGrams, type WeightUnit } from '#app/modules/catalog/core/weight.ts';
import { shippingOptions, type ShippingRateRule } from '#app/modules/checkout/core/shipping.ts';
import { fromDecimalString, money, toDecimalString } from '#app/modules/money/core/money.ts';

/**
 * schema.org Offer extras built from the market's live rules (published by the Storefront API
 * as shop metafields): the tax-inclusive price specification, when a sale price ends, shipping
 * cost and time to the shopper's country for this item, and the return policy.
 */

export interface ShippingRatesJson {
  country: string;
  currency: string;
  rates: Omit<ShippingRateRule, 'id'>[];
}
export interface ReturnPolicyJson {
  country: string;
  days: number;
  returnShippingFee: 'free' | 'customer';
  /** The label's price where the customer pays return shipping (minor units). */
  shippingFee?: { amount: number; currency: string } | null;
  restockingFeePercent?: number;
}

export function parseJsonMetafield<T>(field: { value: string } | null | undefined): T | null {
  if (!field) return null;
  try {
    return JSON.parse(field.value) as T;
  } catch {
    return null;
  }
}

/** A price that ends at `validTo` (exclusive) is valid until the day before, as a date. */
export function priceValidUntil(validTo: string | null | undefined): string | undefined {
  if (!validTo) return undefined;
  const end = new Date(new Date(validTo).getTime() - 1);
  return Number.isNaN(end.getTime()) ? undefined : end.toISOString().slice(0, 10);
}

const day = (minValue: number, maxValue: number) => ({
  '@type': 'QuantitativeValue',
  minValue,
  maxValue,
  unitCode: 'DAY',
});

export function shippingDetails(
  rates: ShippingRatesJson | null,
  variant: {
    price: { amount: string; currencyCode: string };
    weight?: number | null;
    weightUnit?: string | null;
  },
) {
  if (!rates || rates.currency !== variant.price.currencyCode) return undefined;
  const grams = toGrams(variant.weight ?? 0, (variant.weightUnit ?? 'GRAMS') as WeightUnit);
  const subtotal = fromDecimalString(variant.price.amount, rates.currency).amount;
  const options = shippingOptions(
    rates.rates.map((r, i) => ({ ...r, id: i })),
    { grams, subtotal },
  );
  if (options.length === 0) return undefined;
  return options.map((o) => ({
    '@type': 'OfferShippingDetails',
    shippingRate: {
      '@type': 'MonetaryAmount',
      value: toDecimalString(money(o.amount, rates.currency)),
      currency: rates.currency,
    },
    shippingDestination: { '@type': 'DefinedRegion', addressCountry: rates.country },
    // Orders leave the warehouse the same or the next business day.
    deliveryTime: {
      '@type': 'ShippingDeliveryTime',
      handlingTime: day(0, 1),
      transitTime: day(o.minDays, o.maxDays),
    },
  }));
}

export function returnPolicy(policy: ReturnPolicyJson | null) {
  if (!policy) return undefined;
  if (policy.days <= 0) {
    return {
      '@type': 'MerchantReturnPolicy',
      applicableCountry: policy.country,
      returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted',
    };
  }
  return {
    '@type': 'MerchantReturnPolicy',
    applicableCountry: policy.country,
    returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
    merchantReturnDays: policy.days,
    returnMethod: 'https://schema.org/ReturnByMail',
    returnFees:
      policy.returnShippingFee === 'free'
        ? 'https://schema.org/FreeReturn'
        : 'https://schema.org/ReturnShippingFees',
    ...(policy.returnShippingFee === 'customer' && policy.shippingFee
      ? {
          returnShippingFeesAmount: {
            '@type': 'MonetaryAmount',
            value: toDecimalString(money(policy.shippingFee.amount, policy.shippingFee.currency)),
            currency: policy.shippingFee.currency,
          },
        }
      : {}),
    // schema.org: a Number is a percentage of the price.
    ...(policy.restockingFeePercent ? { restockingFee: policy.restockingFeePercent } : {}),
  };
}
