import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { redirectsCsv } from '#app/modules/seo/redirects.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.seo.redirects.export[.]csv';

export const handle = { area: 'seo' satisfies AdminArea };

/** Every redirect as CSV (locale,path,target), in the format the import reads. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, 'seo');
  return new Response(await redirectsCsv(getDb()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="meridian-redirects.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
