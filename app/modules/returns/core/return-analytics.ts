/**
 * Return rates and costs for quality work (issue 15): units returned over units sold, for orders
 * placed in a period, by product, variant, vendor, collection and market; the reasons behind
 * them; refund cost per market in the shop currency; and a watch list of variants returned far
 * more often than their collection. Pure: the caller loads the rows.
 */
export interface SoldLine {
  orderLineId: number;
  marketId: number;
  variantId: number | null;
  productId: number | null;
  productTitle: string;
  variantTitle: string;
  sku: string | null;
  vendor: string;
  collections: readonly string[];
  quantity: number;
}

export interface ReturnedLine {
  orderLineId: number;
  quantity: number;
  reason: string;
  note: string;
  /** The return and the photos the shopper attached to this line (staff-only URLs name both). */
  returnId?: number;
  photoIds?: readonly number[];
}

export interface RefundCost {
  marketId: number;
  /** Refunded, in the shop currency at the order's rate. */
  amountShop: number;
}

export interface RateRow {
  key: string;
  label: string;
  sold: number;
  returned: number;
  /** returned / sold, 0 when nothing sold. */
  rate: number;
}

export interface ReasonRow {
  reason: string;
  units: number;
  examples: string[];
  /** Up to three photos shoppers attached for this reason. */
  photos: { returnId: number; photoId: number }[];
}

export interface ReturnAnalytics {
  totals: { sold: number; returned: number; rate: number; refundShop: number };
  byProduct: RateRow[];
  byVariant: RateRow[];
  byVendor: RateRow[];
  byCollection: RateRow[];
  byMarket: (RateRow & { refundShop: number })[];
  reasons: ReasonRow[];
  watch: (RateRow & { collection: string; collectionRate: number })[];
}

/** A variant is watched when at least this many were sold and its rate is at least twice its collection's and 10 points above it. */
export const WATCH_MIN_SOLD = 3;

const rate = (returned: number, sold: number) => (sold > 0 ? returned / sold : 0);

function group(
  lines: readonly SoldLine[],
  returned: Map<number, number>,
  keysOf: (l: SoldLine) => { key: string; label: string }[],
): RateRow[] {
  const out = new Map<string, RateRow>();
  for (const l of lines)
    for (const { key, label } of keysOf(l)) {
      const row = out.get(key) ?? { key, label, sold: 0, returned: 0, rate: 0 };
      row.sold += l.quantity;
      row.returned += returned.get(l.orderLineId) ?? 0;
      out.set(key, row);
    }
  return [...out.values()]
    .map((r) => ({ ...r, rate: rate(r.returned, r.sold) }))
    .sort((a, b) => b.rate - a.rate || b.returned - a.returned || a.label.localeCompare(b.label));
}

export function returnAnalytics(
  sold: readonly SoldLine[],
  returns: readonly ReturnedLine[],
  refunds: readonly RefundCost[],
  marketName: (id: number) => string,
): ReturnAnalytics {
  const soldIds = new Set(sold.map((l) => l.orderLineId));
  const counted = returns.filter((r) => soldIds.has(r.orderLineId));
  const returned = new Map<number, number>();
  for (const r of counted) returned.set(r.orderLineId, (returned.get(r.orderLineId) ?? 0) + r.quantity);
  const byVariant = group(sold, returned, (l) => [
    {
      key: String(l.variantId ?? `line-${l.orderLineId}`),
      label: `${l.productTitle} — ${l.variantTitle}${l.sku ? ` (${l.sku})` : ''}`,
    },
  ]);
  const byCollection = group(sold, returned, (l) => l.collections.map((c) => ({ key: c, label: c })));
  const refundByMarket = new Map<number, number>();
  for (const r of refunds)
    refundByMarket.set(r.marketId, (refundByMarket.get(r.marketId) ?? 0) + r.amountShop);
  const reasons = new Map<string, ReasonRow>();
  for (const r of counted) {
    const row = reasons.get(r.reason) ?? { reason: r.reason, units: 0, examples: [], photos: [] };
    row.units += r.quantity;
    if (r.note && row.examples.length < 3) row.examples.push(r.note);
    for (const photoId of r.photoIds ?? [])
      if (row.photos.length < 3 && r.returnId != null) row.photos.push({ returnId: r.returnId, photoId });
    reasons.set(r.reason, row);
  }
  const totalSold = sold.reduce((s, l) => s + l.quantity, 0);
  const totalReturned = counted.reduce((s, r) => s + r.quantity, 0);
  const collectionRate = new Map(byCollection.map((c) => [c.key, c.rate]));
  const watch = byVariant.flatMap((v) => {
    if (v.sold < WATCH_MIN_SOLD) return [];
    const line = sold.find((l) => String(l.variantId ?? `line-${l.orderLineId}`) === v.key)!;
    const worst = line.collections
      .map((c) => ({ collection: c, collectionRate: collectionRate.get(c) ?? 0 }))
      .filter((c) => v.rate >= 2 * c.collectionRate && v.rate >= c.collectionRate + 0.1)
      .sort((a, b) => a.collectionRate - b.collectionRate)[0];
    return worst ? [{ ...v, ...worst }] : [];
  });
  return {
    totals: {
      sold: totalSold,
      returned: totalReturned,
      rate: rate(totalReturned, totalSold),
      refundShop: refunds.reduce((s, r) => s + r.amountShop, 0),
    },
    byProduct: group(sold, returned, (l) => [
      { key: String(l.productId ?? l.productTitle), label: l.productTitle },
    ]),
    byVariant,
    byVendor: group(sold, returned, (l) => [{ key: l.vendor || '—', label: l.vendor || '—' }]),
    byCollection,
    byMarket: group(sold, returned, (l) => [{ key: String(l.marketId), label: marketName(l.marketId) }]).map(
      (m) => ({
        ...m,
        refundShop: refundByMarket.get(Number(m.key)) ?? 0,
      }),
    ),
    reasons: [...reasons.values()].sort((a, b) => b.units - a.units || a.reason.localeCompare(b.reason)),
    watch,
  };
}
