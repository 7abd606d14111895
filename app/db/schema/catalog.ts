// Owner: app/modules/catalog
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { mediaFiles } from './media.ts';

/** Catalog tables. Amounts are integer minor units of the shop currency. */

export const products = pgTable(
  'products',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    descriptionHtml: text('description_html').notNull().default(''),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    vendor: text('vendor').notNull().default(''),
    productType: text('product_type').notNull().default(''),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status', { enum: ['active', 'draft', 'archived'] })
      .notNull()
      .default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_handle_key').on(t.handle),
    index('products_tags_idx').using('gin', t.tags),
    index('products_status_published_idx').on(t.status, t.publishedAt),
    check('products_status_check', sql`${t.status} in ('active','draft','archived')`),
  ],
);

export const productOptions = pgTable(
  'product_options',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('product_options_product_position_key').on(t.productId, t.position)],
);

export const productOptionValues = pgTable(
  'product_option_values',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    optionId: integer('option_id')
      .notNull()
      .references(() => productOptions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    swatchColor: text('swatch_color'),
    swatchImageId: integer('swatch_image_id').references(() => mediaFiles.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('product_option_values_option_position_key').on(t.optionId, t.position)],
);

export const productImages = pgTable(
  'product_images',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Path under public/ without the width suffix and extension, e.g. /images/products/tee-1 */
    src: text('src').notNull(),
    altText: text('alt_text'),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.position)],
);

export const variants = pgTable(
  'variants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    sku: text('sku'),
    barcode: text('barcode'),
    priceAmount: integer('price_amount').notNull(),
    compareAtAmount: integer('compare_at_amount'),
    unitCostAmount: integer('unit_cost_amount'),
    weight: integer('weight').notNull().default(0),
    weightUnit: text('weight_unit', { enum: ['GRAMS', 'KILOGRAMS', 'OUNCES', 'POUNDS'] })
      .notNull()
      .default('GRAMS'),
    hsCode: text('hs_code'),
    countryOfOrigin: text('country_of_origin'),
    inventoryQuantity: integer('inventory_quantity').notNull().default(0),
    inventoryPolicy: text('inventory_policy', { enum: ['deny', 'continue'] })
      .notNull()
      .default('deny'),
    imageId: integer('image_id').references(() => productImages.id, { onDelete: 'set null' }),
    /**
     * Unit pricing (EU price indication): the quantity sold, e.g. 100 G, and the reference the unit
     * price is quoted for, e.g. 1 KG. All null when the variant is not sold by measure.
     */
    unitMeasuredType: text('unit_measured_type', { enum: ['WEIGHT', 'VOLUME', 'LENGTH', 'AREA', 'COUNT'] }),
    unitQuantityValue: numeric('unit_quantity_value', { precision: 14, scale: 4 }),
    unitQuantityUnit: text('unit_quantity_unit'),
    unitReferenceValue: integer('unit_reference_value'),
    unitReferenceUnit: text('unit_reference_unit'),
  },
  (t) => [
    index('variants_product_idx').on(t.productId, t.position),
    uniqueIndex('variants_sku_key').on(t.sku),
    check('variants_price_nonnegative', sql`${t.priceAmount} >= 0`),
    check(
      'variants_unit_measurement',
      sql`(${t.unitMeasuredType} is null and ${t.unitQuantityValue} is null and ${t.unitQuantityUnit} is null and ${t.unitReferenceValue} is null and ${t.unitReferenceUnit} is null) or (${t.unitMeasuredType} is not null and ${t.unitQuantityValue} > 0 and ${t.unitQuantityUnit} is not null and ${t.unitReferenceValue} > 0 and ${t.unitReferenceUnit} is not null)`,
    ),
    check('variants_compare_at_nonnegative', sql`${t.compareAtAmount} is null or ${t.compareAtAmount} >= 0`),
    // Overselling is impossible: an order's stock decrement fails here, inside its transaction.
    check(
      'variants_inventory_not_oversold',
      sql`${t.inventoryQuantity} >= 0 or ${t.inventoryPolicy} = 'continue'`,
    ),
  ],
);

export const variantOptionValues = pgTable(
  'variant_option_values',
  {
    variantId: integer('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    optionValueId: integer('option_value_id')
      .notNull()
      .references(() => productOptionValues.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.optionValueId] }),
    index('variant_option_values_value_idx').on(t.optionValueId),
  ],
);

export interface CollectionRule {
  column: 'tag' | 'type' | 'vendor';
  relation: 'equals';
  condition: string;
}

export const collections = pgTable(
  'collections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
    descriptionHtml: text('description_html').notNull().default(''),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    /** null = manual collection; otherwise products matching the rules. */
    rules: jsonb('rules').$type<CollectionRule[]>(),
    disjunctive: boolean('disjunctive').notNull().default(false),
    imageSrc: text('image_src'),
    imageAlt: text('image_alt'),
    published: boolean('published').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('collections_handle_key').on(t.handle)],
);

export const collectionProducts = pgTable(
  'collection_products',
  {
    collectionId: integer('collection_id')
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.collectionId, t.productId] }),
    index('collection_products_product_idx').on(t.productId),
  ],
);

export const menus = pgTable(
  'menus',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    handle: text('handle').notNull(),
    title: text('title').notNull(),
  },
  (t) => [uniqueIndex('menus_handle_key').on(t.handle)],
);

export const menuItems = pgTable(
  'menu_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    menuId: integer('menu_id')
      .notNull()
      .references(() => menus.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** Shopify MenuItemType: FRONTPAGE, COLLECTION, COLLECTIONS, PRODUCT, PAGE, SEARCH, HTTP */
    type: text('type').notNull(),
    /** Handle of the target resource for COLLECTION/PRODUCT/PAGE, or an absolute URL for HTTP. */
    target: text('target'),
  },
  (t) => [index('menu_items_menu_idx').on(t.menuId, t.parentId, t.position)],
);
