import { redeemForOrder } from '#app/modules/promotions/redemptions.server.ts';
import { and, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { orderEvents, orderLines, orders } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { markCompleted } from '#app/modules/cart/cart.server.ts';
import { decrementStock, isOversold } from '#app/modules/catalog/stock.server.ts';
import type { Quote } from '#app/modules/checkout/core/quote.ts';
import { enqueueEmail, type OutgoingEmail } from '#app/modules/email/outbox.server.ts';
import { orderConfirmationEmail } from '#app/modules/email/templates.server.ts';
import { crossConvert, type Money } from '#app/modules/money/core/money.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { spendCredit } from '#app/modules/store-credit/store-credit.server.ts';

/** Orders: written exactly once per cart and payment, with stock taken in the same transaction. */

export type OrderRow = typeof orders.$inferSelect;

export class SoldOutError extends Error {
  constructor() {
    super('sold out');
  }
}

/** The shopper's store credit no longer covers what the quote spends of it (another checkout spent it). */
export class CreditChangedError extends Error {
  constructor() {
    super('store credit changed');
  }
}

export async function orderByCart(db: Db, cartId: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.cartId, cartId));
  return row ?? null;
}

/** Ids of the carts that became an order, as a subquery another module embeds (`not in`) to stay one statement. */
export function orderedCartIds(db: Db) {
  return db.select({ cartId: orders.cartId }).from(orders);
}

/**
 * Writes the order for a paid (authorised) quote, once: a second call for the same cart
 * (the redirect and the webhook both arriving, or a retry) returns the existing order.
 * Stock is decremented in the same transaction; the variants' check constraint makes
 * overselling impossible, and a refused decrement rolls everything back (SoldOutError).
 */
export async function placeOrder(
  db: Db,
  quote: Quote,
  payment: { provider: OrderRow['paymentProvider']; id: string },
  context: { shopName: string; orderUrl: (number: number) => string },
): Promise<{ order: OrderRow; created: boolean }> {
  const existing = await orderByCart(db, quote.cartId);
  if (existing) return { order: existing, created: false };
  try {
    return await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      // The order is a snapshot of the quote's priced amounts (checkout/core/price-cart.ts), never recomputed.
      const toShop = (value: Money) =>
        value.currencyCode === quote.shopCurrency
          ? value.amount
          : crossConvert(value, quote.shopCurrency, quote.exchangeRate, '1').amount;
      const [order] = await tx
        .insert(orders)
        .values({
          cartId: quote.cartId,
          paymentProvider: payment.provider,
          paymentId: payment.id,
          email: quote.email,
          language: quote.language,
          marketId: quote.marketId,
          countryCode: quote.countryCode,
          currency: quote.currency,
          subtotal: quote.subtotal.amount,
          shipping: quote.shippingTotal.amount,
          tax: quote.tax.amount,
          taxIncluded: quote.taxIncluded,
          duties: quote.duties.amount,
          total: quote.total.amount,
          storeCredit: quote.storeCredit.amount,
          shopCurrency: quote.shopCurrency,
          totalShop: toShop(quote.total),
          exchangeRate: quote.exchangeRate,
          rateSnapshotId: quote.rateSnapshotId,
          incoterm: quote.incoterm,
          lowValueScheme: quote.lowValueScheme,
          importRuleId: quote.importRuleId,
          importNotice: quote.importNotice,
          discounts: quote.discounts.map((d) => ({ ...d, amount: d.amount.amount })),
          dutiesAtBorder: quote.dutiesAtBorder.amount,
          taxRemoved: quote.taxRemoved.amount,
          shippingAddress: quote.address,
          shippingLine: { ...quote.shipping, amount: quote.shipping.amount.amount },
        })
        .onConflictDoNothing({ target: orders.cartId })
        .returning();
      if (!order) return { order: (await orderByCart(tx, quote.cartId))!, created: false };
      await tx.insert(orderLines).values(
        quote.lines.map((l) => ({
          orderId: order.id,
          variantId: l.variantId,
          productTitle: l.productTitle,
          variantTitle: l.variantTitle,
          sku: l.sku,
          quantity: l.quantity,
          unitPrice: l.unitPrice.amount,
          lineTotal: l.lineTotal.amount,
          tax: l.tax.amount,
          duty: l.duty.amount,
          unitPriceShop: toShop(l.unitPrice),
          hsCode: l.hsCode,
          countryOfOrigin: l.countryOfOrigin,
        })),
      );
      for (const l of quote.lines) await decrementStock(tx, l.variantId, l.quantity);
      // Spent with the order, under the account's lock: a balance two checkouts share pays once.
      if (
        quote.storeCredit.amount > 0 &&
        !(await spendCredit(tx, {
          email: quote.email,
          currency: quote.currency,
          amount: quote.storeCredit.amount,
          idempotencyKey: `order-credit:${quote.cartId}`,
          orderId: order.id,
        }))
      )
        throw new CreditChangedError();
      await redeemForOrder(tx, quote.cartId, order.id);
      await markCompleted(tx, quote.cartId);
      await tx.insert(orderEvents).values([
        { orderId: order.id, kind: 'placed', data: { total: quote.total.amount, currency: quote.currency } },
        {
          orderId: order.id,
          kind: 'payment-authorized',
          data: {
            provider: payment.provider,
            paymentId: payment.id,
            storeCredit: quote.storeCredit.amount,
          },
        },
      ]);
      await enqueueEmail(tx, {
        ...orderConfirmationEmail({
          number: order.number,
          quote,
          shopName: context.shopName,
          orderUrl: context.orderUrl(order.number),
        }),
        aboutGid: toGid('Order', order.id),
      });
      return { order, created: true };
    });
  } catch (error) {
    if (isOversold(error)) throw new SoldOutError();
    if (error instanceof CreditChangedError) throw error;
    // A concurrent finaliser won the unique key on the payment: the order exists.
    const again = await orderByCart(db, quote.cartId);
    if (again) return { order: again, created: false };
    throw error;
  }
}

export async function orderById(db: Db, id: number): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row ?? null;
}

export async function orderByNumber(db: Db, number: number): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.number, number));
  return row ?? null;
}

/** The order row, locked until the caller's transaction ends (returns take it before counting what is returned). */
export async function lockOrder(tx: Db, id: number): Promise<OrderRow | null> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, id)).for('update');
  return row ?? null;
}

export async function recordPaymentCaptured(db: Db, orderId: number): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [updated] = await tx
      .update(orders)
      .set({ financialStatus: 'paid' })
      .where(and(eq(orders.id, orderId), eq(orders.financialStatus, 'authorized')))
      .returning({ id: orders.id });
    if (updated) await tx.insert(orderEvents).values({ orderId, kind: 'payment-captured', data: {} });
  });
}

export interface OrderFilters {
  marketId?: number;
  status?: 'unfulfilled' | 'fulfilled';
  from?: Date;
  to?: Date;
  query?: string;
}

export async function listOrders(db: Db, filters: OrderFilters, limit = 50, offset = 0) {
  const where: SQL[] = [];
  if (filters.marketId) where.push(eq(orders.marketId, filters.marketId));
  if (filters.status) where.push(eq(orders.fulfillmentStatus, filters.status));
  if (filters.from) where.push(gte(orders.createdAt, filters.from));
  if (filters.to) where.push(lte(orders.createdAt, filters.to));
  const q = filters.query?.trim().replace(/^#/, '');
  if (q)
    where.push(
      /^\d+$/.test(q)
        ? or(eq(orders.number, Number(q)), ilike(orders.email, likePattern(q)))!
        : ilike(orders.email, likePattern(q)),
    );
  const condition = where.length ? and(...where) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(orders)
      .where(condition)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(condition),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function getOrder(db: Db, id: number) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return null;
  const [lines, events] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, id)).orderBy(orderLines.id),
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, id))
      .orderBy(orderEvents.createdAt, orderEvents.id),
  ]);
  return { order, lines, events };
}

/**
 * Marks an order fulfilled with its tracking number and queues the shopper's shipping email,
 * in one transaction; fulfilling twice, or a cancelled order, is refused (false).
 */
export async function fulfilOrder(
  db: Db,
  orderId: number,
  input: { trackingNumber: string; trackingCompany: string | null; staffId: number },
  email: (order: OrderRow) => OutgoingEmail,
): Promise<boolean> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [order] = await tx
      .update(orders)
      .set({
        fulfillmentStatus: 'fulfilled',
        shippedAt: new Date(),
        trackingNumber: input.trackingNumber,
        trackingCompany: input.trackingCompany,
      })
      // A cancelled order is never shipped.
      .where(
        and(eq(orders.id, orderId), eq(orders.fulfillmentStatus, 'unfulfilled'), isNull(orders.cancelledAt)),
      )
      .returning();
    if (!order) return false;
    await tx.insert(orderEvents).values({
      orderId,
      kind: 'fulfilled',
      staffId: input.staffId,
      data: { trackingNumber: input.trackingNumber, trackingCompany: input.trackingCompany },
    });
    await enqueueEmail(tx, { ...email(order), aboutGid: toGid('Order', order.id) });
    return true;
  });
}

/** What was sold in a period (orders placed in it, cancelled ones left out), line by line, for return rates. */
export async function soldLines(db: Db, from: Date, to: Date) {
  return db
    .select({
      orderLineId: orderLines.id,
      orderId: orders.id,
      marketId: orders.marketId,
      variantId: orderLines.variantId,
      productTitle: orderLines.productTitle,
      variantTitle: orderLines.variantTitle,
      sku: orderLines.sku,
      quantity: orderLines.quantity,
      currency: orders.currency,
      shopCurrency: orders.shopCurrency,
      exchangeRate: orders.exchangeRate,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        gte(orders.createdAt, from),
        lte(orders.createdAt, to),
        isNull(orders.cancelledAt),
        // A replacement sent for an exchange is not a sale: the item it replaces was counted.
        isNull(orders.exchangeForReturnId),
      ),
    )
    .orderBy(orderLines.id);
}
