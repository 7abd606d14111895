import { sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { currencyExponent } from '#app/modules/money/core/currencies.ts';

/**
 * Sales figures for a promotion campaign's report, summed in SQL over the orders that carry its
 * discounts (`orders.discounts`, written in the order transaction). Voided and refunded orders
 * do not count. Amounts are minor units; "shop" amounts are in the shop's currency at each
 * order's own rate.
 */

const COUNTED = sql`o.financial_status not in ('voided', 'refunded')`;

/** One row per order with the campaign's discount on it. */
const campaignOrders = (campaignId: number) => sql`
  select o.id, o.currency, o.total, o.total_shop, o.exchange_rate, o.created_at,
    sum((d->>'amount')::bigint) as discount
  from orders o cross join lateral jsonb_array_elements(o.discounts) d
  where (d->>'campaignId')::int = ${campaignId} and ${COUNTED}
  group by o.id`;

export interface CurrencySales {
  currency: string;
  orders: number;
  revenue: number;
  discount: number;
  revenueShop: number;
  discountShop: number;
}

export async function campaignSalesByCurrency(
  db: Db,
  campaignId: number,
  shopCurrency: string,
): Promise<CurrencySales[]> {
  const currencies = await queryRows<{ currency: string }>(
    db,
    sql`select distinct currency from orders o where ${COUNTED} and o.discounts @> ${JSON.stringify([{ campaignId }])}::jsonb`,
  );
  const exponents = JSON.stringify(
    Object.fromEntries(currencies.map((c) => [c.currency, currencyExponent(c.currency)])),
  );
  const rows = await queryRows<Record<keyof CurrencySales, string | number>>(
    db,
    sql`select p.currency, count(*)::int as orders, sum(p.total)::bigint as revenue,
        sum(p.discount)::bigint as discount, sum(p.total_shop)::bigint as "revenueShop",
        -- presentment = shop × rate, so shop = presentment ÷ rate, shifted between the two exponents
        sum(round(p.discount / p.exchange_rate * power(10::numeric, ${currencyExponent(shopCurrency)} - (${exponents}::jsonb ->> p.currency)::int)))::bigint as "discountShop"
      from (${campaignOrders(campaignId)}) p group by p.currency order by p.currency`,
  );
  return rows.map((r) => ({
    currency: String(r.currency),
    orders: Number(r.orders),
    revenue: Number(r.revenue),
    discount: Number(r.discount),
    revenueShop: Number(r.revenueShop),
    discountShop: Number(r.discountShop),
  }));
}

/** Orders without any promotion in some markets (all when empty) and a window: the comparison. */
export async function salesWithoutPromotions(
  db: Db,
  scope: { marketIds: readonly number[]; from: Date; to: Date },
): Promise<{ orders: number; revenueShop: number }> {
  const [row] = await queryRows<{ orders: number; revenue: string | number | null }>(
    db,
    sql`select count(*)::int as orders, sum(o.total_shop)::bigint as revenue from orders o
      where ${COUNTED} and o.discounts = '[]'::jsonb
        and o.created_at >= ${scope.from.toISOString()}::timestamptz
        and o.created_at < ${scope.to.toISOString()}::timestamptz
        ${
          scope.marketIds.length
            ? sql`and o.market_id in (${sql.join(
                scope.marketIds.map((id) => sql`${id}`),
                sql`, `,
              )})`
            : sql``
        }`,
  );
  return { orders: row?.orders ?? 0, revenueShop: Number(row?.revenue ?? 0) };
}

/** The campaign's discount given per day (on the shop's calendar) and currency. */
export async function campaignDiscountsByDay(
  db: Db,
  campaignId: number,
  timeZone: string,
): Promise<{ day: string; currency: string; spent: number }[]> {
  const rows = await queryRows<{ day: string; currency: string; spent: string | number }>(
    db,
    sql`select to_char(p.created_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, p.currency,
        sum(p.discount)::bigint as spent
      from (${campaignOrders(campaignId)}) p group by 1, 2 order by 1, 2`,
  );
  return rows.map((r) => ({ day: r.day, currency: r.currency, spent: Number(r.spent) }));
}
