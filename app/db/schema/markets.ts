import { sql } from 'drizzle-orm';
import { boolean, check, integer, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Markets, their countries and FX rates; owned by app/modules/markets. */

export const markets = pgTable('markets', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  handle: text('handle').notNull(),
  name: text('name').notNull(),
  currency: text('currency').notNull(),
  /** BCP 47 language tags, e.g. {en, fr}; default_language is one of them. */
  languages: text('languages').array().notNull(),
  defaultLanguage: text('default_language').notNull(),
  taxInclusive: boolean('tax_inclusive').notNull().default(false),
  enabled: boolean('enabled').notNull().default(true),
  primary: boolean('primary').notNull().default(false),
  position: integer('position').notNull().default(0),
}, (t) => [
  uniqueIndex('markets_handle_key').on(t.handle),
  uniqueIndex('markets_one_primary').on(t.primary).where(sql`${t.primary}`),
  check('markets_default_language_in_languages', sql`${t.defaultLanguage} = any(${t.languages})`),
  check('markets_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
]);

/** A country belongs to at most one market: the primary key enforces it. */
export const marketCountries = pgTable('market_countries', {
  countryCode: text('country_code').primaryKey(),
  marketId: integer('market_id').notNull().references(() => markets.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
}, (t) => [check('market_countries_code_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`)]);

/** One rate per currency for now: 1 unit of shop currency = rate units of currency. */
export const exchangeRates = pgTable('exchange_rates', {
  currency: text('currency').primaryKey(),
  rate: numeric('rate', { precision: 20, scale: 10 }).notNull(),
  source: text('source').notNull(),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [check('exchange_rates_positive', sql`${t.rate} > 0`)]);
