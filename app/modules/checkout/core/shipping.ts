/** Which shipping rates apply to an order, and what each costs. Amounts in the market currency. */

export interface ShippingRateRule {
  id: number;
  service: 'economy' | 'standard' | 'express';
  kind: 'flat' | 'weight';
  amount: number;
  minGrams: number | null;
  maxGrams: number | null;
  freeOverAmount: number | null;
  minDays: number;
  maxDays: number;
}

export interface ShippingOption {
  rateId: number;
  service: ShippingRateRule['service'];
  amount: number;
  free: boolean;
  minDays: number;
  maxDays: number;
}

/** Weight rates apply within [minGrams, maxGrams); a free-over threshold compares with the merchandise subtotal as shown. */
export function shippingOptions(
  rules: readonly ShippingRateRule[],
  order: { grams: number; subtotal: number },
): ShippingOption[] {
  return rules
    .filter(
      (r) =>
        r.kind === 'flat' ||
        ((r.minGrams == null || order.grams >= r.minGrams) &&
          (r.maxGrams == null || order.grams < r.maxGrams)),
    )
    .map((r) => {
      const free = r.freeOverAmount != null && order.subtotal >= r.freeOverAmount;
      return {
        rateId: r.id,
        service: r.service,
        amount: free ? 0 : r.amount,
        free,
        minDays: r.minDays,
        maxDays: r.maxDays,
      };
    })
    .sort((a, b) => a.amount - b.amount || a.maxDays - b.maxDays);
}
