import type { CheckoutState } from './checkout.server.ts';
import type { Quote } from './core/quote.ts';

/** Freezes a complete checkout into a quote; null while a step is missing. */
export function freezeQuote(state: CheckoutState): Quote | null {
  const { address, shipping, tax, landed, email } = state;
  if (!address || !shipping || !tax || !landed || !email || state.lines.length === 0 || state.unavailable.length) return null;
  const rate = state.currency === state.config.shopCurrency ? { value: '1', snapshotId: null } : state.config.rates[state.currency];
  if (!rate) return null;
  return {
    cartId: state.cart.id, email, language: state.cart.language, marketId: state.market.id, countryCode: address.countryCode, currency: state.currency,
    incoterm: state.market.incoterm, lowValueScheme: landed.lowValueScheme,
    lines: state.lines.map((l) => ({
      variantId: l.variantId, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal,
      tax: tax.lines[l.key] ?? 0, duty: state.market.incoterm === 'DDP' ? landed.dutyLines[l.key] ?? 0 : 0,
      productTitle: l.details.productTitle, variantTitle: l.details.variantTitle, sku: l.details.sku,
      hsCode: l.details.hsCode, countryOfOrigin: l.details.countryOfOrigin,
    })),
    address,
    shipping: { rateId: shipping.rateId, service: shipping.service, amount: shipping.amount, minDays: shipping.minDays, maxDays: shipping.maxDays },
    subtotal: state.totals.subtotal, shippingTotal: state.totals.shipping, tax: state.totals.tax, taxIncluded: state.totals.taxIncluded,
    duties: state.totals.duties, total: state.totals.total,
    shopCurrency: state.config.shopCurrency, exchangeRate: rate.value, rateSnapshotId: rate.snapshotId,
  };
}
