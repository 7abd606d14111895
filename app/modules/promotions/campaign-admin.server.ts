import { and, asc, count, desc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { campaigns, promotionCodes, promotionRedemptions, promotions } from '#app/db/schema/index.ts';
import type { ParsedCampaign } from './core/campaign-form.ts';
import { invalidateLivePromotions } from './live-cache.server.ts';
import { counting } from './redemptions.server.ts';

/** The admin's campaigns: the list with what each has used, one campaign to edit, and saving it. */

export type CampaignStatus = (typeof campaigns.$inferSelect)['status'];

/** What the merchant sees: the stored status, with an active campaign's window taken into account. */
export type CampaignState = 'draft' | 'scheduled' | 'live' | 'ended' | 'paused' | 'archived';

export function campaignState(c: { status: CampaignStatus; startsAt: Date; endsAt: Date | null }, now: Date) {
  if (c.status !== 'active') return c.status satisfies CampaignState;
  if (c.startsAt > now) return 'scheduled' as const;
  if (c.endsAt && c.endsAt <= now) return 'ended' as const;
  return 'live' as const;
}

export async function listCampaigns(db: Db, now = new Date()) {
  const rows = await db.select().from(campaigns).orderBy(desc(campaigns.startsAt), desc(campaigns.id));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [usage, kinds] = await Promise.all([
    db
      .select({
        campaignId: promotionRedemptions.campaignId,
        currency: promotionRedemptions.currency,
        spent: sql<number>`coalesce(sum(${promotionRedemptions.amount}), 0)::int`,
        orders: sql<number>`count(distinct ${promotionRedemptions.orderId}) filter (where ${promotionRedemptions.status} = 'redeemed')::int`,
      })
      .from(promotionRedemptions)
      .where(and(inArray(promotionRedemptions.campaignId, ids), counting))
      .groupBy(promotionRedemptions.campaignId, promotionRedemptions.currency),
    db
      .select({ campaignId: promotions.campaignId, codeMode: promotions.codeMode, n: count() })
      .from(promotions)
      .where(inArray(promotions.campaignId, ids))
      .groupBy(promotions.campaignId, promotions.codeMode),
  ]);
  return rows.map((c) => {
    const mine = usage.filter((u) => u.campaignId === c.id);
    return {
      id: c.id,
      name: c.name,
      state: campaignState(c, now),
      marketIds: c.marketIds,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      budget: c.budget,
      spent: Object.fromEntries(mine.map((u) => [u.currency, u.spent])),
      orders: mine.reduce((n, u) => n + u.orders, 0),
      usageLimit: c.usageLimit,
      codeModes: kinds.filter((k) => k.campaignId === c.id).map((k) => k.codeMode),
    };
  });
}
export type CampaignListItem = Awaited<ReturnType<typeof listCampaigns>>[number];

export async function getCampaign(db: Db, id: number) {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) return null;
  const items = await db
    .select()
    .from(promotions)
    .where(eq(promotions.campaignId, id))
    .orderBy(asc(promotions.priority), asc(promotions.id));
  const codeCounts = items.length
    ? await db
        .select({ promotionId: promotionCodes.promotionId, n: count() })
        .from(promotionCodes)
        .where(
          inArray(
            promotionCodes.promotionId,
            items.map((p) => p.id),
          ),
        )
        .groupBy(promotionCodes.promotionId)
    : [];
  return {
    campaign,
    promotions: items.map((p) => ({
      ...p,
      codeCount: codeCounts.find((c) => c.promotionId === p.id)?.n ?? 0,
    })),
  };
}

export type SaveResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

/**
 * Creates (id null, as a draft) or updates a campaign and its promotions in one transaction.
 * A promotion that orders already used cannot be removed (their reports point at it); a single
 * code may not be another promotion's or a bulk code.
 */
export async function saveCampaign(db: Db, id: number | null, draft: ParsedCampaign): Promise<SaveResult> {
  const taken = await takenCodes(db, draft, id);
  if (taken.size)
    return {
      ok: false,
      errors: Object.fromEntries(
        draft.promotions.flatMap((p, i) =>
          p.code && taken.has(p.code) ? [[`promotions.${i}.code`, 'codeTaken']] : [],
        ),
      ),
    };
  const saved = await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const values = {
      name: draft.name,
      marketIds: draft.marketIds,
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      budget: draft.budget,
      usageLimit: draft.usageLimit,
      perCustomerLimit: draft.perCustomerLimit,
      updatedAt: new Date(),
    };
    let campaignId = id;
    if (campaignId == null) {
      const [row] = await tx.insert(campaigns).values(values).returning({ id: campaigns.id });
      campaignId = row!.id;
    } else {
      const [row] = await tx
        .update(campaigns)
        .set(values)
        .where(eq(campaigns.id, campaignId))
        .returning({ id: campaigns.id });
      if (!row) return { ok: false as const, errors: { form: 'notFound' } };
    }
    const kept = draft.promotions.flatMap((p) => (p.id ? [p.id] : []));
    const removed = await tx
      .select({ id: promotions.id })
      .from(promotions)
      .where(
        and(eq(promotions.campaignId, campaignId), kept.length ? notInArray(promotions.id, kept) : sql`true`),
      );
    if (removed.length) {
      const [used] = await tx
        .select({ n: count() })
        .from(promotionRedemptions)
        .where(
          inArray(
            promotionRedemptions.promotionId,
            removed.map((r) => r.id),
          ),
        );
      if (used!.n > 0) return { ok: false as const, errors: { form: 'promotionUsed' } };
      await tx.delete(promotions).where(
        inArray(
          promotions.id,
          removed.map((r) => r.id),
        ),
      );
    }
    for (const p of draft.promotions) {
      const row = {
        title: p.title,
        conditions: p.conditions,
        action: p.action,
        codeMode: p.codeMode,
        code: p.codeMode === 'single' ? p.code : null,
        priority: p.priority,
        exclusive: p.exclusive,
        stacks: p.stacks,
      };
      if (p.id == null) await tx.insert(promotions).values({ ...row, campaignId });
      else {
        const [updated] = await tx
          .update(promotions)
          .set(row)
          .where(and(eq(promotions.id, p.id), eq(promotions.campaignId, campaignId)))
          .returning({ id: promotions.id });
        if (!updated) return { ok: false as const, errors: { form: 'notFound' } };
      }
    }
    return { ok: true as const, id: campaignId };
  });
  invalidateLivePromotions();
  return saved;
}

/** Single codes of the draft already used by another campaign's promotion or as a bulk code. */
async function takenCodes(db: Db, draft: ParsedCampaign, id: number | null): Promise<Set<string>> {
  const codes = draft.promotions.flatMap((p) => (p.code ? [p.code] : []));
  if (!codes.length) return new Set();
  const [single, bulk] = await Promise.all([
    db
      .select({ code: promotions.code, campaignId: promotions.campaignId })
      .from(promotions)
      .where(inArray(promotions.code, codes)),
    db.select({ code: promotionCodes.code }).from(promotionCodes).where(inArray(promotionCodes.code, codes)),
  ]);
  return new Set([
    ...single.filter((s) => s.campaignId !== id).map((s) => s.code!),
    ...bulk.map((b) => b.code),
  ]);
}

const MOVES: Record<CampaignStatus, CampaignStatus[]> = {
  draft: ['active', 'archived'],
  active: ['paused', 'archived'],
  paused: ['active', 'archived'],
  archived: [],
};

/** Activates, pauses or archives; false when the campaign is not in a state that allows it. */
export async function setCampaignStatus(db: Db, id: number, to: CampaignStatus): Promise<boolean> {
  const from = (Object.keys(MOVES) as CampaignStatus[]).filter((s) => MOVES[s].includes(to));
  if (!from.length) return false;
  const rows = await db
    .update(campaigns)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(campaigns.id, id), or(...from.map((s) => eq(campaigns.status, s)))))
    .returning({ id: campaigns.id });
  invalidateLivePromotions();
  return rows.length > 0;
}

/** Whether a promotion belongs to a campaign (routes that take both ids check they match). */
export async function promotionOfCampaign(db: Db, campaignId: number, promotionId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: promotions.id })
    .from(promotions)
    .where(and(eq(promotions.id, promotionId), eq(promotions.campaignId, campaignId)));
  return row != null;
}
