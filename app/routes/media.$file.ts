import { getDb } from '#app/db/client.server.ts';
import { parseMediaFileName } from '#app/modules/media/core/media-file-name.ts';
import { mediaRendition } from '#app/modules/media/media.server.ts';
import type { Route } from './+types/media.$file';

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });

/**
 * Uploaded media, /media/<id>-<digest16>-<width>.webp. The name carries the digest, so a file
 * never changes under its URL and is cached as immutable; anything else is a 404.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const file = parseMediaFileName(params.file);
  if (!file) return notFound();
  const bytes = await mediaRendition(getDb(), file.id, file.digest16, file.width);
  if (!bytes) return notFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
