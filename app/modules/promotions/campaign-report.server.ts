import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';
import type { PerCurrency } from './core/per-currency.ts';
import { RESERVATION_MINUTES } from './redemptions.server.ts';

/**
 * A campaign's performance, summed in SQL over the orders that carry its discounts
 * (`orders.discounts`, written in the order transaction): orders, revenue and discount cost per
 * presentment currency and in the shop's currency at each order's own rate, the average order
 * against orders without any promotion in the same markets and window, and the budget burned
 * day by day. Voided and refunded orders do not count.
 */

export interface CampaignForReport {
  id: number;
  marketIds: readonly number[];
  startsAt: Date;
  endsAt: Date | null;
  budget: PerCurrency | null;
}

export interface ReportRow {
  currency: string;
  orders: number;
  revenue: number;
  discount: number;
  /** The same in the shop's currency, each order at its own rate. */
  revenueShop: number;
  discountShop: number;
}

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

const COUNTED = sql`o.financial_status not in ('voided', 'refunded')`;

export async function campaignReport(
  db: Db,
  campaign: CampaignForReport,
  shop: { currency: string; timeZone: string },
  now = new Date(),
): Promise<CampaignReport> {
  const promoOrders = sql`
    select o.id, o.currency, o.total, o.total_shop, o.exchange_rate, o.created_at,
      sum((d->>'amount')::bigint) as discount
    from orders o cross join lateral jsonb_array_elements(o.discounts) d
    where (d->>'campaignId')::int = ${campaign.id} and ${COUNTED}
    group by o.id`;
  const currencies = await queryRows<{ currency: string }>(
    db,
    sql`select distinct currency from orders o where ${COUNTED} and o.discounts @> ${JSON.stringify([{ campaignId: campaign.id }])}::jsonb`,
  );
  const exponents = JSON.stringify(
    Object.fromEntries(currencies.map((c) => [c.currency, currencyExponent(c.currency)])),
  );
  const shopExp = currencyExponent(shop.currency);
  const [byCurrency, baseline, redemptions, burn] = await Promise.all([
    queryRows<Record<keyof ReportRow, string | number>>(
      db,
      sql`select p.currency, count(*)::int as orders, sum(p.total)::bigint as revenue,
          sum(p.discount)::bigint as discount, sum(p.total_shop)::bigint as "revenueShop",
          -- presentment = shop × rate, so shop = presentment ÷ rate, shifted between the two exponents
          sum(round(p.discount / p.exchange_rate * power(10::numeric, ${shopExp} - (${exponents}::jsonb ->> p.currency)::int)))::bigint as "discountShop"
        from (${promoOrders}) p group by p.currency order by p.currency`,
    ),
    queryRows<{ orders: number; revenue: string | number | null }>(
      db,
      sql`select count(*)::int as orders, sum(o.total_shop)::bigint as revenue from orders o
        where ${COUNTED} and o.discounts = '[]'::jsonb
          and o.created_at >= ${campaign.startsAt.toISOString()}::timestamptz
          and o.created_at < ${(campaign.endsAt && campaign.endsAt < now ? campaign.endsAt : now).toISOString()}::timestamptz
          ${
            campaign.marketIds.length
              ? sql`and o.market_id in (${sql.join(
                  campaign.marketIds.map((id) => sql`${id}`),
                  sql`, `,
                )})`
              : sql``
          }`,
    ),
    queryRows<{ status: string; n: number }>(
      db,
      sql`select status, count(*)::int as n from promotion_redemptions
        where campaign_id = ${campaign.id} and (status = 'redeemed' or (status = 'reserved' and updated_at > now() - make_interval(mins => ${RESERVATION_MINUTES})))
        group by status`,
    ),
    queryRows<{ day: string; currency: string; spent: string | number }>(
      db,
      sql`select to_char(p.created_at at time zone ${shop.timeZone}, 'YYYY-MM-DD') as day, p.currency,
          sum(p.discount)::bigint as spent
        from (${promoOrders}) p group by 1, 2 order by 1, 2`,
    ),
  ]);
  const rows = byCurrency.map((r) => ({
    currency: String(r.currency),
    orders: Number(r.orders),
    revenue: Number(r.revenue),
    discount: Number(r.discount),
    revenueShop: Number(r.revenueShop),
    discountShop: Number(r.discountShop),
  }));
  const orders = rows.reduce((n, r) => n + r.orders, 0);
  const revenueShop = rows.reduce((n, r) => n + r.revenueShop, 0);
  const baseOrders = baseline[0]?.orders ?? 0;
  const baseRevenue = Number(baseline[0]?.revenue ?? 0);
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
      orders: baseOrders,
      revenueShop: baseRevenue,
      aovShop: baseOrders ? Math.round(baseRevenue / baseOrders) : null,
    },
    redemptions: {
      redeemed: redemptions.find((r) => r.status === 'redeemed')?.n ?? 0,
      reserved: redemptions.find((r) => r.status === 'reserved')?.n ?? 0,
    },
    burn: burn.map((b) => {
      const spent = Number(b.spent);
      const sum = (cumulative.get(b.currency) ?? 0) + spent;
      cumulative.set(b.currency, sum);
      const budget = campaign.budget?.[b.currency];
      return {
        day: b.day,
        currency: b.currency,
        spent,
        cumulative: sum,
        remaining: budget == null ? null : budget - sum,
      };
    }),
  };
}
