import { data } from 'react-router';
import { requireStaff } from '#app/admin/guard.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { returnPhoto } from '#app/modules/returns/return-queue.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.returns.$id_.photos.$photoId';

export const handle = { area: 'returns' satisfies AdminArea };

/**
 * A shopper's photo of a returned item, for support staff only. The bytes were checked and
 * stripped of metadata on upload; they are served as the type they were sniffed as, never
 * sniffed again by the browser, and with no way to run anything.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request, 'returns');
  const returnId = parseRowId(params.id);
  const photoId = parseRowId(params.photoId);
  const photo = returnId && photoId ? await returnPhoto(getDb(), returnId, photoId) : null;
  if (!photo) throw data(null, { status: 404 });
  return new Response(photo.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': photo.contentType,
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    },
  });
}
