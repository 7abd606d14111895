import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { returnEvents, returnLines, returns } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { restock } from '#app/modules/catalog/stock.server.ts';
import { enqueueEmail, type OutgoingEmail } from '#app/modules/email/outbox.server.ts';
import { orderById } from '#app/modules/orders/orders.server.ts';
import { placeExchangeOrder } from '#app/modules/orders/exchange-order.server.ts';
import { refundByKey, refundOrder } from '#app/modules/orders/refunds.server.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { creditRefundedShare } from '#app/modules/promotions/redemptions.server.ts';
import { creditBonus } from '#app/modules/store-credit/core/lots.ts';
import { creditExpiry } from '#app/modules/store-credit/core/expiry.ts';
import { ACTION_FROM, type DeclineReason, type DisposeReason, type ReturnStatus } from './core/statuses.ts';
import { estimateFor, returnableOrder, type ReturnRow } from './returns.server.ts';

/**
 * What support does with a return (ADR 0020). Each step moves the status with a conditional
 * update from the statuses it may start from, so a double click or two staff at once apply it
 * once; the step's timeline event and the shopper's email are written in the same transaction.
 */
export type StepOutcome = { ok: true; ret: ReturnRow } | { ok: false; reason: string; detail?: string };

type Email = (ret: ReturnRow) => OutgoingEmail;

async function step(
  db: Db,
  returnId: number,
  input: {
    from: readonly ReturnStatus[];
    to: ReturnStatus;
    set?: Partial<typeof returns.$inferInsert>;
    kind: string;
    data?: Record<string, unknown>;
    staffId: number | null;
    email?: Email;
    then?: (tx: Db, ret: ReturnRow) => Promise<void>;
  },
): Promise<StepOutcome> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [ret] = await tx
      .update(returns)
      .set({ ...input.set, status: input.to, updatedAt: new Date() })
      .where(and(eq(returns.id, returnId), inArray(returns.status, [...input.from])))
      .returning();
    if (!ret) return { ok: false, reason: 'wrongStatus' } as const;
    await input.then?.(tx, ret);
    await tx
      .insert(returnEvents)
      .values({ returnId, kind: input.kind, staffId: input.staffId, data: input.data ?? {} });
    if (input.email) await enqueueEmail(tx, { ...input.email(ret), aboutGid: toGid('Order', ret.orderId) });
    return { ok: true, ret } as const;
  });
}

export function approveReturn(db: Db, returnId: number, staffId: number, email: Email) {
  return step(db, returnId, { from: ACTION_FROM.approve, to: 'approved', kind: 'approved', staffId, email });
}

export function declineReturn(
  db: Db,
  returnId: number,
  reason: DeclineReason,
  staffId: number,
  email: Email,
) {
  return step(db, returnId, {
    from: ACTION_FROM.decline,
    to: 'declined',
    set: { declineReason: reason },
    kind: 'declined',
    data: { reason },
    staffId,
    email,
    then: releaseHeldExchange,
  });
}

/** A declined exchange gives back the replacement stock held for it since the request. */
async function releaseHeldExchange(tx: Db, ret: ReturnRow): Promise<void> {
  if (ret.resolution !== 'exchange') return;
  const lines = await tx.select().from(returnLines).where(eq(returnLines.returnId, ret.id));
  for (const l of lines) if (l.exchangeVariantId != null) await restock(tx, l.exchangeVariantId, l.quantity);
}

/** The parcel is on its way (the shopper says so, or the carrier scanned the label). */
export function markReturnShipped(db: Db, returnId: number, staffId: number | null) {
  return step(db, returnId, { from: ACTION_FROM.ship, to: 'in_transit', kind: 'in_transit', staffId });
}

export interface Inspection {
  returnLineId: number;
  outcome: 'restock' | 'dispose';
  disposeReason: DisposeReason | null;
}

/**
 * The parcel arrived and each item was inspected: restocked items go back to inventory in the
 * same transaction, disposed ones record why. Every line of the return must be inspected.
 */
export async function receiveReturn(
  db: Db,
  returnId: number,
  inspections: readonly Inspection[],
  staffId: number,
  email: Email,
): Promise<StepOutcome> {
  const lines = await db.select().from(returnLines).where(eq(returnLines.returnId, returnId));
  if (lines.length === 0) return { ok: false, reason: 'notFound' };
  const missing = lines.find((l) => !inspections.some((i) => i.returnLineId === l.id));
  if (missing) return { ok: false, reason: 'inspectEveryItem', detail: String(missing.id) };
  if (inspections.some((i) => i.outcome === 'dispose' && !i.disposeReason))
    return { ok: false, reason: 'disposeReasonRequired' };
  const state = await returnableOrder(db, (await returnRow(db, returnId))!.orderId, new Date());
  return step(db, returnId, {
    from: ACTION_FROM.receive,
    to: 'received',
    kind: 'received',
    data: {
      restocked: inspections.filter((i) => i.outcome === 'restock').length,
      disposed: inspections.filter((i) => i.outcome === 'dispose').length,
    },
    staffId,
    email,
    then: async (tx) => {
      for (const i of inspections) {
        const line = lines.find((l) => l.id === i.returnLineId);
        if (!line) continue;
        await tx
          .update(returnLines)
          .set({ outcome: i.outcome, disposeReason: i.outcome === 'dispose' ? i.disposeReason : null })
          .where(eq(returnLines.id, line.id));
        const variantId = state?.lines.find((l) => l.id === line.orderLineId)?.variantId;
        if (i.outcome === 'restock' && variantId != null) await restock(tx, variantId, line.quantity);
      }
    },
  });
}

export async function returnRow(db: Db, returnId: number): Promise<ReturnRow | null> {
  const [row] = await db.select().from(returns).where(eq(returns.id, returnId));
  return row ?? null;
}

/**
 * Pays a received return back through the order's payment provider: the amount is what the
 * return's estimate says, with shipping where staff choose to add it, capped by what is left of
 * the payment. One refund per return (its key is the return's), so a double submit or a retry
 * after a crash pays once. The promotions the order used get their refunded share back.
 */
export async function refundReturn(
  db: Db,
  provider: PaymentProvider,
  returnId: number,
  input: { staffId: number; includeShipping: boolean; email: Email },
): Promise<StepOutcome> {
  const ret = await returnRow(db, returnId);
  if (!ret) return { ok: false, reason: 'notFound' };
  if (!(ACTION_FROM.refund as readonly ReturnStatus[]).includes(ret.status) && ret.status !== 'refunded')
    return { ok: false, reason: 'wrongStatus' };
  if (ret.resolution === 'exchange') return { ok: false, reason: 'wrongStatus' };
  const state = await returnableOrder(db, ret.orderId, new Date());
  if (!state) return { ok: false, reason: 'notFound' };
  const own = state.returns.find((r) => r.id === ret.id)!;
  const estimate = estimateFor(
    {
      ...state,
      policy: {
        ...state.policy,
        terms: { ...state.policy.terms, refundShippingOnFullReturn: input.includeShipping },
      },
    },
    own.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
    ret.id,
  );
  // A refund that already went through for this return (a retry after a crash) keeps its amount.
  const key = `return:${ret.id}`;
  const earlier = await refundByKey(db, key);
  const amount = earlier?.amount ?? estimate.total;
  // Credit keeps the bonus rate the shopper was shown when they chose it.
  const asCredit =
    ret.resolution === 'store_credit'
      ? {
          bonus: earlier?.creditBonus ?? creditBonus(amount, ret.estimate.creditBonusBps ?? 0),
          expiresAt: creditExpiry(state.policy.credit.expiryDays, new Date()),
        }
      : undefined;
  if (amount <= 0)
    return step(db, returnId, { from: ['received'], to: 'closed', kind: 'closed', staffId: input.staffId });
  const paid = await refundOrder(db, provider, ret.orderId, {
    amount,
    parts: {
      items: estimate.items,
      duties: estimate.duties,
      shipping: estimate.shipping,
      fees: estimate.restockingFee + estimate.returnShippingFee,
    },
    idempotencyKey: key,
    returnId: ret.id,
    staffId: input.staffId,
    asCredit,
  });
  if (!paid.ok) return { ok: false, reason: paid.reason, detail: paid.detail };
  // The whole payment back releases the promotions (use included); a part credits their share.
  const whole = (await orderById(db, ret.orderId))?.financialStatus === 'refunded';
  const itemsShare = {
    refunded: whole ? 1 : estimate.items,
    of: whole ? 1 : state.lines.reduce((s, l) => s + l.lineTotal + (state.order.taxIncluded ? 0 : l.tax), 0),
  };
  return step(db, returnId, {
    from: ['received'],
    to: 'refunded',
    set: {
      refunded: paid.refund.amount,
      estimate: {
        ...ret.estimate,
        ...estimate,
        total: paid.refund.amount,
        creditBonus: paid.refund.creditBonus,
      },
    },
    kind: 'refunded',
    data: {
      amount: paid.refund.amount,
      currency: paid.refund.currency,
      toCredit: paid.refund.toCredit,
      creditBonus: paid.refund.creditBonus,
    },
    staffId: input.staffId,
    email: input.email,
    then: (tx) => creditRefundedShare(tx, ret.orderId, itemsShare),
  }).then((r) => (r.ok || ret.status !== 'refunded' ? r : { ok: true, ret }));
}

/**
 * Completes a received exchange: a new order sends the replacements (no charge: their stock was
 * held since the request), linked both ways to the return; where the replacements cost less,
 * the difference is refunded once under the return's key. Safe to repeat: the order is keyed on
 * the return, and the refund on its key.
 */
export async function completeExchange(
  db: Db,
  provider: PaymentProvider,
  returnId: number,
  input: { staffId: number; email: Email },
): Promise<StepOutcome> {
  const ret = await returnRow(db, returnId);
  if (!ret) return { ok: false, reason: 'notFound' };
  if (
    ret.resolution !== 'exchange' ||
    !(ACTION_FROM.exchange as readonly ReturnStatus[]).includes(ret.status)
  )
    return { ok: false, reason: 'wrongStatus' };
  const state = await returnableOrder(db, ret.orderId, new Date());
  if (!state) return { ok: false, reason: 'notFound' };
  const difference = ret.estimate.total;
  if (difference > 0) {
    const paid = await refundOrder(db, provider, ret.orderId, {
      amount: difference,
      parts: { items: difference, duties: 0, shipping: 0, fees: 0 },
      idempotencyKey: `return:${ret.id}`,
      returnId: ret.id,
      staffId: input.staffId,
    });
    if (!paid.ok) return { ok: false, reason: paid.reason, detail: paid.detail };
  }
  const lines = await db.select().from(returnLines).where(eq(returnLines.returnId, ret.id));
  return step(db, returnId, {
    from: ACTION_FROM.exchange,
    to: 'exchanged',
    kind: 'exchanged',
    data: { difference, currency: ret.currency },
    staffId: input.staffId,
    email: input.email,
    then: async (tx, updated) => {
      const order = await placeExchangeOrder(tx, state.order, {
        returnId: ret.id,
        rma: ret.rma,
        lines: lines.flatMap((l) =>
          l.exchangeVariantId == null ? [] : [{ variantId: l.exchangeVariantId, quantity: l.quantity }],
        ),
      });
      await tx
        .update(returns)
        .set({ exchangeOrderId: order.id, refunded: difference })
        .where(eq(returns.id, updated.id));
    },
  });
}
