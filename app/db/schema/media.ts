// Owner: app/modules/media
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Images staff upload (brand logos, article images, swatches). They live in the database so every
 * app process serves them, re-encoded without metadata; `src` follows the product-image convention
 * (`<src>-<width>.webp`), so one image-URL helper serves both.
 */
export const mediaFiles = pgTable(
  'media_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** SHA-256 of the re-encoded original: part of the URL, so a new upload is a new URL (immutable caching). */
    digest: text('digest').notNull(),
    /** Alt text in the shop's default language; translations are keyed by the MediaImage gid. */
    alt: text('alt'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('media_files_digest_key').on(t.digest),
    check('media_files_size', sql`${t.width} > 0 and ${t.height} > 0`),
  ],
);

/** One WebP per served width (400, 800, 1200 px, never upscaled). */
export const mediaRenditions = pgTable(
  'media_renditions',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => mediaFiles.id, { onDelete: 'cascade' }),
    width: integer('width').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.width] })],
);
