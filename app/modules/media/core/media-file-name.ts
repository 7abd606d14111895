/**
 * Served names of uploaded media: `/media/<id>-<digest16>-<width>.webp`. The digest prefix makes
 * a new upload a new URL, so every file can be cached forever; a name whose digest does not match
 * the row is unknown, not an older version.
 */
export const MEDIA_WIDTHS = [400, 800, 1200] as const;
export type MediaWidth = (typeof MEDIA_WIDTHS)[number];

const FILE_RE = /^([1-9]\d{0,9})-([0-9a-f]{16})-(400|800|1200)\.webp$/;

/** The src of a media file (without width and extension), as product images' src is. */
export function mediaSrc(id: number, digest: string): string {
  return `/media/${id}-${digest.slice(0, 16)}`;
}

/** Parses a served file name; null for anything that is not exactly one we would emit. */
export function parseMediaFileName(name: string): { id: number; digest16: string; width: MediaWidth } | null {
  const m = FILE_RE.exec(name);
  if (!m) return null;
  const id = Number(m[1]);
  if (id > 2147483647) return null;
  return { id, digest16: m[2]!, width: Number(m[3]) as MediaWidth };
}
