import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { orderEvents, orderLines, orders } from '#app/db/schema/index.ts';
import { lineItemDetails } from '#app/modules/catalog/line-items.server.ts';
import type { OrderRow } from './orders.server.ts';

/**
 * The order that sends an exchange's replacements (returns module, ADR 0021): same shopper,
 * address and shipping service as the original, nothing to pay (the returned items paid for
 * it), keyed on the return so it is written once. Stock is not taken here: the return held it
 * when the shopper asked. It goes through fulfilment like any order.
 */
export async function placeExchangeOrder(
  tx: Db,
  original: OrderRow,
  input: { returnId: number; rma: string; lines: { variantId: number; quantity: number }[] },
): Promise<OrderRow> {
  const key = `exchange:${input.returnId}`;
  const [order] = await tx
    .insert(orders)
    .values({
      cartId: key,
      paymentProvider: original.paymentProvider,
      paymentId: key,
      email: original.email,
      language: original.language,
      marketId: original.marketId,
      countryCode: original.countryCode,
      currency: original.currency,
      subtotal: 0,
      shipping: 0,
      tax: 0,
      taxIncluded: original.taxIncluded,
      duties: 0,
      total: 0,
      shopCurrency: original.shopCurrency,
      totalShop: 0,
      exchangeRate: original.exchangeRate,
      rateSnapshotId: original.rateSnapshotId,
      incoterm: original.incoterm,
      shippingAddress: original.shippingAddress,
      shippingLine: { ...original.shippingLine, amount: 0 },
      financialStatus: 'paid',
      exchangeForReturnId: input.returnId,
    })
    .onConflictDoNothing({ target: orders.cartId })
    .returning();
  if (!order) {
    const [existing] = await tx.select().from(orders).where(eq(orders.cartId, key));
    return existing!;
  }
  const details = await lineItemDetails(
    tx,
    input.lines.map((l) => l.variantId),
    original.language,
  );
  await tx.insert(orderLines).values(
    input.lines.map((l) => {
      const d = details.get(l.variantId);
      return {
        orderId: order.id,
        variantId: l.variantId,
        productTitle: d?.productTitle ?? '',
        variantTitle: d?.variantTitle ?? '',
        sku: d?.sku ?? null,
        quantity: l.quantity,
        unitPrice: 0,
        lineTotal: 0,
        tax: 0,
        duty: 0,
        unitPriceShop: 0,
        hsCode: d?.hsCode ?? null,
        countryOfOrigin: d?.countryOfOrigin ?? null,
      };
    }),
  );
  await tx.insert(orderEvents).values([
    {
      orderId: order.id,
      kind: 'placed',
      data: { total: 0, currency: order.currency, exchangeFor: input.rma },
    },
    { orderId: original.id, kind: 'exchange-order', data: { number: order.number, rma: input.rma } },
  ]);
  return order;
}
