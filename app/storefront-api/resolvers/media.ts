import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { loadMedia, type MediaFile } from '#app/modules/media/media.server.ts';
import { ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { tr } from './shared.ts';

/**
 * An uploaded image as the `Image` resolvers in product.ts read it: `mediaId` marks it as a
 * MediaImage's (its id and alt translations are the MediaImage's, not a product image's).
 */
export interface MediaImageSource {
  id: number;
  mediaId: number;
  src: string;
  altText: string | null;
  width: number;
  height: number;
}

/** A media file's alt text in the operation's language (translations keyed by its MediaImage gid). */
export async function mediaAlt(
  ctx: StorefrontContext,
  info: GraphQLResolveInfo,
  file: { id: number; alt: string | null },
): Promise<string | null> {
  if (file.alt == null) return null;
  const gid = toGid('MediaImage', file.id);
  const { language } = await inContext(ctx, info);
  await ensureTranslations(ctx, [gid], language);
  return tr(ctx, gid, 'alt', file.alt);
}

/**
 * A `MediaImage` for any field that serves an uploaded image (brand logos, swatches, article
 * images). `alt` is resolved lazily (graphql-js calls a function-valued property), so callers need
 * not load translations first.
 */
export function mediaImageRef(ctx: StorefrontContext, file: MediaFile) {
  const image: MediaImageSource = {
    id: file.id,
    mediaId: file.id,
    src: file.src,
    altText: file.alt,
    width: file.width,
    height: file.height,
  };
  return {
    __typename: 'MediaImage' as const,
    id: toGid('MediaImage', file.id),
    alt: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => mediaAlt(ctx, info, file),
    mediaContentType: 'IMAGE' as const,
    image,
    previewImage: image,
  };
}

/** Media files loaded in one operation, by id (a promise, so concurrent fields share one query). */
const loadedMedia = new WeakMap<StorefrontContext, Map<number, Promise<MediaFile | null>>>();

/**
 * One media file for a field, loading it together with `alsoWanted` (the other ids the operation
 * is likely to ask for, e.g. every swatch of the loaded products): a list of swatches is one query.
 */
export function mediaFile(
  ctx: StorefrontContext,
  id: number,
  alsoWanted: number[] = [],
): Promise<MediaFile | null> {
  let cache = loadedMedia.get(ctx);
  if (!cache) loadedMedia.set(ctx, (cache = new Map()));
  const known = cache.get(id);
  if (known) return known;
  const ids = [...new Set([id, ...alsoWanted])].filter((i) => !cache.has(i));
  const loading = loadMedia(ctx.db, ids);
  for (const i of ids)
    cache.set(
      i,
      loading.then((m) => m.get(i) ?? null),
    );
  return cache.get(id)!;
}
