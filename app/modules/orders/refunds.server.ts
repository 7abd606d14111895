import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { orderEvents, orderRefunds, orders } from '#app/db/schema/index.ts';
import { money } from '#app/modules/money/core/money.ts';
import { providerRefusal } from '#app/modules/payments/payments.server.ts';
import type { PaymentProvider, RefundReason } from '#app/modules/payments/provider.ts';
import { addCredit } from '#app/modules/store-credit/store-credit.server.ts';

export type RefundRow = typeof orderRefunds.$inferSelect;

/** The order's financial status once `refunded` (an SQL expression) is what has gone back. */
const statusAfter = (refunded: SQL) =>
  sql<OrderStatus>`case when ${refunded} <= 0 then 'paid' when ${refunded} >= ${orders.total} then 'refunded' else 'partially_refunded' end`;
type OrderStatus = (typeof orders.$inferSelect)['financialStatus'];

export interface RefundInput {
  amount: number;
  parts: RefundRow['parts'];
  /** The caller's key for this refund (a form's nonce, a return's step): same key, same refund. */
  idempotencyKey: string;
  returnId?: number | null;
  staffId?: number | null;
  reason?: RefundReason;
  /**
   * Store credit instead of money (a return resolved as credit): the whole amount becomes credit,
   * plus `bonus`, lapsing at `expiresAt`. Without it, what the order paid with credit goes back
   * as credit once the card's share is refunded in full.
   */
  asCredit?: { bonus: number; expiresAt: Date | null };
}

export type RefundOutcome =
  | { ok: true; refund: RefundRow; replayed: boolean }
  | {
      ok: false;
      reason: 'notFound' | 'notRefundable' | 'exceedsPaid' | 'providerRefused';
      /** Left to refund on the order (exceedsPaid), or the provider's code (providerRefused). */
      detail?: string;
    };

/**
 * Refunds part of an order through its payment provider, exactly once per key (ADR 0020):
 * 1. reserve: under the order's row lock, check the amount fits what is left (total − refunded),
 *    add it to `refunded` and write the refund as pending: two racing refunds can never together
 *    pass the payment, and a double submit finds its own row;
 * 2. ask the provider under a key derived from the row, so a retry after a crash repeats nothing;
 * 3. settle: succeeded (the financial status follows), or failed with the reservation given back
 *    where the provider definitely refused. An unknown outcome stays pending for a retry.
 */
export async function refundOrder(
  db: Db,
  provider: PaymentProvider,
  orderId: number,
  input: RefundInput,
): Promise<RefundOutcome> {
  const reserved = await reserve(db, provider, orderId, input);
  if (!reserved.ok) return reserved;
  const { refund, paymentId } = reserved;
  if (refund.status === 'succeeded') return { ok: true, refund, replayed: true };
  if (refund.status === 'failed') return { ok: false, reason: 'providerRefused' };
  const credit = { kind: input.asCredit ? ('issue' as const) : ('restore' as const), input };
  // All of it goes back as store credit: no payment provider is involved.
  if (refund.toCredit === refund.amount) {
    const settled = await settleSucceeded(db, refund, null, credit);
    return { ok: true, refund: settled, replayed: !reserved.created };
  }
  let providerRefundId: string;
  try {
    const done = await provider.refundPayment(paymentId, {
      amount: money(refund.amount - refund.toCredit, refund.currency),
      idempotencyKey: `order-refund:${refund.idempotencyKey}`,
      reason: input.reason ?? 'requested_by_customer',
    });
    providerRefundId = done.id;
  } catch (error) {
    const code = providerRefusal(error);
    if (code == null) throw error;
    await settleFailed(db, refund);
    return { ok: false, reason: 'providerRefused', detail: code };
  }
  const settled = await settleSucceeded(db, refund, providerRefundId, credit);
  return { ok: true, refund: settled, replayed: !reserved.created };
}

async function reserve(
  db: Db,
  provider: PaymentProvider,
  orderId: number,
  input: RefundInput,
): Promise<
  | { ok: true; refund: RefundRow; paymentId: string; created: boolean }
  | { ok: false; reason: 'notFound' | 'notRefundable' | 'exceedsPaid'; detail?: string }
> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) return { ok: false, reason: 'notRefundable' };
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
    if (!order) return { ok: false, reason: 'notFound' } as const;
    const [existing] = await tx
      .select()
      .from(orderRefunds)
      .where(eq(orderRefunds.idempotencyKey, input.idempotencyKey));
    if (existing) {
      // A key names one refund of one order; reusing it elsewhere is a caller's bug, refused.
      if (existing.orderId !== orderId || existing.amount !== input.amount)
        return { ok: false, reason: 'notRefundable' } as const;
      return { ok: true, refund: existing, paymentId: order.paymentId, created: false } as const;
    }
    if (order.financialStatus !== 'paid' && order.financialStatus !== 'partially_refunded')
      return { ok: false, reason: 'notRefundable' } as const;
    const left = order.total - order.refunded;
    if (input.amount > left) return { ok: false, reason: 'exceedsPaid', detail: String(left) } as const;
    // The card gets back at most what it paid; past that, what the order paid with credit goes back as credit.
    const cardLeft = order.total - order.storeCredit - (await cardRefunded(tx, orderId));
    const toCredit = input.asCredit ? input.amount : Math.max(0, input.amount - cardLeft);
    if (toCredit < input.amount && order.paymentProvider !== provider.kind)
      return { ok: false, reason: 'notRefundable' } as const;
    await tx
      .update(orders)
      .set({ refunded: sql`${orders.refunded} + ${input.amount}` })
      .where(eq(orders.id, orderId));
    const [refund] = await tx
      .insert(orderRefunds)
      .values({
        orderId,
        returnId: input.returnId ?? null,
        idempotencyKey: input.idempotencyKey,
        currency: order.currency,
        amount: input.amount,
        toCredit,
        creditBonus: input.asCredit?.bonus ?? 0,
        parts: input.parts,
        staffId: input.staffId ?? null,
      })
      .returning();
    return { ok: true, refund: refund!, paymentId: order.paymentId, created: true } as const;
  });
}

/** What the order's card has been paid back (or is being): refunds that did not fail, less their credit part. */
async function cardRefunded(tx: Db, orderId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(sum(${orderRefunds.amount} - ${orderRefunds.toCredit}), 0)::int` })
    .from(orderRefunds)
    .where(and(eq(orderRefunds.orderId, orderId), ne(orderRefunds.status, 'failed')));
  return Number(row?.n ?? 0);
}

async function settleSucceeded(
  db: Db,
  refund: RefundRow,
  providerRefundId: string | null,
  credit: { kind: 'issue' | 'restore'; input: RefundInput },
): Promise<RefundRow> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [settled] = await tx
      .update(orderRefunds)
      .set({ status: 'succeeded', providerRefundId })
      .where(and(eq(orderRefunds.id, refund.id), eq(orderRefunds.status, 'pending')))
      .returning();
    // A concurrent retry settled it first.
    if (!settled) return (await tx.select().from(orderRefunds).where(eq(orderRefunds.id, refund.id)))[0]!;
    const [order] = await tx
      .update(orders)
      .set({
        financialStatus: statusAfter(sql`${orders.refunded}`),
      })
      .where(eq(orders.id, refund.orderId))
      .returning({ financialStatus: orders.financialStatus, email: orders.email });
    if (refund.toCredit + refund.creditBonus > 0)
      await addCredit(tx, credit.kind, {
        email: order!.email,
        currency: refund.currency,
        amount: refund.toCredit + refund.creditBonus,
        idempotencyKey: `refund:${refund.id}`,
        orderId: refund.orderId,
        returnId: refund.returnId,
        staffId: refund.staffId,
        expiresAt: credit.kind === 'issue' ? (credit.input.asCredit?.expiresAt ?? null) : null,
      });
    await tx.insert(orderEvents).values({
      orderId: refund.orderId,
      kind: 'refunded',
      staffId: refund.staffId,
      data: {
        amount: refund.amount,
        currency: refund.currency,
        returnId: refund.returnId,
        toCredit: refund.toCredit,
        creditBonus: refund.creditBonus,
        financialStatus: order?.financialStatus,
      },
    });
    return settled;
  });
}

async function settleFailed(db: Db, refund: RefundRow): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [failed] = await tx
      .update(orderRefunds)
      .set({ status: 'failed' })
      .where(and(eq(orderRefunds.id, refund.id), eq(orderRefunds.status, 'pending')))
      .returning();
    if (failed)
      await tx
        .update(orders)
        .set({ refunded: sql`${orders.refunded} - ${refund.amount}` })
        .where(eq(orders.id, refund.orderId));
  });
}

/** An order's refunds, newest last. */
export function refundsOfOrder(db: Db, orderId: number): Promise<RefundRow[]> {
  return db.select().from(orderRefunds).where(eq(orderRefunds.orderId, orderId)).orderBy(orderRefunds.id);
}

export async function refundByKey(db: Db, idempotencyKey: string): Promise<RefundRow | null> {
  const [row] = await db.select().from(orderRefunds).where(eq(orderRefunds.idempotencyKey, idempotencyKey));
  return row ?? null;
}

/**
 * A refund made outside Meridian (the Stripe Dashboard, a dispute settled by refund) learnt from
 * the provider's running total for the payment: whatever the provider has refunded beyond what
 * the ledger holds (succeeded and still reserved) is recorded as one external refund, once per
 * total, and the financial status follows. Refunds Meridian started are already in the ledger,
 * so they are never counted twice, whichever arrives first.
 */
export async function reconcileProviderRefunds(
  db: Db,
  input: {
    provider: 'test' | 'stripe';
    paymentId: string;
    refundedTotal: number;
    currency: string;
    source: string;
  },
): Promise<'recorded' | 'inLedger' | 'unknownOrder'> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.paymentProvider, input.provider), eq(orders.paymentId, input.paymentId)))
      .for('update');
    if (!order || order.currency !== input.currency) return 'unknownOrder' as const;
    // The provider's total counts the card only; credit given back is never part of it.
    const cardPaid = order.total - order.storeCredit;
    const external = Math.min(
      Math.min(input.refundedTotal, cardPaid) - (await cardRefunded(tx, order.id)),
      order.total - order.refunded,
    );
    if (external <= 0) return 'inLedger' as const;
    const [refund] = await tx
      .insert(orderRefunds)
      .values({
        orderId: order.id,
        idempotencyKey: `${input.source}:${input.refundedTotal}`,
        currency: order.currency,
        amount: external,
        parts: { items: 0, duties: 0, shipping: 0, fees: 0 },
        status: 'succeeded',
      })
      .onConflictDoNothing()
      .returning();
    if (!refund) return 'inLedger' as const;
    const [updated] = await tx
      .update(orders)
      .set({
        refunded: sql`${orders.refunded} + ${external}`,
        financialStatus: statusAfter(sql`${orders.refunded} + ${external}`),
      })
      .where(eq(orders.id, order.id))
      .returning({ financialStatus: orders.financialStatus });
    await tx.insert(orderEvents).values({
      orderId: order.id,
      kind: 'refunded',
      data: {
        amount: external,
        currency: order.currency,
        external: true,
        financialStatus: updated?.financialStatus,
      },
    });
    return 'recorded' as const;
  });
}

/**
 * A refund the provider accepted and later could not deliver (Stripe's refund.updated or
 * refund.failed with status `failed`: the card was closed, say). The card's share goes back to
 * what can still be refunded and the financial status follows; a part paid back as store credit
 * stands. Once per refund: a repeat finds nothing left to fail.
 */
export async function failProviderRefund(
  db: Db,
  input: { providerRefundId: string; reason: string },
): Promise<'released' | 'unknown'> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [refund] = await tx
      .select()
      .from(orderRefunds)
      .where(
        and(eq(orderRefunds.providerRefundId, input.providerRefundId), eq(orderRefunds.status, 'succeeded')),
      )
      .for('update');
    if (!refund) return 'unknown' as const;
    const card = refund.amount - refund.toCredit;
    // What stood (the credit part) stays a succeeded refund; with none, the whole row failed.
    await tx
      .update(orderRefunds)
      .set(refund.toCredit > 0 ? { amount: refund.toCredit } : { status: 'failed' })
      .where(eq(orderRefunds.id, refund.id));
    const [order] = await tx
      .update(orders)
      .set({
        refunded: sql`${orders.refunded} - ${card}`,
        financialStatus: statusAfter(sql`${orders.refunded} - ${card}`),
      })
      .where(eq(orders.id, refund.orderId))
      .returning({ financialStatus: orders.financialStatus });
    await tx.insert(orderEvents).values({
      orderId: refund.orderId,
      kind: 'refund-failed',
      data: {
        amount: card,
        currency: refund.currency,
        returnId: refund.returnId,
        reason: input.reason,
        financialStatus: order?.financialStatus,
      },
    });
    return 'released' as const;
  });
}
