import { data } from 'react-router';
import { requireStaff } from '#app/admin/guard.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { loadCampaignReport } from '#app/modules/orders/campaign-report-data.server.ts';
import { reportCsv } from '#app/modules/orders/campaign-report-csv.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.promotions.$id_.report[.]csv';

export const handle = { area: 'promotions' satisfies AdminArea };

/** Each report chart's data as CSV: `?table=currencies` (by currency) or `?table=burn` (budget by day). */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request, 'promotions', 'read');
  const id = parseRowId(params.id);
  const loaded = id == null ? null : await loadCampaignReport(getDb(), id);
  if (!loaded) throw data({ error: 'not-found' }, { status: 404 });
  const table = new URL(request.url).searchParams.get('table') === 'burn' ? 'burn' : 'currencies';
  return new Response(reportCsv(loaded.report, table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="campaign-${id}-${table}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
