// Owner: app/modules/markets
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { RoundingRule } from '../../modules/pricing/core/rounding.ts';

/** Markets, their countries and FX rates. */

export const markets = pgTable(
  'markets',
  {
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
    /** Pricing rules (issue 3): standing adjustment, rounding, margin floor, compare-at handling. */
    adjustmentPercent: numeric('adjustment_percent', { precision: 7, scale: 3 }).notNull().default('0'),
    rounding: jsonb('rounding').$type<RoundingRule>().notNull().default({ kind: 'none' }),
    marginFloorPercent: numeric('margin_floor_percent', { precision: 6, scale: 3 }),
    compareAtMode: text('compare_at_mode', { enum: ['adjust', 'drop'] })
      .notNull()
      .default('adjust'),
    /** Import duties: DDP collects them at checkout; DAP tells the shopper they may be due on delivery. */
    incoterm: text('incoterm', { enum: ['DDP', 'DAP'] })
      .notNull()
      .default('DAP'),
    /** Return policy shown to shoppers and search engines (schema.org MerchantReturnPolicy); 0 days = no returns. */
    returnWindowDays: integer('return_window_days').notNull().default(30),
    returnShippingFee: text('return_shipping_fee', { enum: ['free', 'customer'] })
      .notNull()
      .default('free'),
  },
  (t) => [
    uniqueIndex('markets_handle_key').on(t.handle),
    uniqueIndex('markets_one_primary')
      .on(t.primary)
      .where(sql`${t.primary}`),
    check('markets_default_language_in_languages', sql`${t.defaultLanguage} = any(${t.languages})`),
    check('markets_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('markets_incoterm', sql`${t.incoterm} in ('DDP','DAP')`),
    check('markets_return_window', sql`${t.returnWindowDays} between 0 and 365`),
  ],
);

/** A country belongs to at most one market: the primary key enforces it. */
export const marketCountries = pgTable(
  'market_countries',
  {
    countryCode: text('country_code').primaryKey(),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [check('market_countries_code_format', sql`${t.countryCode} ~ '^[A-Z]{2}$'`)],
);

/** FX rate history: every import or manual entry is a snapshot; the newest per currency is current. */
export const exchangeRateSnapshots = pgTable(
  'exchange_rate_snapshots',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    currency: text('currency').notNull(),
    rate: numeric('rate', { precision: 20, scale: 10 }).notNull(),
    source: text('source').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('exchange_rate_snapshots_currency_idx').on(t.currency, t.fetchedAt),
    check('exchange_rate_snapshots_positive', sql`${t.rate} > 0`),
  ],
);

/** Standard VAT/GST rate per destination country, with its source and effective date. */
export const taxRates = pgTable(
  'tax_rates',
  {
    countryCode: text('country_code').primaryKey(),
    ratePercent: numeric('rate_percent', { precision: 6, scale: 3 }).notNull(),
    source: text('source').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('tax_rates_range', sql`${t.ratePercent} >= 0 and ${t.ratePercent} < 100`)],
);
