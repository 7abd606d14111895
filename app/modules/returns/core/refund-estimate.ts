/**
 * What a return pays back, in the order's currency (integer minor units; ADR 0020). Every
 * amount is a share of what the shopper paid for the line, never a price looked up again:
 * returning `q` of a line's `n` units after `r` already returned refunds
 *   floor(paid × (r + q) / n) − floor(paid × r / n),
 * so however a line is split across returns, its shares add up to exactly what was paid.
 * The restocking fee is a percentage (basis points) of the items, rounded half up; the return
 * shipping fee is a flat amount. Fees never take the refund below zero, and the refund never
 * exceeds what is left of the order's payment.
 */
export interface PaidLine {
  orderLineId: number;
  quantity: number;
  /** The line's total after discounts (tax inside it where prices include tax). */
  lineTotal: number;
  tax: number;
  duty: number;
}

export interface PaidOrder {
  taxIncluded: boolean;
  shipping: number;
  /** Tax on the whole order (lines and shipping). */
  tax: number;
  /**
   * Duties and import taxes on the whole order. Lines carry their own customs duty; import VAT
   * collected with it (DDP) is order-level, so it is spread over the lines by value.
   */
  duties: number;
  total: number;
  /** Already refunded on the order, by any return or by hand. */
  refunded: number;
  lines: readonly PaidLine[];
}

export interface ReturnedUnits {
  orderLineId: number;
  quantity: number;
  /** Units of the line in earlier returns that were or will be refunded. */
  before: number;
}

export interface RefundTerms {
  restockingFeeBps: number;
  returnShippingFee: number;
  refundDuties: boolean;
  refundShipping: boolean;
}

export interface RefundEstimate {
  items: number;
  duties: number;
  shipping: number;
  restockingFee: number;
  returnShippingFee: number;
  /** What the shopper gets back: items + duties + shipping − fees, between 0 and what is left. */
  total: number;
}

export function unitsShare(paid: number, quantity: number, before: number, returned: number): number {
  const upTo = (units: number) => Math.floor((paid * Math.min(units, quantity)) / quantity);
  return upTo(before + returned) - upTo(before);
}

/** Tax on shipping: the order's tax less the lines' tax. */
export function shippingTax(order: PaidOrder): number {
  return Math.max(0, order.tax - order.lines.reduce((s, l) => s + l.tax, 0));
}

/**
 * Each line's part of the order's duties: its own duty plus a share, by line value, of what the
 * lines do not carry (import VAT). Rounded down with the remainder on the largest line, so the
 * parts add up to the order's duties exactly.
 */
export function lineDuties(order: PaidOrder): Map<number, number> {
  const own = order.lines.reduce((s, l) => s + l.duty, 0);
  const rest = Math.max(0, order.duties - own);
  const value = order.lines.reduce((s, l) => s + l.lineTotal, 0);
  const out = new Map<number, number>();
  let given = 0;
  for (const l of order.lines) {
    const share = value > 0 ? Math.floor((rest * l.lineTotal) / value) : 0;
    given += share;
    out.set(l.orderLineId, l.duty + share);
  }
  const largest = [...order.lines].sort((a, b) => b.lineTotal - a.lineTotal)[0];
  if (largest) out.set(largest.orderLineId, out.get(largest.orderLineId)! + rest - given);
  return out;
}

export function refundEstimate(
  order: PaidOrder,
  units: readonly ReturnedUnits[],
  terms: RefundTerms,
): RefundEstimate {
  let items = 0;
  let duties = 0;
  const dutyOf = lineDuties(order);
  for (const u of units) {
    const line = order.lines.find((l) => l.orderLineId === u.orderLineId);
    if (!line || u.quantity <= 0) continue;
    items += unitsShare(
      line.lineTotal + (order.taxIncluded ? 0 : line.tax),
      line.quantity,
      u.before,
      u.quantity,
    );
    if (terms.refundDuties)
      duties += unitsShare(dutyOf.get(line.orderLineId)!, line.quantity, u.before, u.quantity);
  }
  const shipping = terms.refundShipping ? order.shipping + (order.taxIncluded ? 0 : shippingTax(order)) : 0;
  const restockingFee = Math.floor((items * terms.restockingFeeBps + 5000) / 10000);
  const gross = items + duties + shipping;
  const fees = Math.min(gross, restockingFee + terms.returnShippingFee);
  const total = Math.min(gross - fees, Math.max(0, order.total - order.refunded));
  return {
    items,
    duties,
    shipping,
    restockingFee: Math.min(restockingFee, gross),
    returnShippingFee: Math.min(terms.returnShippingFee, Math.max(0, gross - restockingFee)),
    total,
  };
}

/** A return already asked for on the order (declined ones are left out by the caller). */
export interface EarlierReturn {
  lines: readonly { orderLineId: number; quantity: number }[];
  /** Whether its refund included the outbound shipping. */
  shippingRefunded: boolean;
}

/**
 * The estimate for a new return given the ones before it: each line's share starts after the
 * units already returned, and outbound shipping goes back (where the terms say so) with the
 * return that leaves nothing of the order un-returned, once. The portal runs this in the browser
 * as the shopper picks items, and the server runs it again on submit.
 */
export function estimateAfter(
  order: PaidOrder,
  earlier: readonly EarlierReturn[],
  units: readonly { orderLineId: number; quantity: number }[],
  terms: Omit<RefundTerms, 'refundShipping'> & { refundShippingOnFullReturn: boolean },
): RefundEstimate {
  const before = new Map<number, number>();
  for (const r of earlier)
    for (const l of r.lines) before.set(l.orderLineId, (before.get(l.orderLineId) ?? 0) + l.quantity);
  const chosen = (id: number) => units.find((u) => u.orderLineId === id)?.quantity ?? 0;
  const all = order.lines.every(
    (l) => (before.get(l.orderLineId) ?? 0) + chosen(l.orderLineId) >= l.quantity,
  );
  const { refundShippingOnFullReturn, ...rest } = terms;
  return refundEstimate(
    order,
    units.map((u) => ({ ...u, before: before.get(u.orderLineId) ?? 0 })),
    {
      ...rest,
      refundShipping: refundShippingOnFullReturn && all && !earlier.some((r) => r.shippingRefunded),
    },
  );
}
