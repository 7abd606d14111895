// Owner: app/modules/returns
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { markets } from './markets.ts';
import { orderLines, orders } from './orders.ts';
import { staffMembers } from './staff.ts';
import {
  DECLINE_REASONS,
  DISPOSE_REASONS,
  RESOLUTIONS,
  RETURN_STATUSES,
} from '#app/modules/returns/core/statuses.ts';
import { variants } from './catalog.ts';
import type { ReasonTree } from '#app/modules/returns/core/reasons.ts';

/** Returns: per-market rules, requests with their items, photos and timelines (ADR 0020). */

export interface ReturnAddress {
  name: string;
  address1: string;
  address2?: string;
  city: string;
  zip: string;
  countryCode: string;
}

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A market's return rules beyond its window and who pays return shipping (those two live on
 * the market, where the storefront's policy text and JSON-LD read them).
 */
export const returnPolicies = pgTable(
  'return_policies',
  {
    marketId: integer('market_id')
      .primaryKey()
      .references(() => markets.id, { onDelete: 'cascade' }),
    /** Days after shipping that count as delivered when no delivery date is known. */
    graceDays: integer('grace_days').notNull().default(7),
    /** Charged when the market's return shipping is paid by the customer, in the market's currency. */
    returnShippingFee: integer('return_shipping_fee').notNull().default(0),
    /** A percentage of the returned items' value, in basis points (1500 = 15 %). */
    restockingFeeBps: integer('restocking_fee_bps').notNull().default(0),
    finalSaleTags: text('final_sale_tags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    finalSaleCollections: text('final_sale_collections')
      .array()
      .notNull()
      .default(sql`'{}'`),
    nonReturnableTags: text('non_returnable_tags')
      .array()
      .notNull()
      .default(sql`'{}'`),
    excludeDiscounted: boolean('exclude_discounted').notNull().default(false),
    /** Import duties and VAT paid at checkout go back with the items (most regimes repay them on re-export). */
    refundDuties: boolean('refund_duties').notNull().default(true),
    /** Where parcels go (a hub in the market's region keeps returns domestic); printed on the return authorisation. */
    returnAddress: jsonb('return_address').$type<ReturnAddress>(),
    /** Outbound shipping goes back when the last item of the order is returned. */
    refundShipping: boolean('refund_shipping').notNull().default(false),
    /** Extra store credit for choosing credit over money back, in basis points (1000 = 10 %). */
    storeCreditBonusBps: integer('store_credit_bonus_bps').notNull().default(0),
    /** Days issued credit stays spendable; null: it never lapses (several US states forbid expiry). */
    storeCreditExpiryDays: integer('store_credit_expiry_days'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'return_policies_fees',
      sql`${t.returnShippingFee} >= 0 and ${t.restockingFeeBps} between 0 and 5000`,
    ),
    check('return_policies_grace', sql`${t.graceDays} between 0 and 60`),
    check(
      'return_policies_credit',
      sql`${t.storeCreditBonusBps} between 0 and 5000 and (${t.storeCreditExpiryDays} is null or ${t.storeCreditExpiryDays} between 30 and 3650)`,
    ),
  ],
);

/** The merchant's reason tree (returns/core/reasons.ts), one document; absent: the built-in tree. */
export const returnReasonTrees = pgTable(
  'return_reason_trees',
  {
    id: integer('id').primaryKey().default(1),
    tree: jsonb('tree').$type<ReasonTree>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('return_reason_trees_one', sql`${t.id} = 1`)],
);

export const returns = pgTable(
  'returns',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** What URLs and emails name: random, so one return's id says nothing about another's. */
    publicId: text('public_id').notNull(),
    /** The return authorisation printed on the label: the order number and a sequence. */
    rma: text('rma').notNull(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id),
    language: text('language').notNull(),
    status: text('status', { enum: RETURN_STATUSES }).notNull().default('requested'),
    resolution: text('resolution', { enum: RESOLUTIONS }).notNull().default('refund'),
    /** The order that sends the replacement items of an exchange, once made. */
    exchangeOrderId: integer('exchange_order_id'),
    currency: text('currency').notNull(),
    /** The estimate shown when the shopper asked (core/refund-estimate.ts), in the order's currency. */
    estimate: jsonb('estimate')
      .$type<{
        items: number;
        duties: number;
        shipping: number;
        restockingFee: number;
        returnShippingFee: number;
        total: number;
        /** Store credit chosen: the market's bonus on top of `total`, and its rate when asked (basis points). */
        creditBonus?: number;
        creditBonusBps?: number;
      }>()
      .notNull(),
    refunded: integer('refunded').notNull().default(0),
    declineReason: text('decline_reason', { enum: DECLINE_REASONS }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('returns_public_id_key').on(t.publicId),
    uniqueIndex('returns_rma_key').on(t.rma),
    index('returns_order_idx').on(t.orderId),
    index('returns_status_idx').on(t.status, t.createdAt),
    check('returns_refunded', sql`${t.refunded} >= 0`),
  ],
);

export const returnLines = pgTable(
  'return_lines',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    returnId: integer('return_id')
      .notNull()
      .references(() => returns.id, { onDelete: 'cascade' }),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    quantity: integer('quantity').notNull(),
    reason: text('reason').notNull(),
    subReason: text('sub_reason'),
    note: text('note').notNull().default(''),
    /** After inspection: back to stock, or disposed of (and why). */
    outcome: text('outcome', { enum: ['restock', 'dispose'] }),
    disposeReason: text('dispose_reason', { enum: DISPOSE_REASONS }),
    /** An exchange: the variant sent instead (same product); its stock is held from the request. */
    exchangeVariantId: integer('exchange_variant_id').references(() => variants.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('return_lines_return_idx').on(t.returnId),
    index('return_lines_order_line_idx').on(t.orderLineId),
    check('return_lines_quantity', sql`${t.quantity} > 0`),
  ],
);

/** Photos a shopper attached, metadata stripped; in the database so every app process serves them to staff. */
export const returnPhotos = pgTable(
  'return_photos',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    returnLineId: integer('return_line_id')
      .notNull()
      .references(() => returnLines.id, { onDelete: 'cascade' }),
    contentType: text('content_type', { enum: ['image/jpeg', 'image/png', 'image/webp'] }).notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('return_photos_line_idx').on(t.returnLineId)],
);

export const returnEvents = pgTable(
  'return_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    returnId: integer('return_id')
      .notNull()
      .references(() => returns.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    staffId: integer('staff_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('return_events_return_idx').on(t.returnId, t.createdAt)],
);
