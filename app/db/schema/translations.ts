// Owner: app/modules/translations
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * One table for every translated field of every resource (DESIGN.md).
 * source_digest is the digest of the source text that was translated, so
 * translations can be flagged as outdated when the source changes.
 */
export const translations = pgTable(
  'translations',
  {
    resourceGid: text('resource_gid').notNull(),
    field: text('field').notNull(),
    locale: text('locale').notNull(),
    value: text('value').notNull(),
    sourceDigest: text('source_digest').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.resourceGid, t.field, t.locale] }),
    index('translations_locale_field_idx').on(t.locale, t.field),
    // Storefront URLs look resources up by localized handle.
    index('translations_handle_idx')
      .on(t.value)
      .where(sql`${t.field} = 'handle'`),
    // A translated handle names one resource per type and language; concurrent saves cannot both win.
    uniqueIndex('translations_handle_unique')
      .on(t.locale, sql`split_part(${t.resourceGid}, '/', 4)`, t.value)
      .where(sql`${t.field} = 'handle'`),
  ],
);
