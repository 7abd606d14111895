import type { Db } from '#app/db/client.server.ts';
import {
  collectionProducts,
  collections,
  marketCountries,
  markets,
  menuItems,
  menus,
  productImages,
  productOptions,
  productOptionValues,
  products,
  shop,
  variantOptionValues,
  variants,
  type CollectionRule,
} from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { unitMeasurementSchema } from '#app/modules/catalog/core/unit-measurement-input.ts';
import { upsertTranslations, type TranslationInput } from '#app/modules/translations/translations.server.ts';
import {
  STOREFRONT_LANGUAGES,
  type Localized,
  type SeedCollection,
  type SeedMenu,
  type SeedMenuItem,
  type SeedPage,
  type SeedProduct,
} from './catalog-types.ts';
import { productImages as imagesFor } from './images.ts';
import type { SeedMarket } from './markets-data.ts';
import { createPage as insertPage } from '#app/modules/pages/pages.server.ts';
import { STANDARD_TAX_RATES } from '#app/modules/markets/core/tax-rates.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { recordExchangeRate, setTaxRate } from '#app/modules/markets/rates.server.ts';
import { recomputePrices } from '#app/modules/pricing/pricing.server.ts';

/**
 * The one set of factories that both the demo seed and the tests use.
 * Each writes a resource and its translations for every non-source language.
 */

const SOURCE = 'en';

export function translationsOf(
  gid: string,
  field: TranslationInput['field'],
  text: Localized | undefined,
): TranslationInput[] {
  if (!text) return [];
  return STOREFRONT_LANGUAGES.filter((l) => l !== SOURCE && text[l] && text[l] !== text[SOURCE]).map(
    (locale) => ({ resourceGid: gid, field, locale, value: text[locale], source: text[SOURCE] }),
  );
}

export async function createShop(
  db: Db,
  input: { name: string; currency: string; description?: Localized; slogan?: Localized; email?: string },
) {
  await db.insert(shop).values({
    id: 1,
    name: input.name,
    currency: input.currency,
    email: input.email ?? '',
    description: input.description?.en ?? '',
    slogan: input.slogan?.en ?? '',
  });
  await upsertTranslations(db, [
    ...translationsOf(toGid('Shop', 1), 'meta_description', input.description),
    ...translationsOf(toGid('Shop', 1), 'title', input.slogan),
  ]);
}

export async function createMarket(db: Db, m: SeedMarket, position = 0) {
  const [row] = await db
    .insert(markets)
    .values({
      handle: m.handle,
      name: m.name,
      currency: m.currency,
      languages: m.languages,
      defaultLanguage: m.languages[0]!,
      taxInclusive: m.taxInclusive,
      primary: m.primary ?? false,
      position,
      rounding: m.rounding ?? { kind: 'none' },
    })
    .returning();
  await db
    .insert(marketCountries)
    .values(m.countries.map((countryCode, i) => ({ countryCode, marketId: row!.id, position: i })));
  return row!;
}

export async function setExchangeRate(db: Db, currency: string, rate: string, source = 'seed') {
  return recordExchangeRate(db, currency, rate, source);
}

/** Standard VAT/GST rates for the given countries (or all known ones). */
export async function seedTaxRates(db: Db, countries: string[] = Object.keys(STANDARD_TAX_RATES)) {
  for (const c of countries) {
    const rate = STANDARD_TAX_RATES[c];
    if (rate) await setTaxRate(db, c, rate, 'National tax authority standard rate', '2026-01-01');
  }
}

/** Refreshes the precomputed storefront prices after catalog or pricing changes (tests and seed). */
export async function refreshPrices(db: Db, variantIds?: number[]) {
  return recomputePrices(db, await freshMarketConfig(db), variantIds ? { variantIds } : {});
}

export interface CreatedProduct {
  id: number;
  variantIds: number[];
  optionIds: number[];
}

const DEFAULT_TITLE = 'Default Title';
const same = (text: string): Localized =>
  Object.fromEntries(STOREFRONT_LANGUAGES.map((l) => [l, text])) as Localized;

/** Like Shopify, a product without options has one "Title" option with a "Default Title" value. */
function withDefaultOption(p: SeedProduct): SeedProduct {
  if (p.options.length > 0) return p;
  return {
    ...p,
    options: [
      { key: 'title', name: same('Title'), values: [{ key: 'default', label: same(DEFAULT_TITLE) }] },
    ],
    variants: p.variants.map((v) => ({ ...v, options: ['default'] })),
  };
}

/** A variant's unit_* columns, checked by the same schema every writer of them uses. */
function unitColumns(m: SeedProduct['variants'][number]['unitMeasurement']) {
  if (!m) return {};
  const valid = unitMeasurementSchema.parse(m);
  return {
    unitMeasuredType: valid.measuredType,
    unitQuantityValue: valid.quantityValue,
    unitQuantityUnit: valid.quantityUnit,
    unitReferenceValue: valid.referenceValue,
    unitReferenceUnit: valid.referenceUnit,
  };
}

export async function createProduct(db: Db, input: SeedProduct): Promise<CreatedProduct> {
  const p = withDefaultOption(input);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .insert(products)
      .values({
        handle: p.handle,
        title: p.title.en,
        descriptionHtml: p.descriptionHtml.en,
        seoDescription: p.seoDescription.en,
        vendor: p.vendor,
        productType: p.productType,
        tags: p.tags,
        status: p.status ?? 'active',
        publishedAt: new Date(p.publishedAt),
        createdAt: new Date(p.publishedAt),
        updatedAt: new Date(p.publishedAt),
      })
      .returning({ id: products.id });
    const productId = row!.id;
    const tr: TranslationInput[] = [
      ...translationsOf(toGid('Product', productId), 'title', p.title),
      ...translationsOf(toGid('Product', productId), 'body_html', p.descriptionHtml),
      ...translationsOf(toGid('Product', productId), 'meta_description', p.seoDescription),
      ...Object.entries(p.localizedHandles ?? {}).map(([locale, value]) => ({
        resourceGid: toGid('Product', productId),
        field: 'handle' as const,
        locale,
        value,
        source: p.handle,
      })),
    ];
    // Option values by key, per option position.
    const valueIds: Map<string, number>[] = [];
    const optionIds: number[] = [];
    for (const [position, option] of p.options.entries()) {
      const [o] = await t
        .insert(productOptions)
        .values({ productId, position, name: option.name.en })
        .returning({ id: productOptions.id });
      optionIds.push(o!.id);
      tr.push(...translationsOf(toGid('ProductOption', o!.id), 'name', option.name));
      const values = await t
        .insert(productOptionValues)
        .values(
          option.values.map((v, i) => ({
            optionId: o!.id,
            position: i,
            name: v.label.en,
            swatchColor: v.swatch ?? null,
          })),
        )
        .returning({ id: productOptionValues.id, position: productOptionValues.position });
      const byKey = new Map<string, number>();
      for (const v of values) {
        const seedValue = option.values[v.position]!;
        byKey.set(seedValue.key, v.id);
        tr.push(...translationsOf(toGid('ProductOptionValue', v.id), 'name', seedValue.label));
      }
      valueIds.push(byKey);
    }
    const images = imagesFor(p);
    const imageRows = images.length
      ? await t
          .insert(productImages)
          .values(
            images.map((img, position) => ({
              productId,
              position,
              src: `/images/products/${img.file}`,
              altText: p.imageAlt.en,
              width: img.width,
              height: img.height,
            })),
          )
          .returning({ id: productImages.id, position: productImages.position })
      : [];
    for (const img of imageRows) tr.push(...translationsOf(toGid('ProductImage', img.id), 'alt', p.imageAlt));
    const colorOption = p.options.findIndex((o) => o.key === 'color');
    const variantIds: number[] = [];
    for (const [position, v] of p.variants.entries()) {
      const colorKey = colorOption >= 0 ? v.options[colorOption] : null;
      const imageIndex = colorKey ? images.findIndex((img) => img.colorKey === colorKey) : -1;
      const [vr] = await t
        .insert(variants)
        .values({
          productId,
          position,
          title:
            v.options
              .map((key, i) => p.options[i]!.values.find((x) => x.key === key)?.label.en ?? key)
              .join(' / ') || DEFAULT_TITLE,
          sku: v.sku,
          barcode: v.barcode ?? null,
          priceAmount: v.price,
          compareAtAmount: v.compareAtPrice ?? null,
          unitCostAmount: v.unitCost,
          weight: v.weight,
          weightUnit: 'GRAMS',
          hsCode: p.hsCode,
          countryOfOrigin: p.countryOfOrigin,
          inventoryQuantity: v.inventory,
          inventoryPolicy: v.inventoryPolicy ?? 'deny',
          imageId: imageIndex >= 0 ? (imageRows[imageIndex]?.id ?? null) : null,
          ...unitColumns(v.unitMeasurement),
        })
        .returning({ id: variants.id });
      variantIds.push(vr!.id);
      const links = v.options.map((key, i) => {
        const id = valueIds[i]?.get(key);
        if (id == null) throw new Error(`${p.handle}: variant ${v.sku} names unknown option value ${key}`);
        return { variantId: vr!.id, optionValueId: id };
      });
      if (links.length) await t.insert(variantOptionValues).values(links);
    }
    await upsertTranslations(t, tr);
    return { id: productId, variantIds, optionIds };
  });
}

export async function createCollection(db: Db, c: SeedCollection, productIdsByHandle: Map<string, number>) {
  const [row] = await db
    .insert(collections)
    .values({
      handle: c.handle,
      title: c.title.en,
      descriptionHtml: c.descriptionHtml.en,
      seoDescription: c.seoDescription.en,
      rules: (c.rules as CollectionRule[] | undefined) ?? null,
      imageSrc: `/images/products/${c.imageFromProduct}-1`,
      imageAlt: c.title.en,
    })
    .returning({ id: collections.id });
  const id = row!.id;
  if (c.productHandles?.length) {
    await db.insert(collectionProducts).values(
      c.productHandles.map((h, position) => {
        const productId = productIdsByHandle.get(h);
        if (productId == null) throw new Error(`Collection ${c.handle} lists unknown product ${h}`);
        return { collectionId: id, productId, position };
      }),
    );
  }
  await upsertTranslations(db, [
    ...translationsOf(toGid('Collection', id), 'title', c.title),
    ...translationsOf(toGid('Collection', id), 'body_html', c.descriptionHtml),
    ...translationsOf(toGid('Collection', id), 'meta_description', c.seoDescription),
    ...translationsOf(toGid('Collection', id), 'alt', c.title),
  ]);
  return id;
}

const MENU_TYPES: Record<string, string> = {
  collection: 'COLLECTION',
  product: 'PRODUCT',
  page: 'PAGE',
  collections: 'COLLECTIONS',
  search: 'SEARCH',
  home: 'FRONTPAGE',
  blog: 'BLOG',
  policy: 'SHOP_POLICY',
};

export async function createMenu(db: Db, m: SeedMenu) {
  const [row] = await db
    .insert(menus)
    .values({ handle: m.handle, title: m.title.en })
    .returning({ id: menus.id });
  const tr: TranslationInput[] = [];
  const insertItems = async (items: SeedMenuItem[], parentId: number | null) => {
    for (const [position, item] of items.entries()) {
      const [kind = '', target = null] = item.target.split(':') as [string, string?];
      const type = MENU_TYPES[kind];
      if (!type) throw new Error(`Menu ${m.handle}: unknown target ${item.target}`);
      const [mi] = await db
        .insert(menuItems)
        .values({ menuId: row!.id, parentId, position, title: item.title.en, type, target })
        .returning({ id: menuItems.id });
      tr.push(...translationsOf(toGid('MenuItem', mi!.id), 'title', item.title));
      if (item.items) await insertItems(item.items, mi!.id);
    }
  };
  await insertItems(m.items, null);
  await upsertTranslations(db, tr);
  return row!.id;
}

export async function createPage(db: Db, p: SeedPage) {
  const forLocale = (field: TranslationInput['field'], text: Localized) =>
    translationsOf('', field, text).map(({ resourceGid: _, ...t }) => t);
  return insertPage(db, {
    handle: p.handle,
    title: p.title.en,
    bodyHtml: p.bodyHtml.en,
    seoDescription: p.seoDescription.en,
    translations: [
      ...forLocale('title', p.title),
      ...forLocale('body_html', p.bodyHtml),
      ...forLocale('meta_description', p.seoDescription),
    ],
  });
}
