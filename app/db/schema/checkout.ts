// Owner: app/modules/checkout
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
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { PostalAddress } from '../../modules/checkout/core/address-format.ts';
import type { ImportRuleTerms } from '../../modules/checkout/core/import-rules.ts';
import { carts } from './cart.ts';
import { markets } from './markets.ts';

/** Checkout sessions, shipping zones and rates, and landed-cost data. */

export type { PostalAddress };

export const checkouts = pgTable('checkouts', {
  cartId: text('cart_id')
    .primaryKey()
    .references(() => carts.id, { onDelete: 'cascade' }),
  email: text('email'),
  shippingAddress: jsonb('shipping_address').$type<PostalAddress>(),
  shippingRateId: integer('shipping_rate_id'),
  /** The provider's reference to the chosen payment method (test: pm_test_…, Stripe: pm_…); never card data. */
  paymentMethod: text('payment_method'),
  /** Shown to the shopper: card brand and last four digits. */
  paymentLabel: text('payment_label'),
  /** The payment for the quote below; a new quote gets a new payment (and idempotency key). */
  paymentId: text('payment_id'),
  /** What the shopper agreed to pay, frozen when the payment was created; the order is made from it. */
  quote: jsonb('quote').$type<Record<string, unknown>>(),
  /**
   * Store credit: spending it proves the email is the shopper's, with a one-time code sent to it
   * (hashed here, minutes to live; wrong guesses are rate-limited). `creditEmail` is the address
   * the code proved.
   */
  creditCodeHash: text('credit_code_hash'),
  creditCodeExpiresAt: timestamp('credit_code_expires_at', { withTimezone: true }),
  creditEmail: text('credit_email'),
  /** The shopper chose to pay with their credit (as much of the total as it covers). */
  useCredit: boolean('use_credit').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const shippingZones = pgTable(
  'shipping_zones',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Countries of the market this zone serves; empty means all of them. */
    countries: text('countries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [index('shipping_zones_market_idx').on(t.marketId)],
);

export const shippingRates = pgTable(
  'shipping_rates',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    zoneId: integer('zone_id')
      .notNull()
      .references(() => shippingZones.id, { onDelete: 'cascade' }),
    /** Service level; its name is a UI string (shipping.services.<service>) in every language. */
    service: text('service', { enum: ['economy', 'standard', 'express'] }).notNull(),
    /** flat: one price; weight: the price for orders within [minGrams, maxGrams). */
    kind: text('kind', { enum: ['flat', 'weight'] }).notNull(),
    /** Minor units of the market currency. */
    amount: integer('amount').notNull(),
    minGrams: integer('min_grams'),
    maxGrams: integer('max_grams'),
    /** Free when the merchandise subtotal (as shown) reaches this, in the market currency. */
    freeOverAmount: integer('free_over_amount'),
    minDays: integer('min_days').notNull(),
    maxDays: integer('max_days').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('shipping_rates_zone_idx').on(t.zoneId, t.position),
    check(
      'shipping_rates_amounts',
      sql`${t.amount} >= 0 and (${t.freeOverAmount} is null or ${t.freeOverAmount} >= 0)`,
    ),
    check('shipping_rates_days', sql`${t.minDays} >= 0 and ${t.maxDays} >= ${t.minDays}`),
    check(
      'shipping_rates_weights',
      sql`${t.minGrams} is null or ${t.maxGrams} is null or ${t.maxGrams} > ${t.minGrams}`,
    ),
  ],
);

/** Customs duty rate per destination and HS chapter (first two digits of the HS code). */
export const dutyRates = pgTable(
  'duty_rates',
  {
    destination: text('destination').notNull(),
    hsChapter: text('hs_chapter').notNull(),
    ratePercent: numeric('rate_percent', { precision: 6, scale: 3 }).notNull(),
    source: text('source').notNull(),
    effectiveFrom: date('effective_from').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.destination, t.hsChapter] }),
    check('duty_rates_range', sql`${t.ratePercent} >= 0 and ${t.ratePercent} < 100`),
    check('duty_rates_chapter', sql`${t.hsChapter} ~ '^[0-9]{2}$'`),
  ],
);

/**
 * Import rules, versioned (core/import-rules.ts): a destination's low-value thresholds, who
 * collects the tax, and the duty regime, from a date, with the source it comes from. Versions
 * from Meridian's rule library carry a `library_key` and arrive approved; a merchandiser's
 * version waits for an owner's approval before it prices an order.
 */
export const importRules = pgTable(
  'import_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    destination: text('destination').notNull(),
    /** Ship-from countries the version is for (Canada's CUSMA thresholds); null: any. */
    origins: text('origins').array(),
    effectiveFrom: date('effective_from').notNull(),
    currency: text('currency').notNull(),
    terms: jsonb('terms').$type<ImportRuleTerms>().notNull(),
    sourceUrl: text('source_url').notNull(),
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    libraryKey: text('library_key').unique(),
    proposedBy: integer('proposed_by'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('import_rules_destination').on(t.destination, t.effectiveFrom),
    check('import_rules_destination_code', sql`${t.destination} ~ '^[A-Z]{2}(-[A-Z0-9]{2})?$'`),
  ],
);
