import type { Db } from '#app/db/client.server.ts';
import { campaigns, promotions } from '#app/db/schema/index.ts';
import { setPromotionSettings } from '#app/modules/shop/shop.server.ts';
import { normaliseCode } from './core/codes.ts';
import { invalidateLivePromotions } from './live-cache.server.ts';
import type { PerCurrency } from './core/per-currency.ts';
import { Action, Condition } from './core/strategies.ts';

/** Writing campaigns and their promotions; every condition and action is checked by its strategy's schema. */

export interface NewCampaign {
  name: string;
  marketIds: number[];
  startsAt: Date;
  endsAt: Date | null;
  status: 'draft' | 'active' | 'paused' | 'archived';
  budget: PerCurrency | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
}

export interface NewPromotion {
  title: Record<string, string>;
  conditions: Condition[];
  action: Action;
  /** A single code, or null for an automatic promotion. */
  code: string | null;
  priority?: number;
  exclusive?: boolean;
  stacks?: boolean;
}

export async function createCampaign(db: Db, campaign: NewCampaign, items: NewPromotion[]): Promise<number> {
  const id = await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [row] = await tx.insert(campaigns).values(campaign).returning({ id: campaigns.id });
    for (const p of items)
      await tx.insert(promotions).values({
        campaignId: row!.id,
        title: p.title,
        conditions: Condition.array().parse(p.conditions),
        action: Action.parse(p.action),
        codeMode: p.code ? 'single' : 'automatic',
        code: p.code ? normaliseCode(p.code) : null,
        priority: p.priority ?? 10,
        exclusive: p.exclusive ?? false,
        stacks: p.stacks ?? false,
      });
    return row!.id;
  });
  // After the commit: other processes reload what they hear about at once.
  invalidateLivePromotions();
  return id;
}

/** The store's promotion settings (shop row), and the cached active promotions that carry the policy dropped. */
export async function savePromotionSettings(
  db: Db,
  settings: { promotionPolicy: 'best' | 'priority'; timeZone: string },
): Promise<void> {
  await setPromotionSettings(db, settings);
  invalidateLivePromotions();
}
