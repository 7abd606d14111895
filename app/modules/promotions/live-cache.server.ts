import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { campaigns, promotions } from '#app/db/schema/index.ts';
import { emit, on } from '#app/lib/events.server.ts';
import { promotionPolicy } from '#app/modules/shop/shop.server.ts';
import { Action, Condition } from './core/strategies.ts';

/**
 * The active campaigns' promotions, read and parsed once and kept a few seconds per database
 * (as the market config is): every cart evaluation needs them, and they change only when a
 * merchant saves. Writes here drop the copy at once, in this process and (through the event
 * bus, ADR 0027) in the others. What campaigns have spent is never cached: it is read per evaluation, and the budget
 * is checked again under a row lock when a checkout reserves it.
 */
const TTL_MS = 5_000;

/** Campaigns ended more than this long ago are not loaded (an old code is then "unknown"). */
export const ENDED_GRACE_MS = 90 * 24 * 3600 * 1000;

type PromotionRow = typeof promotions.$inferSelect;
export interface ActivePromotion {
  promotion: Omit<PromotionRow, 'conditions' | 'action'> & { conditions: Condition[]; action: Action };
  campaign: typeof campaigns.$inferSelect;
}
export interface ActiveSet {
  promotions: ActivePromotion[];
  policy: 'best' | 'priority';
}

let cache: { db: Db; at: number; value: Promise<ActiveSet> } | null = null;

/**
 * Drops the copy everywhere. Automatic promotions change the prices pages and the Storefront API
 * show (sale prices, badges), so a promotion change is announced as a price change.
 */
export function invalidateLivePromotions(): void {
  cache = null;
  emit('prices-changed', { variantIds: null });
}

let subscribed = false;

export function activePromotions(db: Db, now = Date.now()): Promise<ActiveSet> {
  if (!subscribed) {
    subscribed = true;
    on('prices-changed', () => {
      cache = null;
    });
  }
  if (cache && cache.db === db && now - cache.at < TTL_MS) return cache.value;
  const value = load(db, now);
  cache = { db, at: now, value };
  value.catch(() => {
    if (cache?.value === value) cache = null;
  });
  return value;
}

async function load(db: Db, now: number): Promise<ActiveSet> {
  const [rows, policy] = await Promise.all([
    db
      .select({ promotion: promotions, campaign: campaigns })
      .from(promotions)
      .innerJoin(campaigns, eq(campaigns.id, promotions.campaignId))
      .where(
        and(
          eq(campaigns.status, 'active'),
          // Loaded a grace period past their end, so an expired code says "ended", not "unknown".
          or(isNull(campaigns.endsAt), gt(campaigns.endsAt, new Date(now - ENDED_GRACE_MS))),
        ),
      ),
    promotionPolicy(db),
  ]);
  return {
    promotions: rows.map(({ promotion, campaign }) => ({
      promotion: {
        ...promotion,
        conditions: Condition.array().parse(promotion.conditions),
        action: Action.parse(promotion.action),
      },
      campaign,
    })),
    policy,
  };
}
