import { data } from 'react-router';
import { requireStaff } from '#app/admin/guard.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { textStream } from '#app/lib/stream.server.ts';
import { bulkCodesCsv } from '#app/modules/promotions/bulk-codes.server.ts';
import { promotionOfCampaign } from '#app/modules/promotions/campaign-admin.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.promotions.$id_.codes[.]csv';

export const handle = { area: 'promotions' satisfies AdminArea };

/** A promotion's bulk codes, streamed page by page (100,000 codes never sit in memory at once). */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request, 'promotions', 'read');
  const id = parseRowId(params.id);
  const promotionId = parseRowId(new URL(request.url).searchParams.get('promotion'));
  const db = getDb();
  if (id == null || promotionId == null || !(await promotionOfCampaign(db, id, promotionId)))
    throw data({ error: 'not-found' }, { status: 404 });
  return new Response(textStream(bulkCodesCsv(db, promotionId)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="campaign-${id}-codes-${promotionId}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
