// Owner: app/modules/pricing
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { variants } from './catalog.ts';
import { markets } from './markets.ts';

/** Pricing tables. Amounts are minor units of the market currency. */

/** Time-boxed market adjustments, e.g. DE +5% from a date; they add to the market's standing adjustment. */
export const priceAdjustments = pgTable(
  'price_adjustments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    percent: numeric('percent', { precision: 7, scale: 3 }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
  },
  (t) => [
    index('price_adjustments_market_idx').on(t.marketId, t.startsAt),
    check('price_adjustments_order', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A market's price list: fixed prices per variant, as shown to shoppers. */
export const priceListEntries = pgTable(
  'price_list_entries',
  {
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    price: integer('price').notNull(),
    compareAt: integer('compare_at'),
  },
  (t) => [
    primaryKey({ columns: [t.marketId, t.variantId] }),
    check(
      'price_list_entries_nonnegative',
      sql`${t.price} >= 0 and (${t.compareAt} is null or ${t.compareAt} >= 0)`,
    ),
  ],
);

/**
 * Precomputed prices per (variant, market country) and validity period, so a storefront
 * read is one indexed lookup and scheduled changes apply at their boundary without a
 * restart. Per country, because countries of one tax-inclusive market differ in VAT.
 */
export const variantPrices = pgTable(
  'variant_prices',
  {
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
    currency: text('currency').notNull(),
    price: integer('price').notNull(),
    compareAt: integer('compare_at'),
    rateSnapshotId: integer('rate_snapshot_id'),
    floorClamped: boolean('floor_clamped').notNull().default(false),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The primary key serves every read (variant, country, period); no other index to maintain on bulk writes.
    // A full recompute recreates this table (price-store.server.ts): keep its DDL there in step.
    primaryKey({ columns: [t.variantId, t.countryCode, t.validFrom] }),
  ],
);

/**
 * Bumped by every scoped price write, so a full recompute (which builds a new table
 * generation and swaps it in) can tell that a change landed while it was building.
 */
export const priceWrites = pgSequence('price_writes');

/**
 * Every price a variant was shown at in EU countries (Omnibus: lowest price of the previous
 * 30 days), including planned periods from scheduled adjustments at their start.
 */
export const priceHistory = pgTable(
  'price_history',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
    price: integer('price').notNull(),
    effectiveAt: timestamp('effective_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('price_history_lookup_idx').on(t.variantId, t.countryCode, t.effectiveAt)],
);
