import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { returnEvents, returnLines, returnPhotos, returns } from '#app/db/schema/index.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { getOrder } from '#app/modules/orders/orders.server.ts';
import { refundsOfOrder } from '#app/modules/orders/refunds.server.ts';
import type { ReturnStatus } from './core/statuses.ts';

/** Support's view of returns: the filtered queue and one return with everything behind it. */
export interface ReturnFilters {
  status?: ReturnStatus;
  marketId?: number;
  reason?: string;
  from?: Date;
  to?: Date;
  /** An RMA, or an order number. */
  query?: string;
}

export async function listReturns(db: Db, filters: ReturnFilters, limit = 50, offset = 0) {
  const where: SQL[] = [];
  if (filters.status) where.push(eq(returns.status, filters.status));
  if (filters.marketId) where.push(eq(returns.marketId, filters.marketId));
  if (filters.from) where.push(gte(returns.createdAt, filters.from));
  if (filters.to) where.push(lte(returns.createdAt, filters.to));
  if (filters.reason)
    where.push(
      inArray(
        returns.id,
        db
          .select({ id: returnLines.returnId })
          .from(returnLines)
          .where(eq(returnLines.reason, filters.reason)),
      ),
    );
  const q = filters.query?.trim().replace(/^#/, '');
  if (q)
    where.push(
      /^\d+$/.test(q)
        ? or(ilike(returns.rma, `RMA-${q}-%`), ilike(returns.rma, likePattern(q)))!
        : ilike(returns.rma, likePattern(q)),
    );
  const condition = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: returns.id,
        rma: returns.rma,
        orderId: returns.orderId,
        marketId: returns.marketId,
        status: returns.status,
        currency: returns.currency,
        estimate: returns.estimate,
        refunded: returns.refunded,
        createdAt: returns.createdAt,
        // Aliased: an interpolated column renders unqualified and would bind to the subquery's table.
        units: sql<number>`(select coalesce(sum(rl.quantity), 0)::int from return_lines rl where rl.return_id = "returns"."id")`,
        reasons: sql<
          string[]
        >`array(select distinct rl.reason from return_lines rl where rl.return_id = "returns"."id" order by 1)`,
      })
      .from(returns)
      .where(condition)
      .orderBy(desc(returns.createdAt), desc(returns.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(returns)
      .where(condition),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function returnDetail(db: Db, id: number) {
  const [ret] = await db.select().from(returns).where(eq(returns.id, id));
  if (!ret) return null;
  const [found, lines, events, refunds] = await Promise.all([
    getOrder(db, ret.orderId),
    db.select().from(returnLines).where(eq(returnLines.returnId, id)).orderBy(asc(returnLines.id)),
    db
      .select()
      .from(returnEvents)
      .where(eq(returnEvents.returnId, id))
      .orderBy(asc(returnEvents.createdAt), asc(returnEvents.id)),
    refundsOfOrder(db, ret.orderId),
  ]);
  if (!found) return null;
  const photos = lines.length
    ? await db
        .select({ id: returnPhotos.id, returnLineId: returnPhotos.returnLineId })
        .from(returnPhotos)
        .where(
          inArray(
            returnPhotos.returnLineId,
            lines.map((l) => l.id),
          ),
        )
        .orderBy(asc(returnPhotos.id))
    : [];
  return { ret, order: found.order, orderLines: found.lines, lines, events, photos, refunds };
}

/** A photo of a return's item, for staff only (the route checks the role). */
export async function returnPhoto(db: Db, returnId: number, photoId: number) {
  const [row] = await db
    .select({ contentType: returnPhotos.contentType, bytes: returnPhotos.bytes })
    .from(returnPhotos)
    .innerJoin(returnLines, eq(returnLines.id, returnPhotos.returnLineId))
    .where(and(eq(returnPhotos.id, photoId), eq(returnLines.returnId, returnId)));
  return row ?? null;
}
