import type { UnitMeasurement } from '#app/modules/catalog/core/unit-price.ts';

/**
 * Shape of the demo catalog that seeds the store and feeds test factories.
 * Every user-visible text carries all storefront languages, so the seed can
 * write one translation row per (resource, field, locale).
 */
export const STOREFRONT_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'ja', 'zh-CN', 'ar'] as const;
export type StorefrontLanguage = (typeof STOREFRONT_LANGUAGES)[number];

/** A text in every storefront language; `en` is the shop's source language. */
export type Localized = Record<StorefrontLanguage, string>;

export interface SeedOptionValue {
  /** Stable key used by variants, e.g. "navy" or "m". */
  key: string;
  label: Localized;
  /** Optional swatch colour (hex) for colour options; drives the product art too. */
  swatch?: string;
  /** A woven texture to render as the value's swatch image (seeded through the media module). */
  swatchTexture?: 'linen';
}

export interface SeedOption {
  key: string; // "color" | "size" | "material" ...
  name: Localized;
  values: SeedOptionValue[];
}

export interface SeedVariant {
  /** Option value keys in the same order as the product's options. */
  options: string[];
  /** Shop-currency (USD) price in cents. */
  price: number;
  compareAtPrice?: number | null;
  /** Unit cost in USD cents. */
  unitCost: number;
  inventory: number;
  /** 'deny' = cannot oversell, 'continue' = keep selling at 0. */
  inventoryPolicy?: 'deny' | 'continue';
  /** grams */
  weight: number;
  sku: string;
  barcode?: string;
  /** Goods sold by weight, volume or length: what one item holds and the unit price's reference. */
  unitMeasurement?: UnitMeasurement;
}

/** Parameters for the locally generated product art (no downloads). */
export interface SeedArt {
  motif:
    | 'tee'
    | 'sweater'
    | 'jacket'
    | 'trousers'
    | 'scarf'
    | 'beanie'
    | 'sock'
    | 'mug'
    | 'bowl'
    | 'plate'
    | 'vase'
    | 'candle'
    | 'blanket'
    | 'pillow'
    | 'notebook'
    | 'pen'
    | 'tote'
    | 'backpack'
    | 'wallet'
    | 'bottle'
    | 'cap'
    | 'sunglasses'
    | 'towel'
    | 'teapot';
  /** Background colour (hex). */
  background: string;
  /** Default object colour when the product has no colour option. */
  color: string;
}

export interface SeedProduct {
  handle: string;
  /** Handles a merchant translated (the newest products, in the two biggest EU markets' languages). */
  localizedHandles?: Partial<Record<StorefrontLanguage, string>>;
  title: Localized;
  /** Simple HTML: <p>, <ul><li>, <strong>. Real product copy, 2-4 sentences. */
  descriptionHtml: Localized;
  /** SEO meta description, <= 155 chars per language. */
  seoDescription: Localized;
  vendor: string;
  productType: string; // English, e.g. "T-Shirts"
  tags: string[];
  /** Harmonized System code (6 digits), e.g. "610910" for cotton T-shirts. */
  hsCode: string;
  /** ISO 3166-1 alpha-2 */
  countryOfOrigin: string;
  options: SeedOption[];
  variants: SeedVariant[];
  art: SeedArt;
  /** Alt text for the images, per language. */
  imageAlt: Localized;
  /** ISO date the product was published, for "newest" sorting. */
  publishedAt: string;
  status?: 'active' | 'draft' | 'archived';
}

export interface SeedCollection {
  handle: string;
  title: Localized;
  descriptionHtml: Localized;
  seoDescription: Localized;
  /** Manual collections list product handles; smart ones use rules. */
  productHandles?: string[];
  rules?: { column: 'tag' | 'type' | 'vendor'; relation: 'equals'; condition: string }[];
  /** Which product's art represents the collection. */
  imageFromProduct: string;
}

export interface SeedMenuItem {
  title: Localized;
  /** 'collection:<handle>' | 'product:<handle>' | 'page:<handle>' | 'collections' | 'search' | 'home' */
  target: string;
  items?: SeedMenuItem[];
}

export interface SeedMenu {
  handle: 'main-menu' | 'footer';
  title: Localized;
  items: SeedMenuItem[];
}

/** A static content page (about, shipping, returns, contact, terms of service). */
export interface SeedPage {
  handle: 'about' | 'shipping' | 'returns' | 'contact' | 'terms-of-service';
  title: Localized;
  /** Simple HTML: <h2>, <p>, <ul><li>, <strong>, <a href="mailto:..."> and root-relative <a href="/pages/..."> only. */
  bodyHtml: Localized;
  /** <= 155 characters per language. */
  seoDescription: Localized;
}
