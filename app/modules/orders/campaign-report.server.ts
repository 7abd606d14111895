import type { Db } from '#app/db/client.server.ts';
import type { PerCurrency } from '#app/modules/promotions/core/per-currency.ts';
import { redemptionCounts } from '#app/modules/promotions/redemptions.server.ts';
import {
  campaignDiscountsByDay,
  campaignSalesByCurrency,
  salesWithoutPromotions,
  type CurrencySales,
} from './campaign-sales.server.ts';

/**
 * A campaign's performance from the orders that carry its discounts (the orders module sums
 * them in SQL): orders, revenue and discount cost per presentment currency and in the shop's
 * currency at each order's own rate, the average order against orders without any promotion in
 * the same markets and window, redemptions, and the budget burned day by day.
 */

export interface CampaignForReport {
  id: number;
  marketIds: readonly number[];
  startsAt: Date;
  endsAt: Date | null;
  budget: PerCurrency | null;
}

/** Per presentment currency; revenueShop and discountShop at each order's own rate. */
export type ReportRow = CurrencySales;

export interface CampaignReport {
  shopCurrency: string;
  byCurrency: ReportRow[];
  total: { orders: number; revenueShop: number; discountShop: number; aovShop: number | null };
  /** Orders with no promotion at all, same markets and window: what the campaign is compared with. */
  baseline: { orders: number; revenueShop: number; aovShop: number | null };
  redemptions: { redeemed: number; reserved: number };
  /** Per day (in the shop's zone) and currency: discount given that day, cumulative, and budget left. */
  burn: { day: string; currency: string; spent: number; cumulative: number; remaining: number | null }[];
}

export async function campaignReport(
  db: Db,
  campaign: CampaignForReport,
  shop: { currency: string; timeZone: string },
  now = new Date(),
): Promise<CampaignReport> {
  const [rows, baseline, redemptions, burn] = await Promise.all([
    campaignSalesByCurrency(db, campaign.id, shop.currency),
    salesWithoutPromotions(db, {
      marketIds: campaign.marketIds,
      from: campaign.startsAt,
      to: campaign.endsAt && campaign.endsAt < now ? campaign.endsAt : now,
    }),
    redemptionCounts(db, campaign.id),
    campaignDiscountsByDay(db, campaign.id, shop.timeZone),
  ]);
  const orders = rows.reduce((n, r) => n + r.orders, 0);
  const revenueShop = rows.reduce((n, r) => n + r.revenueShop, 0);
  const cumulative = new Map<string, number>();
  return {
    shopCurrency: shop.currency,
    byCurrency: rows,
    total: {
      orders,
      revenueShop,
      discountShop: rows.reduce((n, r) => n + r.discountShop, 0),
      aovShop: orders ? Math.round(revenueShop / orders) : null,
    },
    baseline: {
      ...baseline,
      aovShop: baseline.orders ? Math.round(baseline.revenueShop / baseline.orders) : null,
    },
    redemptions,
    burn: burn.map((b) => {
      const sum = (cumulative.get(b.currency) ?? 0) + b.spent;
      cumulative.set(b.currency, sum);
      const budget = campaign.budget?.[b.currency];
      return { ...b, cumulative: sum, remaining: budget == null ? null : budget - sum };
    }),
  };
}
