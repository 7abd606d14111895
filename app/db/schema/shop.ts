// Owner: app/modules/shop
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { mediaFiles } from './media.ts';

/** Shopify's BrandColors: groups of background/foreground hex colours. */
export interface BrandColorsValue {
  primary: { background: string | null; foreground: string | null }[];
  secondary: { background: string | null; foreground: string | null }[];
}

/** Single-row shop settings. */
export const shop = pgTable(
  'shop',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    slogan: text('slogan').notNull().default(''),
    email: text('email').notNull().default(''),
    currency: text('currency').notNull(),
    defaultLanguage: text('default_language').notNull().default('en'),
    primaryDomain: text('primary_domain').notNull().default('localhost'),
    /** Where orders ship from: decides which shipments cross a customs border (duties). */
    shipsFrom: text('ships_from').notNull().default('US'),
    /** IANA zone campaign windows and reports are entered and shown in (stored times are UTC). */
    timeZone: text('time_zone').notNull().default('UTC'),
    /** How promotions combine: the largest total discount for the customer, or the merchant's priority order. */
    promotionPolicy: text('promotion_policy', { enum: ['best', 'priority'] })
      .notNull()
      .default('best'),
    /** The home page's SEO title and meta description in the source language (Shopify: shop metafields global.title_tag/description_tag). */
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    /** Brand assets (Shopify's Brand): uploaded images and colour groups. */
    logoId: integer('logo_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
    squareLogoId: integer('square_logo_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
    coverImageId: integer('cover_image_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
    brandColors: jsonb('brand_colors')
      .$type<BrandColorsValue>()
      .notNull()
      .default({ primary: [], secondary: [] }),
  },
  (t) => [check('shop_single_row', sql`${t.id} = 1`)],
);

/** Storefront API access tokens, stored as SHA-256 digests only. */
export const storefrontTokens = pgTable(
  'storefront_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['public', 'private'] }).notNull(),
    tokenDigest: text('token_digest').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('storefront_tokens_digest_key').on(t.tokenDigest)],
);
