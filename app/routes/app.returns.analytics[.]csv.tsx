import { requireStaff } from '#app/admin/guard.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { analyticsPeriod } from '#app/modules/returns/core/analytics-period.ts';
import {
  ANALYTICS_TABLES,
  analyticsCsv,
  type AnalyticsTable,
} from '#app/modules/returns/return-analytics-csv.ts';
import { loadReturnAnalytics } from '#app/modules/returns/return-analytics.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.returns.analytics[.]csv';

export const handle = { area: 'returns' satisfies AdminArea };

/** One analytics table as CSV: `?table=product|variant|vendor|collection|market|reasons|watch&from=&to=`. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, 'returns');
  const url = new URL(request.url);
  const period = analyticsPeriod(url.searchParams, new Date());
  const asked = url.searchParams.get('table') ?? '';
  const table: AnalyticsTable = (ANALYTICS_TABLES as readonly string[]).includes(asked)
    ? (asked as AnalyticsTable)
    : 'product';
  const analytics = await loadReturnAnalytics(getDb(), period.from, period.to);
  return new Response(analyticsCsv(analytics, table, analytics.shopCurrency), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="returns-${table}-${period.fromDay}-${period.toDay}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
