import { toCsv } from '#app/lib/csv.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { ReturnAnalytics } from './core/return-analytics.ts';

/** Each analytics table as CSV (rates as fractions to four places, money as decimals of the shop currency). */
export const ANALYTICS_TABLES = [
  'product',
  'variant',
  'vendor',
  'collection',
  'market',
  'reasons',
  'watch',
] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];

export function analyticsCsv(a: ReturnAnalytics, table: AnalyticsTable, shopCurrency: string): string {
  const r4 = (n: number) => n.toFixed(4);
  const shop = (n: number) => toDecimalString({ amount: n, currencyCode: shopCurrency });
  if (table === 'reasons')
    return toCsv([
      ['reason', 'units', 'example_notes'],
      ...a.reasons.map((r) => [r.reason, r.units, r.examples.join(' | ')]),
    ]);
  if (table === 'watch')
    return toCsv([
      ['variant', 'sold', 'returned', 'return_rate', 'collection', 'collection_rate'],
      ...a.watch.map((w) => [w.label, w.sold, w.returned, r4(w.rate), w.collection, r4(w.collectionRate)]),
    ]);
  if (table === 'market')
    return toCsv([
      ['market', 'sold', 'returned', 'return_rate', `refunded_${shopCurrency}`],
      ...a.byMarket.map((m) => [m.label, m.sold, m.returned, r4(m.rate), shop(m.refundShop)]),
    ]);
  const rows = { product: a.byProduct, variant: a.byVariant, vendor: a.byVendor, collection: a.byCollection }[
    table
  ];
  return toCsv([
    [table, 'sold', 'returned', 'return_rate'],
    ...rows.map((r) => [r.label, r.sold, r.returned, r4(r.rate)]),
  ]);
}
