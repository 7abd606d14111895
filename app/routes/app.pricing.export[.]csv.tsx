import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { exportPriceList } from '#app/modules/pricing/price-list.server.ts';
import type { Route } from './+types/app.pricing.export[.]csv';

export const handle = { area: 'pricing' satisfies AdminArea };

/** The fixed-price list as CSV, in the format the import reads. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, 'pricing');
  return new Response(await exportPriceList(getDb()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="meridian-price-list.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
