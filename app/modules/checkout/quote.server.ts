import type { CheckoutState } from './checkout.server.ts';
import { money } from '#app/modules/money/core/money.ts';
import type { Quote } from './core/quote.ts';

/** Freezes a complete checkout into a quote; null while a step is missing. */
export function freezeQuote(state: CheckoutState): Quote | null {
  const { address, shipping, landed, email, totals } = state;
  if (
    !address ||
    !shipping ||
    !totals.tax ||
    !landed ||
    !email ||
    state.lines.length === 0 ||
    state.unavailable.length
  )
    return null;
  const rate =
    state.currency === state.config.shopCurrency
      ? { value: '1', snapshotId: null }
      : state.config.rates[state.currency];
  if (!rate) return null;
  return {
    cartId: state.cart.id,
    email,
    language: state.cart.language,
    marketId: state.market.id,
    countryCode: address.countryCode,
    currency: state.currency,
    incoterm: state.market.incoterm,
    lowValueScheme: landed.lowValueScheme,
    importRuleId: landed.ruleId,
    importNotice: landed.notice,
    // Checkout lines are the priced lines, in order (checkout.server.ts).
    lines: state.lines.map((l, i) => ({
      variantId: l.variantId,
      quantity: l.quantity,
      unitPrice: totals.lines[i]!.unitPrice,
      lineTotal: totals.lines[i]!.total,
      tax: totals.lines[i]!.tax,
      duty: totals.lines[i]!.duty,
      productTitle: l.details.productTitle,
      variantTitle: l.details.variantTitle,
      sku: l.details.sku,
      hsCode: l.details.hsCode,
      countryOfOrigin: l.details.countryOfOrigin,
    })),
    address,
    shipping: {
      rateId: shipping.rateId,
      service: shipping.service,
      amount: totals.shipping,
      minDays: shipping.minDays,
      maxDays: shipping.maxDays,
    },
    subtotal: totals.subtotal,
    shippingTotal: totals.shipping,
    tax: totals.tax,
    taxIncluded: totals.taxIncluded,
    duties: totals.duties,
    discounts: state.promotions.applied.map((a) => ({
      promotionId: a.promotionId,
      campaignId: a.campaignId,
      code: a.code,
      label: a.label,
      class: a.class,
      amount: a.class === 'shipping' ? state.shippingDiscount : money(a.amount, state.currency),
    })),
    dutiesAtBorder: totals.atBorder,
    taxRemoved: totals.taxRemoved,
    total: totals.total,
    storeCredit: state.credit.applied,
    shopCurrency: state.config.shopCurrency,
    exchangeRate: rate.value,
    rateSnapshotId: rate.snapshotId,
  };
}
