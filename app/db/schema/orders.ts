// Owner: app/modules/orders
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { IMPORT_NOTICES, SALE_TAX_SCHEMES } from '../../modules/checkout/core/import-rules.ts';
import type { PostalAddress } from './checkout.ts';

/** A promotion on an order (checkout/core/quote.ts `QuoteDiscount`, amount in minor units). */
export interface OrderDiscount {
  promotionId: number;
  campaignId: number;
  code: string | null;
  label: string;
  class: 'product' | 'order' | 'shipping';
  amount: number;
}
import { markets } from './markets.ts';
import { staffMembers } from './staff.ts';
import { variants } from './catalog.ts';
import { CANCEL_REASONS } from '#app/modules/orders/core/cancel-reasons.ts';

/** Orders, their line snapshots and timelines. */

/** Human order numbers start at #1001, like Shopify's. */
export const orderNumbers = pgSequence('order_numbers', { startWith: 1001 });

export interface ShippingLineSnapshot {
  rateId: number;
  service: string;
  amount: number;
  minDays: number;
  maxDays: number;
}

export const orders = pgTable(
  'orders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    number: integer('number')
      .notNull()
      .default(sql`nextval('order_numbers')`),
    /** One order per cart and per payment: the keys that make finalisation exactly-once. */
    cartId: text('cart_id').notNull(),
    /** `store_credit`: nothing was charged to a card, the shopper's store credit paid it all. */
    paymentProvider: text('payment_provider', { enum: ['test', 'stripe', 'store_credit'] }).notNull(),
    paymentId: text('payment_id').notNull(),
    email: text('email').notNull(),
    language: text('language').notNull(),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id),
    countryCode: text('country_code').notNull(),
    /** Presentment currency; every amount below is in its minor units unless named *Shop. */
    currency: text('currency').notNull(),
    subtotal: integer('subtotal').notNull(),
    shipping: integer('shipping').notNull(),
    tax: integer('tax').notNull(),
    /** True where prices included tax (the tax is part of subtotal and shipping). */
    taxIncluded: boolean('tax_included').notNull(),
    duties: integer('duties').notNull(),
    total: integer('total').notNull(),
    shopCurrency: text('shop_currency').notNull(),
    totalShop: integer('total_shop').notNull(),
    /** Shop → presentment rate used for the *Shop equivalents, and its snapshot. */
    exchangeRate: numeric('exchange_rate', { precision: 20, scale: 10 }).notNull(),
    rateSnapshotId: integer('rate_snapshot_id'),
    incoterm: text('incoterm', { enum: ['DDP', 'DAP'] }).notNull(),
    /** The low-value scheme the sale was taxed under (EU IOSS, UK, Australia, Singapore). */
    lowValueScheme: text('low_value_scheme', { enum: SALE_TAX_SCHEMES }),
    /** The import rule version that priced the order (no foreign key: rules are never deleted). */
    importRuleId: integer('import_rule_id'),
    /** Duty and import tax the carrier was estimated to collect on delivery (DAP). */
    dutiesAtBorder: integer('duties_at_border').notNull().default(0),
    /** Tax inside gross prices taken out because the sale was not taxed. */
    taxRemoved: integer('tax_removed').notNull().default(0),
    /** Promotions applied, amounts in the order's currency (the quote's `discounts`). */
    discounts: jsonb('discounts').$type<OrderDiscount[]>().notNull().default([]),
    /** What the shopper was told about delivery charges (landed-cost.ts `notice`); null: domestic. */
    importNotice: text('import_notice', { enum: IMPORT_NOTICES }),
    shippingAddress: jsonb('shipping_address').$type<PostalAddress>().notNull(),
    shippingLine: jsonb('shipping_line').$type<ShippingLineSnapshot>().notNull(),
    financialStatus: text('financial_status', {
      enum: ['authorized', 'paid', 'voided', 'refunded', 'partially_refunded'],
    })
      .notNull()
      .default('authorized'),
    fulfillmentStatus: text('fulfillment_status', { enum: ['unfulfilled', 'fulfilled'] })
      .notNull()
      .default('unfulfilled'),
    /** Cancelled before fulfilment (orders/cancel-order.server.ts), and why (Shopify's reasons). */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason', { enum: CANCEL_REASONS }),
    trackingNumber: text('tracking_number'),
    trackingCompany: text('tracking_company'),
    /** When the parcel left and arrived (staff, or the tracking provider's webhook); returns count from delivery. */
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** Paid with the shopper's store credit (part of `total`); the card paid the rest. */
    storeCredit: integer('store_credit').notNull().default(0),
    /** The return this order replaces items for (an exchange), if it is one. */
    exchangeForReturnId: integer('exchange_for_return_id'),
    /** Σ succeeded refunds (order_refunds), in the order's currency. */
    refunded: integer('refunded').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    uniqueIndex('orders_cart_key').on(t.cartId),
    uniqueIndex('orders_payment_key').on(t.paymentProvider, t.paymentId),
    index('orders_created_idx').on(t.createdAt),
    index('orders_email_idx').on(sql`lower(${t.email})`),
    check(
      'orders_amounts',
      sql`${t.subtotal} >= 0 and ${t.shipping} >= 0 and ${t.tax} >= 0 and ${t.duties} >= 0 and ${t.total} >= 0`,
    ),
    // Never more refunded than was paid, whatever races.
    check('orders_refunded', sql`${t.refunded} between 0 and ${t.total}`),
    check('orders_store_credit', sql`${t.storeCredit} between 0 and ${t.total}`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id').references(() => variants.id, { onDelete: 'set null' }),
    productTitle: text('product_title').notNull(),
    variantTitle: text('variant_title').notNull(),
    sku: text('sku'),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    lineTotal: integer('line_total').notNull(),
    tax: integer('tax').notNull(),
    duty: integer('duty').notNull(),
    unitPriceShop: integer('unit_price_shop').notNull(),
    hsCode: text('hs_code'),
    countryOfOrigin: text('country_of_origin'),
  },
  (t) => [
    index('order_lines_order_idx').on(t.orderId),
    check('order_lines_quantity', sql`${t.quantity} > 0`),
  ],
);

export const orderEvents = pgTable(
  'order_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    staffId: integer('staff_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.createdAt)],
);

/**
 * Money paid back on an order (orders/refunds.server.ts). A refund is reserved here (pending,
 * inside the order's lock and its `refunded` ceiling) before the provider is asked, under the
 * row's idempotency key, so a retried or double-submitted refund pays once and two racing
 * refunds can never together pass what was captured.
 */
export const orderRefunds = pgTable(
  'order_refunds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    /** The return it pays for (returns module), if any. */
    returnId: integer('return_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    /** What the amount is made of, for the order page and the reports. */
    parts: jsonb('parts')
      .$type<{ items: number; duties: number; shipping: number; fees: number }>()
      .notNull(),
    /** The part paid back as store credit (what the order paid with credit, or a return resolved as credit). */
    toCredit: integer('to_credit').notNull().default(0),
    /** Credit given on top (a return's store-credit bonus); not part of what the order refunded. */
    creditBonus: integer('credit_bonus').notNull().default(0),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] })
      .notNull()
      .default('pending'),
    providerRefundId: text('provider_refund_id'),
    staffId: integer('staff_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('order_refunds_key').on(t.idempotencyKey),
    index('order_refunds_order_idx').on(t.orderId),
    check('order_refunds_amount', sql`${t.amount} > 0`),
    check('order_refunds_credit', sql`${t.toCredit} between 0 and ${t.amount} and ${t.creditBonus} >= 0`),
  ],
);
