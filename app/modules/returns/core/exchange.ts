import { estimateAfter, type EarlierReturn, type PaidOrder, type RefundEstimate } from './refund-estimate.ts';

/**
 * Exchanges (ADR 0021): the shopper sends items back and gets another variant of the same
 * product. The replacement may cost no more than the unit price paid, or than the returned
 * variant costs now (a price rise on the whole product keeps a size swap even); a dearer one
 * would need a payment the portal cannot take, so the shopper returns and buys it instead. Where
 * it costs less than was paid, the difference goes back as the same fraction of what was paid
 * for the unit, so discounts and tax come back in proportion. Exchanges carry no fees.
 */
export interface ExchangeUnit {
  orderLineId: number;
  quantity: number;
  /** The unit price on the order (before discounts) and the replacement's price now, same currency and tax basis. */
  unitPrice: number;
  newUnitPrice: number;
}

export interface ExchangeOption {
  variantId: number;
  price: number;
  inStock: boolean;
}

/** Replacement variants a line may take: in stock and not dearer than `ceiling` (see above). */
export function exchangeable(ceiling: number, options: readonly ExchangeOption[]): ExchangeOption[] {
  return options.filter((o) => o.inStock && o.price <= ceiling);
}

export function exchangeEstimate(
  order: PaidOrder,
  earlier: readonly EarlierReturn[],
  units: readonly ExchangeUnit[],
): RefundEstimate {
  const none = {
    restockingFeeBps: 0,
    returnShippingFee: 0,
    refundDuties: false,
    refundShippingOnFullReturn: false,
  };
  let items = 0;
  for (const u of units) {
    if (u.quantity <= 0 || u.unitPrice <= 0 || u.newUnitPrice >= u.unitPrice) continue;
    const paid = estimateAfter(
      order,
      earlier,
      [{ orderLineId: u.orderLineId, quantity: u.quantity }],
      none,
    ).items;
    items += Math.floor((paid * (u.unitPrice - u.newUnitPrice)) / u.unitPrice);
  }
  const total = Math.min(items, Math.max(0, order.total - order.refunded));
  return { items, duties: 0, shipping: 0, restockingFee: 0, returnShippingFee: 0, total };
}
