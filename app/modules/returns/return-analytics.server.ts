import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { returnLines, returns } from '#app/db/schema/index.ts';
import { returnFacts } from '#app/modules/catalog/return-facts.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { crossConvert, money } from '#app/modules/money/core/money.ts';
import { soldLines } from '#app/modules/orders/orders.server.ts';
import { returnAnalytics, type ReturnAnalytics } from './core/return-analytics.ts';

/** Loads what the analytics need for orders placed in [from, to] and computes them (core/return-analytics.ts). */
export async function loadReturnAnalytics(
  db: Db,
  from: Date,
  to: Date,
): Promise<ReturnAnalytics & { shopCurrency: string }> {
  const [sold, config] = await Promise.all([soldLines(db, from, to), getMarketConfig(db)]);
  const orderIds = [...new Set(sold.map((l) => l.orderId))];
  const [facts, returned, refunded] = await Promise.all([
    returnFacts(
      db,
      sold.flatMap((l) => (l.variantId == null ? [] : [l.variantId])),
    ),
    orderIds.length
      ? db
          .select({
            orderLineId: returnLines.orderLineId,
            quantity: returnLines.quantity,
            reason: returnLines.reason,
            note: returnLines.note,
            returnId: returns.id,
            // Aliased: an interpolated column renders unqualified and would bind to the subquery's table.
            photoIds: sql<
              number[]
            >`coalesce(array(select rp.id from return_photos rp where rp.return_line_id = "return_lines"."id" order by rp.id), '{}')`,
          })
          .from(returnLines)
          .innerJoin(returns, eq(returns.id, returnLines.returnId))
          .where(and(inArray(returns.orderId, orderIds), ne(returns.status, 'declined')))
      : [],
    orderIds.length
      ? db
          .select({
            orderId: returns.orderId,
            marketId: returns.marketId,
            refunded: returns.refunded,
            currency: returns.currency,
          })
          .from(returns)
          .where(and(inArray(returns.orderId, orderIds), gt(returns.refunded, 0)))
      : [],
  ]);
  const orderOf = new Map(sold.map((l) => [l.orderId, l]));
  const analytics = returnAnalytics(
    sold.map((l) => {
      const f = l.variantId == null ? undefined : facts.get(l.variantId);
      return {
        orderLineId: l.orderLineId,
        marketId: l.marketId,
        variantId: l.variantId,
        productId: f?.productId ?? null,
        productTitle: l.productTitle,
        variantTitle: l.variantTitle,
        sku: l.sku,
        vendor: f?.vendor ?? '',
        collections: f?.collections ?? [],
        quantity: l.quantity,
      };
    }),
    returned.map((r) => ({ ...r, photoIds: (r.photoIds ?? []).map(Number) })),
    refunded.map((r) => {
      const o = orderOf.get(r.orderId)!;
      return {
        marketId: r.marketId,
        amountShop:
          r.currency === o.shopCurrency
            ? r.refunded
            : crossConvert(money(r.refunded, r.currency), o.shopCurrency, o.exchangeRate, '1').amount,
      };
    }),
    (id) => config.markets.find((m) => m.id === id)?.name ?? String(id),
  );
  return { ...analytics, shopCurrency: config.shopCurrency };
}
