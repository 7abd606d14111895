// Owner: app/modules/cart
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { variants } from './catalog.ts';
import { markets } from './markets.ts';

/** Carts and their lines. Prices are never stored: lines are priced on read. */

export interface CartAttribute {
  key: string;
  value: string;
}

export const carts = pgTable(
  'carts',
  {
    /** Unguessable token: the cart id is the only credential a guest has. */
    id: text('id').primaryKey(),
    marketId: integer('market_id')
      .notNull()
      .references(() => markets.id),
    countryCode: text('country_code').notNull(),
    language: text('language').notNull(),
    email: text('email'),
    /** Buyer's phone in E.164 (Shopify's CartBuyerIdentity.phone), prefilled at checkout. */
    phone: text('phone'),
    note: text('note').notNull().default(''),
    attributes: jsonb('attributes').$type<CartAttribute[]>().notNull().default([]),
    discountCodes: jsonb('discount_codes').$type<string[]>().notNull().default([]),
    /** Promotions whose free gift the shopper took out: not added again to this cart. */
    declinedGifts: jsonb('declined_gifts').$type<number[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Sliding expiry, pushed forward by every change; expired carts are deleted by a job. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('carts_expiry_idx').on(t.expiresAt)],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    cartId: text('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    attributes: jsonb('attributes').$type<CartAttribute[]>().notNull().default([]),
    /**
     * Units a buy-X-get-Y promotion added as its free gift (ADR 0019), part of `quantity`; the
     * promotion takes them out again when the cart no longer qualifies.
     */
    giftQuantity: integer('gift_quantity').notNull().default(0),
    giftPromotionId: integer('gift_promotion_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_lines_merchandise_key').on(t.cartId, t.variantId),
    check('cart_lines_quantity', sql`${t.quantity} > 0 and ${t.quantity} <= 999`),
    check(
      'cart_lines_gift',
      sql`${t.giftQuantity} >= 0 and ${t.giftQuantity} <= ${t.quantity} and (${t.giftQuantity} = 0 or ${t.giftPromotionId} is not null)`,
    ),
  ],
);
