import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 301 redirects and the storefront's 404 log; owned by app/modules/seo. */

/** Storefront locale a redirect applies to: "de-DE", or "*" for every locale. Paths exclude the locale prefix. */
export const redirects = pgTable('redirects', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  locale: text('locale').notNull().default('*'),
  path: text('path').notNull(),
  /** A storefront path (kept under the shopper's locale prefix) or an absolute https URL. */
  target: text('target').notNull(),
  source: text('source', { enum: ['manual', 'handle-change', 'import'] }).notNull().default('manual'),
  hits: integer('hits').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('redirects_locale_path_key').on(t.locale, t.path),
  check('redirects_not_self', sql`${t.path} <> ${t.target}`),
]);

export const notFoundLog = pgTable('not_found_log', {
  locale: text('locale').notNull(),
  path: text('path').notNull(),
  hits: integer('hits').notNull().default(1),
  firstSeen: timestamp('first_seen', { withTimezone: true }).notNull().defaultNow(),
  lastSeen: timestamp('last_seen', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('not_found_log_key').on(t.locale, t.path)]);
