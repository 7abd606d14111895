import { toCsv } from '#app/lib/csv.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { CampaignReport } from './campaign-report.server.ts';

/** The report's tables as CSV, amounts as decimals in their currency (what a spreadsheet expects). */
export type ReportTable = 'currencies' | 'burn';

export function reportCsv(report: CampaignReport, table: ReportTable): string {
  const dec = (amount: number, currencyCode: string) => toDecimalString({ amount, currencyCode });
  const shop = report.shopCurrency;
  if (table === 'currencies')
    return toCsv([
      ['currency', 'orders', 'revenue', 'discount', `revenue_${shop}`, `discount_${shop}`],
      ...report.byCurrency.map((r) => [
        r.currency,
        r.orders,
        dec(r.revenue, r.currency),
        dec(r.discount, r.currency),
        dec(r.revenueShop, shop),
        dec(r.discountShop, shop),
      ]),
    ]);
  return toCsv([
    ['day', 'currency', 'discount', 'cumulative', 'budget_remaining'],
    ...report.burn.map((b) => [
      b.day,
      b.currency,
      dec(b.spent, b.currency),
      dec(b.cumulative, b.currency),
      b.remaining == null ? '' : dec(b.remaining, b.currency),
    ]),
  ]);
}
