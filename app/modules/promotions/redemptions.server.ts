import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { campaigns, promotionRedemptions } from '#app/db/schema/index.ts';
import type { QuoteDiscount } from '#app/modules/checkout/core/quote.ts';
import { amountIn } from './core/per-currency.ts';

/**
 * Budget and use accounting (ADR 0019). A checkout's discounts are reserved before its payment
 * is created, under a lock on each campaign row, so concurrent checkouts can never together
 * spend past a budget or a use limit; the order redeems them in its own transaction; a failed
 * payment, a cancelled or a refunded order releases them. A reservation that no order follows
 * stops counting after RESERVATION_MINUTES (an abandoned payment page).
 */
export const RESERVATION_MINUTES = 30;

/** Redemptions that count against a campaign: redeemed, or reserved recently. */
export const counting = sql`(${promotionRedemptions.status} = 'redeemed' or (${promotionRedemptions.status} = 'reserved' and ${promotionRedemptions.updatedAt} > now() - make_interval(mins => ${RESERVATION_MINUTES})))`;

export interface ReservationInput {
  cartId: string;
  email: string;
  currency: string;
  discounts: readonly QuoteDiscount[];
}

/**
 * Reserves the discounts of a quote; false (and nothing reserved) when a campaign no longer has
 * the budget or uses for them: the checkout is then priced again without them.
 */
export async function reserveDiscounts(db: Db, input: ReservationInput): Promise<boolean> {
  try {
    return await reserve(db, input);
  } catch (error) {
    if (error instanceof Refused) return false;
    throw error;
  }
}

/** Thrown inside the transaction to roll it back when a campaign cannot take the discount. */
class Refused extends Error {}

async function reserve(db: Db, input: ReservationInput): Promise<boolean> {
  const discounts = input.discounts.filter((d) => d.amount.amount > 0 || d.class === 'shipping');
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    // Earlier reservations of this cart are replaced by this quote's.
    await tx
      .update(promotionRedemptions)
      .set({ status: 'released', updatedAt: new Date() })
      .where(and(eq(promotionRedemptions.cartId, input.cartId), eq(promotionRedemptions.status, 'reserved')));
    if (!discounts.length) return true;
    const ids = [...new Set(discounts.map((d) => d.campaignId))].sort((a, b) => a - b);
    // One campaign at a time, in id order (no deadlock between two carts).
    const locked = await tx
      .select()
      .from(campaigns)
      .where(inArray(campaigns.id, ids))
      .orderBy(campaigns.id)
      .for('update');
    const customer = input.email.toLowerCase();
    for (const c of locked) {
      const mine = discounts.filter((d) => d.campaignId === c.id);
      const [used] = await tx
        .select({
          spent: sql<number>`coalesce(sum(${promotionRedemptions.amount}) filter (where ${promotionRedemptions.currency} = ${input.currency}), 0)::int`,
          uses: sql<number>`count(distinct ${promotionRedemptions.cartId})::int`,
          byCustomer: sql<number>`count(distinct ${promotionRedemptions.cartId}) filter (where ${promotionRedemptions.customerKey} = ${customer})::int`,
        })
        .from(promotionRedemptions)
        .where(
          and(
            eq(promotionRedemptions.campaignId, c.id),
            counting,
            sql`${promotionRedemptions.cartId} <> ${input.cartId}`,
          ),
        );
      const amount = mine.reduce((s, d) => s + d.amount.amount, 0);
      if (c.budget) {
        const budget = amountIn(c.budget, input.currency) ?? 0;
        if (used!.spent + amount > budget) throw new Refused();
      }
      if (c.usageLimit != null && used!.uses + 1 > c.usageLimit) throw new Refused();
      if (c.perCustomerLimit != null && used!.byCustomer + 1 > c.perCustomerLimit) throw new Refused();
    }
    for (const d of discounts) {
      const row = {
        campaignId: d.campaignId,
        promotionId: d.promotionId,
        cartId: input.cartId,
        customerKey: customer,
        code: d.code,
        currency: input.currency,
        amount: d.amount.amount,
        status: 'reserved' as const,
        updatedAt: new Date(),
      };
      await tx
        .insert(promotionRedemptions)
        .values(row)
        .onConflictDoUpdate({
          target: [promotionRedemptions.cartId, promotionRedemptions.promotionId],
          set: row,
        });
    }
    return true;
  });
}

/** Inside the order's transaction: the cart's reservations become the order's redemptions. */
export async function redeemForOrder(tx: Db, cartId: string, orderId: number): Promise<void> {
  await tx
    .update(promotionRedemptions)
    .set({ status: 'redeemed', orderId, updatedAt: new Date() })
    .where(and(eq(promotionRedemptions.cartId, cartId), eq(promotionRedemptions.status, 'reserved')));
}

/** A cancelled or refunded order gives its campaigns their budget and uses back. */
export async function releaseForOrder(tx: Db, orderId: number): Promise<void> {
  await tx
    .update(promotionRedemptions)
    .set({ status: 'released', updatedAt: new Date() })
    .where(eq(promotionRedemptions.orderId, orderId));
}

/**
 * A refund of part of an order gives its promotions the refunded share of what they spent
 * (rounded down, so a budget is never credited more than was spent); refunding the whole
 * order releases them, which gives the use back too.
 */
export async function creditRefundedShare(
  tx: Db,
  orderId: number,
  share: { refunded: number; of: number },
): Promise<void> {
  if (share.of <= 0 || share.refunded <= 0) return;
  if (share.refunded >= share.of) return releaseForOrder(tx, orderId);
  const credit = sql`floor((${promotionRedemptions.amount} + ${promotionRedemptions.credited})::numeric * ${share.refunded} / ${share.of})::int`;
  await tx
    .update(promotionRedemptions)
    .set({
      amount: sql`greatest(0, ${promotionRedemptions.amount} - ${credit})`,
      credited: sql`${promotionRedemptions.credited} + least(${promotionRedemptions.amount}, ${credit})`,
      updatedAt: new Date(),
    })
    .where(and(eq(promotionRedemptions.orderId, orderId), eq(promotionRedemptions.status, 'redeemed')));
}

/** A payment that did not go through releases what its checkout reserved. */
export async function releaseForCart(db: Db, cartId: string): Promise<void> {
  await db
    .update(promotionRedemptions)
    .set({ status: 'released', updatedAt: new Date() })
    .where(and(eq(promotionRedemptions.cartId, cartId), eq(promotionRedemptions.status, 'reserved')));
}

/** A campaign's redemptions that count: redeemed with an order, and reserved by a checkout now. */
export async function redemptionCounts(
  db: Db,
  campaignId: number,
): Promise<{ redeemed: number; reserved: number }> {
  const rows = await db
    .select({ status: promotionRedemptions.status, n: sql<number>`count(*)::int` })
    .from(promotionRedemptions)
    .where(and(eq(promotionRedemptions.campaignId, campaignId), counting))
    .groupBy(promotionRedemptions.status);
  return {
    redeemed: rows.find((r) => r.status === 'redeemed')?.n ?? 0,
    reserved: rows.find((r) => r.status === 'reserved')?.n ?? 0,
  };
}
