import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { returnEvents, returnLines, returnPhotos, returns } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { returnFacts } from '#app/modules/catalog/return-facts.server.ts';
import { enqueueEmail, type OutgoingEmail } from '#app/modules/email/outbox.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { getOrder, lockOrder, type OrderRow } from '#app/modules/orders/orders.server.ts';
import { returnEligibility, type LineFacts, type OrderEligibility } from './core/eligibility.ts';
import {
  estimateAfter,
  type EarlierReturn,
  type PaidOrder,
  type RefundEstimate,
} from './core/refund-estimate.ts';
import { requestProblems, type RequestedLine } from './core/return-request.ts';
import { decrementStock, isOversold } from '#app/modules/catalog/stock.server.ts';
import { creditBonus } from '#app/modules/store-credit/core/lots.ts';
import { exchangeEstimate } from './core/exchange.ts';
import type { Resolution } from './core/statuses.ts';
import { exchangeChoices, exchangeUnit } from './exchanges.server.ts';
import { loadReasonTree } from './reasons.server.ts';
import type { PhotoType } from './core/photo.ts';
import { returnPolicy, type MarketReturnPolicy } from './policies.server.ts';

export type ReturnRow = typeof returns.$inferSelect;
export type ReturnLineRow = typeof returnLines.$inferSelect;
export type OrderLine = NonNullable<Awaited<ReturnType<typeof getOrder>>>['lines'][number];

/** An order as the returns portal sees it: what was bought, what may go back and on what terms. */
export interface ReturnableOrder {
  order: OrderRow;
  lines: OrderLine[];
  policy: MarketReturnPolicy;
  eligibility: OrderEligibility;
  returns: (ReturnRow & { lines: ReturnLineRow[] })[];
}

/** Returns that count against an order's items: all but declined ones. */
const counts = ne(returns.status, 'declined');

export async function returnsOfOrder(
  db: Db,
  orderId: number,
): Promise<(ReturnRow & { lines: ReturnLineRow[] })[]> {
  const rows = await db.select().from(returns).where(eq(returns.orderId, orderId)).orderBy(desc(returns.id));
  if (rows.length === 0) return [];
  const lines = await db
    .select()
    .from(returnLines)
    .where(
      inArray(
        returnLines.returnId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(returnLines.id));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.returnId === r.id) }));
}

/** Units of each order line in returns that count (open or done). */
async function returnedUnits(db: Db, orderId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ line: returnLines.orderLineId, n: sql<number>`sum(${returnLines.quantity})::int` })
    .from(returnLines)
    .innerJoin(returns, eq(returns.id, returnLines.returnId))
    .where(and(eq(returns.orderId, orderId), counts))
    .groupBy(returnLines.orderLineId);
  return new Map(rows.map((r) => [r.line, Number(r.n)]));
}

export function paidOrder(order: OrderRow, lines: readonly OrderLine[]): PaidOrder {
  return {
    taxIncluded: order.taxIncluded,
    shipping: order.shipping,
    tax: order.tax,
    duties: order.duties,
    total: order.total,
    refunded: order.refunded,
    lines: lines.map((l) => ({
      orderLineId: l.id,
      quantity: l.quantity,
      lineTotal: l.lineTotal,
      tax: l.tax,
      duty: l.duty,
    })),
  };
}

export async function returnableOrder(db: Db, orderId: number, now: Date): Promise<ReturnableOrder | null> {
  const found = await getOrder(db, orderId);
  if (!found) return null;
  const { order, lines } = found;
  const market = (await getMarketConfig(db)).markets.find((m) => m.id === order.marketId);
  if (!market) return null;
  const [policy, returned, facts, existing] = await Promise.all([
    returnPolicy(db, market),
    returnedUnits(db, orderId),
    returnFacts(
      db,
      lines.flatMap((l) => (l.variantId == null ? [] : [l.variantId])),
    ),
    returnsOfOrder(db, orderId),
  ]);
  const discounted = order.discounts.some((d) => d.class !== 'shipping' && d.amount > 0);
  const lineFacts: LineFacts[] = lines.map((l) => {
    const f = l.variantId == null ? undefined : facts.get(l.variantId);
    return {
      orderLineId: l.id,
      quantity: l.quantity,
      alreadyReturned: returned.get(l.id) ?? 0,
      discounted: discounted && l.lineTotal < l.unitPrice * l.quantity,
      tags: f?.tags ?? [],
      collections: f?.collections ?? [],
    };
  });
  const eligibility = returnEligibility(
    policy.rules,
    { cancelled: order.cancelledAt != null, shippedAt: order.shippedAt, deliveredAt: order.deliveredAt },
    lineFacts,
    now,
  );
  return { order, lines, policy, eligibility, returns: existing };
}

/** The returns before `r` that count (not declined), as the estimate needs them. */
export function earlierReturns(
  returnsOfOrder: ReturnableOrder['returns'],
  beforeId = Infinity,
): EarlierReturn[] {
  return returnsOfOrder
    .filter((x) => x.status !== 'declined' && x.id < beforeId)
    .map((x) => ({
      lines: x.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
      shippingRefunded: x.estimate.shipping > 0,
    }));
}

/** What returning these units would pay back, after the order's earlier returns. */
export function estimateFor(
  r: Pick<ReturnableOrder, 'order' | 'lines' | 'policy' | 'returns'>,
  units: readonly { orderLineId: number; quantity: number }[],
  beforeId = Infinity,
): RefundEstimate {
  return estimateAfter(
    paidOrder(r.order, r.lines),
    earlierReturns(r.returns, beforeId),
    units,
    r.policy.terms,
  );
}

export interface NewReturnLine extends Omit<RequestedLine, 'photoCount'> {
  photos: { contentType: PhotoType; bytes: Uint8Array }[];
  /** An exchange: the variant wanted instead. */
  exchangeVariantId?: number | null;
}

export type RequestOutcome = { ok: true; ret: ReturnRow } | { ok: false; errors: Record<string, string> };

/**
 * Opens a return for the shopper. The order row is locked while what was already returned is
 * counted and the return written, so two requests at once can never return one unit twice.
 */
export async function requestReturn(
  db: Db,
  orderId: number,
  input: {
    lines: NewReturnLine[];
    language: string;
    /** Money back unless the shopper chose credit or an exchange. */
    resolution?: Resolution;
    email: (ret: ReturnRow, order: OrderRow) => OutgoingEmail;
  },
  now: Date,
): Promise<RequestOutcome> {
  try {
    return await openReturn(db, orderId, input, now);
  } catch (error) {
    // A replacement's last unit went to someone else between the page and the submit.
    if (isOversold(error)) return { ok: false, errors: { form: 'exchangeSoldOut' } };
    throw error;
  }
}

async function openReturn(
  db: Db,
  orderId: number,
  input: Parameters<typeof requestReturn>[2],
  now: Date,
): Promise<RequestOutcome> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    if (!(await lockOrder(tx, orderId))) return { ok: false, errors: { form: 'notFound' } } as const;
    const state = await returnableOrder(tx, orderId, now);
    if (!state) return { ok: false, errors: { form: 'notFound' } } as const;
    const chosen = input.lines.filter((l) => l.quantity > 0);
    const errors = requestProblems(
      input.lines.map((l) => ({ ...l, photoCount: l.photos.length })),
      state.eligibility.lines,
      await loadReasonTree(tx),
    );
    const resolution = input.resolution ?? 'refund';
    const swaps = resolution === 'exchange' ? await exchangeChoices(tx, state, input.language) : null;
    if (swaps)
      for (const l of chosen) {
        const wanted = swaps.get(l.orderLineId)?.find((o) => o.variantId === l.exchangeVariantId);
        if (!wanted) errors[`exchange-${l.orderLineId}`] = 'exchangeRequired';
      }
    if (resolution === 'store_credit' && !state.policy.credit.available) errors.form = 'noStoreCredit';
    if (Object.keys(errors).length) return { ok: false, errors } as const;
    const estimate = swaps
      ? exchangeEstimate(
          paidOrder(state.order, state.lines),
          earlierReturns(state.returns),
          chosen.map((l) => exchangeUnit(state, swaps, l)),
        )
      : estimateFor(state, chosen);
    const bonus =
      resolution === 'store_credit' ? creditBonus(estimate.total, state.policy.credit.bonusBps) : 0;
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(returns)
      .where(eq(returns.orderId, orderId))) as [{ n: number }];
    const [ret] = await tx
      .insert(returns)
      .values({
        publicId: randomBytes(12).toString('base64url'),
        rma: `RMA-${state.order.number}-${Number(n) + 1}`,
        orderId,
        marketId: state.order.marketId,
        language: input.language,
        currency: state.order.currency,
        resolution,
        estimate: {
          ...estimate,
          ...(resolution === 'store_credit'
            ? { creditBonus: bonus, creditBonusBps: state.policy.credit.bonusBps }
            : {}),
        },
      })
      .returning();
    for (const l of chosen) {
      const [line] = await tx
        .insert(returnLines)
        .values({
          returnId: ret!.id,
          orderLineId: l.orderLineId,
          quantity: l.quantity,
          reason: l.reason,
          subReason: l.subReason,
          note: l.note.trim(),
          exchangeVariantId: swaps ? l.exchangeVariantId : null,
        })
        .returning({ id: returnLines.id });
      // The replacement is held from now, so the exchange can always be sent (released if declined).
      if (swaps) await decrementStock(tx, l.exchangeVariantId!, l.quantity);
      if (l.photos.length)
        await tx
          .insert(returnPhotos)
          .values(
            l.photos.map((p) => ({ returnLineId: line!.id, contentType: p.contentType, bytes: p.bytes })),
          );
    }
    await tx.insert(returnEvents).values({
      returnId: ret!.id,
      kind: 'requested',
      data: { total: estimate.total, resolution },
    });
    await enqueueEmail(tx, { ...input.email(ret!, state.order), aboutGid: toGid('Order', orderId) });
    return { ok: true, ret: ret! } as const;
  });
}
