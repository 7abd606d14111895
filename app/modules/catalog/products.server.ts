import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import {
  productImages,
  productOptions,
  productOptionValues,
  products,
  variantOptionValues,
  variants,
} from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { idByTranslatedHandle } from '#app/modules/translations/translations.server.ts';

export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect & { optionValueIds: number[] };
export type ImageRow = typeof productImages.$inferSelect;

export interface OptionValueRow {
  id: number;
  name: string;
  position: number;
  swatchColor: string | null;
  swatchImageId: number | null;
}
export interface OptionRow {
  id: number;
  name: string;
  position: number;
  values: OptionValueRow[];
}

/** A product with everything the storefront shows about it, loaded in a fixed number of queries. */
export interface ProductBundle {
  product: ProductRow;
  options: OptionRow[];
  variants: VariantRow[];
  images: ImageRow[];
}

export function isVariantAvailable(v: Pick<VariantRow, 'inventoryQuantity' | 'inventoryPolicy'>): boolean {
  return v.inventoryQuantity > 0 || v.inventoryPolicy === 'continue';
}

/** Only active products whose publish date has passed are visible on the storefront. */
export function visibleProduct(now: Date) {
  return and(eq(products.status, 'active'), isNotNull(products.publishedAt), lte(products.publishedAt, now));
}

export async function loadProductBundles(
  db: Db,
  ids: number[],
  now = new Date(),
): Promise<Map<number, ProductBundle>> {
  const out = new Map<number, ProductBundle>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const [productRows, optionRows, valueRows, variantRows, links, imageRows] = await Promise.all([
    db
      .select()
      .from(products)
      .where(and(inArray(products.id, unique), visibleProduct(now))),
    db
      .select()
      .from(productOptions)
      .where(inArray(productOptions.productId, unique))
      .orderBy(asc(productOptions.position)),
    db
      .select({
        id: productOptionValues.id,
        optionId: productOptionValues.optionId,
        name: productOptionValues.name,
        position: productOptionValues.position,
        swatchColor: productOptionValues.swatchColor,
        swatchImageId: productOptionValues.swatchImageId,
      })
      .from(productOptionValues)
      .innerJoin(productOptions, eq(productOptions.id, productOptionValues.optionId))
      .where(inArray(productOptions.productId, unique))
      .orderBy(asc(productOptionValues.position)),
    db.select().from(variants).where(inArray(variants.productId, unique)).orderBy(asc(variants.position)),
    db
      .select({ variantId: variantOptionValues.variantId, optionValueId: variantOptionValues.optionValueId })
      .from(variantOptionValues)
      .innerJoin(variants, eq(variants.id, variantOptionValues.variantId))
      .where(inArray(variants.productId, unique)),
    db
      .select()
      .from(productImages)
      .where(inArray(productImages.productId, unique))
      .orderBy(asc(productImages.position)),
  ]);
  const optionPosition = new Map<number, number>();
  const valuesByOption = new Map<number, OptionValueRow[]>();
  for (const v of valueRows) {
    const list = valuesByOption.get(v.optionId) ?? [];
    list.push({
      id: v.id,
      name: v.name,
      position: v.position,
      swatchColor: v.swatchColor,
      swatchImageId: v.swatchImageId,
    });
    valuesByOption.set(v.optionId, list);
  }
  const valueToOption = new Map(valueRows.map((v) => [v.id, v.optionId]));
  for (const o of optionRows) optionPosition.set(o.id, o.position);
  const linksByVariant = new Map<number, number[]>();
  for (const l of links) {
    const list = linksByVariant.get(l.variantId) ?? [];
    list.push(l.optionValueId);
    linksByVariant.set(l.variantId, list);
  }
  for (const product of productRows) {
    out.set(product.id, {
      product,
      options: optionRows
        .filter((o) => o.productId === product.id)
        .map((o) => ({
          id: o.id,
          name: o.name,
          position: o.position,
          values: valuesByOption.get(o.id) ?? [],
        })),
      variants: variantRows
        .filter((v) => v.productId === product.id)
        .map((v) => ({
          ...v,
          // Selected options in the product's option order.
          optionValueIds: (linksByVariant.get(v.id) ?? []).sort(
            (a, b) =>
              (optionPosition.get(valueToOption.get(a) ?? 0) ?? 0) -
              (optionPosition.get(valueToOption.get(b) ?? 0) ?? 0),
          ),
        })),
      images: imageRows.filter((i) => i.productId === product.id),
    });
  }
  return out;
}

/**
 * Finds a visible product by handle in the given language: its translated handle
 * first, then the source handle, as Shopify resolves localized handles.
 */
export async function findProductIdByHandle(
  db: Db,
  handle: string,
  language: string,
  now = new Date(),
): Promise<number | null> {
  if (handle.length > 255) return null;
  const fromTranslation = await idByTranslatedHandle(db, 'Product', handle, language);
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(
      and(
        fromTranslation ? eq(products.id, fromTranslation) : eq(products.handle, handle),
        visibleProduct(now),
      ),
    )
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function findVariantProductIds(db: Db, variantIds: number[]): Promise<Map<number, number>> {
  if (variantIds.length === 0) return new Map();
  const rows = await db
    .select({ id: variants.id, productId: variants.productId })
    .from(variants)
    .where(inArray(variants.id, variantIds));
  return new Map(rows.map((r) => [r.id, r.productId]));
}

/** Resource GIDs whose translations a bundle needs. */
export function bundleGids(bundle: ProductBundle): string[] {
  return [
    toGid('Product', bundle.product.id),
    ...bundle.options.flatMap((o) => [
      toGid('ProductOption', o.id),
      ...o.values.map((v) => toGid('ProductOptionValue', v.id)),
    ]),
    ...bundle.images.map((i) => toGid('ProductImage', i.id)),
  ];
}
