import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { orderEvents, orderLines, orders } from '#app/db/schema/index.ts';
import type { CancelReason } from './core/cancel-reasons.ts';
import { toGid } from '#app/lib/gid.ts';
import { restock } from '#app/modules/catalog/stock.server.ts';
import { enqueueEmail, type OutgoingEmail } from '#app/modules/email/outbox.server.ts';
import { money } from '#app/modules/money/core/money.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { addCredit } from '#app/modules/store-credit/store-credit.server.ts';
import { releaseForOrder } from '#app/modules/promotions/redemptions.server.ts';
import type { OrderRow } from './orders.server.ts';

export type CancelOutcome =
  | { ok: true; order: OrderRow }
  | { ok: false; reason: 'notFound' | 'fulfilled' | 'alreadyCancelled' | 'notCancellable' };

/**
 * Cancels an order before it is fulfilled, as Shopify's orderCancel does: the authorisation is
 * voided or the capture refunded in full, the stock goes back, its promotions get their budget
 * and uses back, and the order records why. The money moves first, under one idempotency key
 * per order, so a retry after a failure between the provider and the database returns the same
 * void or refund rather than making a second; the database part is one transaction, applied once.
 */
export async function cancelOrder(
  db: Db,
  provider: PaymentProvider,
  orderId: number,
  input: { reason: CancelReason; staffId: number | null; email?: (order: OrderRow) => OutgoingEmail },
): Promise<CancelOutcome> {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return { ok: false, reason: 'notFound' };
  if (order.cancelledAt) return { ok: false, reason: 'alreadyCancelled' };
  if (order.fulfillmentStatus !== 'unfulfilled') return { ok: false, reason: 'fulfilled' };
  // What a card paid; the store credit part goes back as credit, with no provider involved.
  const card = order.total - order.storeCredit;
  if (card > 0 && order.paymentProvider !== provider.kind) return { ok: false, reason: 'notCancellable' };
  const idempotencyKey = `order-cancel:${order.id}`;
  const financialStatus = order.financialStatus === 'authorized' ? 'voided' : 'refunded';
  if (order.financialStatus !== 'authorized' && order.financialStatus !== 'paid')
    return { ok: false, reason: 'notCancellable' };
  try {
    if (card === 0) {
      // Paid with credit alone: nothing to void or refund at a provider.
    } else if (financialStatus === 'voided')
      await provider.cancelPayment(order.paymentId, { idempotencyKey });
    else
      await provider.refundPayment(order.paymentId, {
        amount: money(card, order.currency),
        idempotencyKey,
        reason: input.reason === 'fraud' ? 'fraudulent' : 'requested_by_customer',
      });
  } catch (error) {
    // A concurrent cancel that won can make the provider refuse this one (nothing left to refund).
    const [now] = await db.select({ at: orders.cancelledAt }).from(orders).where(eq(orders.id, order.id));
    if (now?.at) return { ok: false, reason: 'alreadyCancelled' };
    throw error;
  }
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [cancelled] = await tx
      .update(orders)
      .set({
        financialStatus,
        cancelledAt: new Date(),
        cancelReason: input.reason,
        refunded: financialStatus === 'refunded' ? order.total : order.storeCredit,
      })
      .where(and(eq(orders.id, order.id), isNull(orders.cancelledAt)))
      .returning();
    // A concurrent cancel got here first; the provider's key made both one void or refund.
    if (!cancelled) return { ok: false, reason: 'alreadyCancelled' } as const;
    const lines = await tx
      .select({ variantId: orderLines.variantId, quantity: orderLines.quantity })
      .from(orderLines)
      .where(eq(orderLines.orderId, order.id));
    for (const l of lines) if (l.variantId != null) await restock(tx, l.variantId, l.quantity);
    await releaseForOrder(tx, order.id);
    if (order.storeCredit > 0)
      await addCredit(tx, 'restore', {
        email: order.email,
        currency: order.currency,
        amount: order.storeCredit,
        idempotencyKey: idempotencyKey,
        orderId: order.id,
        staffId: input.staffId,
        expiresAt: null,
      });
    await tx.insert(orderEvents).values({
      orderId: order.id,
      kind: 'cancelled',
      staffId: input.staffId,
      data: {
        reason: input.reason,
        financialStatus,
        amount: order.total,
        storeCredit: order.storeCredit,
        currency: order.currency,
      },
    });
    if (input.email)
      await enqueueEmail(tx, { ...input.email(cancelled), aboutGid: toGid('Order', order.id) });
    return { ok: true, order: cancelled } as const;
  });
}
