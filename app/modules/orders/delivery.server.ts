import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { orderEvents, orders } from '#app/db/schema/index.ts';

/**
 * Records that a shipped order arrived: staff mark it, or the carrier-tracking webhook reports it
 * (webhooks.tracking.ts). Return windows count from this time. The first delivery wins: a
 * replayed or late tracking event does not move the window. False when the order is unknown,
 * not shipped yet, or already delivered.
 */
export async function markDelivered(
  db: Db,
  orderId: number,
  input: { at: Date; source: 'staff' | 'carrier'; staffId?: number | null; notBeforeShipping?: boolean },
): Promise<boolean> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const at = input.notBeforeShipping
      ? sql`greatest(${input.at.toISOString()}::timestamptz, coalesce(${orders.shippedAt}, ${input.at.toISOString()}::timestamptz))`
      : input.at;
    const [order] = await tx
      .update(orders)
      .set({ deliveredAt: at })
      .where(
        and(eq(orders.id, orderId), eq(orders.fulfillmentStatus, 'fulfilled'), isNull(orders.deliveredAt)),
      )
      .returning({ id: orders.id, deliveredAt: orders.deliveredAt });
    if (!order) return false;
    await tx.insert(orderEvents).values({
      orderId,
      kind: 'delivered',
      staffId: input.staffId ?? null,
      data: { source: input.source, at: order.deliveredAt!.toISOString() },
    });
    return true;
  });
}

/** Orders shipped with this tracking number (the carrier's webhook names parcels, not orders). */
export async function ordersByTracking(db: Db, trackingNumber: string): Promise<number[]> {
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .where(eq(orders.trackingNumber, trackingNumber));
  return rows.map((r) => r.id);
}
