import { shippingRulesFor } from '#app/modules/checkout/settings.server.ts';
import { returnPolicy } from '#app/modules/returns/policies.server.ts';
import type { StorefrontContext } from '../context.server.ts';

type Context = {
  market: { id: number; currency: string; returnWindowDays: number; returnShippingFee: 'free' | 'customer' };
  country: string;
};

/**
 * The context market's live shipping rates and return policy, as shop app metafields (JSON), so
 * a storefront can publish OfferShippingDetails and MerchantReturnPolicy from the real rules.
 * On Shopify an app would keep the same metafields in sync.
 */
export async function marketPolicyMetafield(
  ctx: StorefrontContext,
  c: Context,
  key: 'shipping_rates' | 'return_policy',
) {
  const id = `gid://shopify/Metafield/shop-${key}-${c.country}`;
  if (key === 'return_policy') {
    // The same rules the returns portal enforces (returns/policies.server.ts): window, fees, method.
    const market = ctx.config?.markets.find((m) => m.id === c.market.id);
    const policy = market ? await returnPolicy(ctx.db, market) : null;
    const value = {
      country: c.country,
      days: c.market.returnWindowDays,
      returnShippingFee: c.market.returnShippingFee,
      shippingFee: policy?.terms.returnShippingFee
        ? { amount: policy.terms.returnShippingFee, currency: policy.currency }
        : null,
      restockingFeePercent: policy ? policy.terms.restockingFeeBps / 100 : 0,
    };
    return { id, namespace: 'meridian', key, type: 'json', value: JSON.stringify(value) };
  }
  const rules = await shippingRulesFor(ctx.db, c.market.id, c.country);
  const value = {
    country: c.country,
    currency: c.market.currency,
    rates: rules.map((r) => ({
      service: r.service,
      kind: r.kind,
      amount: r.amount,
      minGrams: r.minGrams,
      maxGrams: r.maxGrams,
      freeOverAmount: r.freeOverAmount,
      minDays: r.minDays,
      maxDays: r.maxDays,
    })),
  };
  return { id, namespace: 'meridian', key, type: 'json', value: JSON.stringify(value) };
}
