import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import type { Db } from '#app/db/client.server.ts';
import { mediaFiles, mediaRenditions } from '#app/db/schema/index.ts';
import { MEDIA_WIDTHS, mediaSrc, type MediaWidth } from './core/media-file-name.ts';
import { MEDIA_MAX_BYTES, MEDIA_MAX_SIDE, type MediaErrorCode } from './core/limits.ts';
import { sniffMediaFormat, svgHasEntities } from './core/sniff.ts';

/**
 * Images staff upload (logos, article images, swatches). Every upload is decoded and re-encoded
 * as WebP at the served widths, so what is stored and served is pixels only: no EXIF, GPS or
 * comments, no SVG script, and no bytes a browser could take for something else.
 */
const WEBP_QUALITY = 82;

// Client code (upload forms) imports these from core/limits.ts; re-exported for server callers.
export { MEDIA_MAX_BYTES, MEDIA_MAX_SIDE, type MediaErrorCode };

export class MediaError extends Error {
  readonly code: MediaErrorCode;
  constructor(code: MediaErrorCode) {
    super(`media upload refused: ${code}`);
    this.name = 'MediaError';
    this.code = code;
  }
}

export interface MediaFile {
  id: number;
  /** '/media/<id>-<digest16>'; `<src>-<400|800|1200>.webp` is served. */
  src: string;
  alt: string | null;
  /** Of the largest served rendition. */
  width: number;
  height: number;
}

interface Rendition {
  width: MediaWidth;
  bytes: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
}

const decodeOptions = {
  limitInputPixels: MEDIA_MAX_SIDE * MEDIA_MAX_SIDE,
  // GIFs and animated WebPs: the first frame only.
  animated: false,
  failOn: 'error',
} as const;

/** libvips refuses images over limitInputPixels while reading the header, before decoding. */
function isPixelLimit(e: unknown): boolean {
  return e instanceof Error && /pixel limit/i.test(e.message);
}

/** Decodes, checks and renders the three renditions; throws MediaError, writes nothing. */
export async function renderMedia(bytes: Uint8Array): Promise<Rendition[]> {
  if (bytes.length > MEDIA_MAX_BYTES) throw new MediaError('too_large');
  const format = sniffMediaFormat(bytes);
  if (!format) throw new MediaError('unsupported');
  if (format === 'svg' && svgHasEntities(bytes)) throw new MediaError('unsupported');

  let meta: Metadata;
  try {
    meta = await sharp(bytes, decodeOptions).metadata();
  } catch (e) {
    throw new MediaError(isPixelLimit(e) ? 'too_large' : 'corrupt');
  }
  // The bytes must decode as what they looked like (a PNG signature on a JPEG body is not an image we trust).
  if (meta.format !== format || !meta.width || !meta.height) throw new MediaError('corrupt');
  if (meta.width > MEDIA_MAX_SIDE || meta.height > MEDIA_MAX_SIDE) throw new MediaError('too_large');
  const orientedWidth = meta.autoOrient?.width ?? meta.width;

  try {
    return await Promise.all(
      MEDIA_WIDTHS.map(async (width) => {
        // Never upscaled: a smaller image is stored at its own width under every key.
        const { data, info } = await sharp(bytes, decodeOptions)
          .autoOrient()
          .resize({ width: Math.min(width, orientedWidth), withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width, bytes: new Uint8Array(data), pixelWidth: info.width, pixelHeight: info.height };
      }),
    );
  } catch (e) {
    throw new MediaError(isPixelLimit(e) ? 'too_large' : 'corrupt');
  }
}

function toMediaFile(row: { id: number; digest: string; alt: string | null; width: number; height: number }) {
  return {
    id: row.id,
    src: mediaSrc(row.id, row.digest),
    alt: row.alt,
    width: row.width,
    height: row.height,
  };
}

const fileColumns = {
  id: mediaFiles.id,
  digest: mediaFiles.digest,
  alt: mediaFiles.alt,
  width: mediaFiles.width,
  height: mediaFiles.height,
};

/**
 * Stores an uploaded image; the same pixels uploaded again return the existing file (its alt
 * text unchanged). Throws MediaError ('unsupported' | 'too_large' | 'corrupt') on bad input.
 */
export async function storeImage(
  db: Db,
  bytes: Uint8Array,
  opts: { alt?: string | null } = {},
): Promise<MediaFile> {
  const renditions = await renderMedia(bytes);
  const largest = renditions.find((r) => r.width === 1200)!;
  const digest = createHash('sha256').update(largest.bytes).digest('hex');

  const existing = await db.select(fileColumns).from(mediaFiles).where(eq(mediaFiles.digest, digest));
  if (existing[0]) return toMediaFile(existing[0]);

  const stored = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mediaFiles)
      .values({ digest, alt: opts.alt ?? null, width: largest.pixelWidth, height: largest.pixelHeight })
      .onConflictDoNothing({ target: mediaFiles.digest })
      .returning(fileColumns);
    // Another request stored the same pixels between the lookup and the insert.
    if (!row) return null;
    await tx
      .insert(mediaRenditions)
      .values(renditions.map((r) => ({ mediaId: row.id, width: r.width, bytes: r.bytes })));
    return row;
  });
  if (stored) return toMediaFile(stored);
  const [raced] = await db.select(fileColumns).from(mediaFiles).where(eq(mediaFiles.digest, digest));
  return toMediaFile(raced!);
}

export async function loadMedia(db: Db, ids: number[]): Promise<Map<number, MediaFile>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select(fileColumns).from(mediaFiles).where(inArray(mediaFiles.id, wanted));
  return new Map(rows.map((r) => [r.id, toMediaFile(r)]));
}

/** One rendition's bytes, when the id, digest prefix and width all match a stored file. */
export async function mediaRendition(
  db: Db,
  id: number,
  digest16: string,
  width: MediaWidth,
): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ digest: mediaFiles.digest, bytes: mediaRenditions.bytes })
    .from(mediaRenditions)
    .innerJoin(mediaFiles, eq(mediaFiles.id, mediaRenditions.mediaId))
    .where(and(eq(mediaRenditions.mediaId, id), eq(mediaRenditions.width, width)));
  if (!row || !row.digest.startsWith(digest16)) return null;
  return row.bytes;
}
