// Owner: app/modules/promotions
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { PerCurrency } from '../../modules/promotions/core/per-currency.ts';
import type { Action, Condition } from '../../modules/promotions/core/strategies.ts';

/**
 * Promotion campaigns (ADR 0019): a campaign has markets, a window, a budget per currency and use
 * limits; it holds promotions whose conditions and action are stored as `{ code, args }` data.
 * Redemptions record every discount an order took (reserved when its payment is created, redeemed
 * with the order, released when the payment fails or the order is cancelled or refunded): budgets
 * and limits are sums over them.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** Markets it runs in; empty: every market. */
    marketIds: integer('market_ids')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    status: text('status', { enum: ['draft', 'active', 'paused', 'archived'] })
      .notNull()
      .default('draft'),
    /** Spend budget per currency, minor units; null: no budget. */
    budget: jsonb('budget').$type<PerCurrency>(),
    usageLimit: integer('usage_limit'),
    perCustomerLimit: integer('per_customer_limit'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('campaigns_window', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
    check(
      'campaigns_limits',
      sql`coalesce(${t.usageLimit}, 0) >= 0 and coalesce(${t.perCustomerLimit}, 0) >= 0`,
    ),
  ],
);

export const promotions = pgTable(
  'promotions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    /** The automatic promotion's title per language ({ en: 'Winter sale' }); codes show the code. */
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    conditions: jsonb('conditions').$type<Condition[]>().notNull(),
    action: jsonb('action').$type<Action>().notNull(),
    /** Automatic, one code (below), or many unique codes (promotion_codes). */
    codeMode: text('code_mode', { enum: ['automatic', 'single', 'bulk'] }).notNull(),
    /** The normalised single code. */
    code: text('code'),
    priority: integer('priority').notNull().default(10),
    exclusive: boolean('exclusive').notNull().default(false),
    stacks: boolean('stacks').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('promotions_code_key').on(t.code),
    index('promotions_campaign').on(t.campaignId),
    check('promotions_code_mode', sql`(${t.codeMode} = 'single') = (${t.code} is not null)`),
  ],
);

/** Bulk unique codes, each usable once. */
export const promotionCodes = pgTable(
  'promotion_codes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    promotionId: integer('promotion_id')
      .notNull()
      .references(() => promotions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
  },
  (t) => [
    uniqueIndex('promotion_codes_code_key').on(t.code),
    index('promotion_codes_promotion').on(t.promotionId),
  ],
);

export const promotionRedemptions = pgTable(
  'promotion_redemptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    promotionId: integer('promotion_id')
      .notNull()
      .references(() => promotions.id),
    /** The checkout's cart; one redemption per promotion per cart. */
    cartId: text('cart_id').notNull(),
    orderId: integer('order_id'),
    /** Lower-cased email: per-customer limits. */
    customerKey: text('customer_key').notNull(),
    code: text('code'),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    /** Given back to the budget by refunds of part of the order (amount is what still counts). */
    credited: integer('credited').notNull().default(0),
    status: text('status', { enum: ['reserved', 'redeemed', 'released'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('promotion_redemptions_cart_key').on(t.cartId, t.promotionId),
    index('promotion_redemptions_campaign').on(t.campaignId, t.status),
    check('promotion_redemptions_amount', sql`${t.amount} >= 0`),
  ],
);
