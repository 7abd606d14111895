import type { Db } from '#app/db/client.server.ts';
import { toGid } from '#app/lib/gid.ts';
import { toGrams } from '#app/modules/catalog/core/weight.ts';
import { loadTranslations, translated } from '#app/modules/translations/translations.server.ts';
import {
  bundleGids,
  findVariantProductIds,
  isVariantAvailable,
  loadProductBundles,
} from './products.server.ts';

/** What cart, checkout and order lines show and need of a variant, in the shopper's language. */
export interface LineItemDetails {
  variantId: number;
  productId: number;
  handle: string;
  productTitle: string;
  variantTitle: string;
  /** Source-language titles, for the merchant's order record. */
  sourceProductTitle: string;
  sourceVariantTitle: string;
  sku: string | null;
  grams: number;
  hsCode: string | null;
  countryOfOrigin: string | null;
  image: { src: string; alt: string } | null;
  available: boolean;
}

/** Details of sellable variants (hidden products are left out), loaded in a fixed number of queries. */
export async function lineItemDetails(
  db: Db,
  variantIds: number[],
  language: string,
  now = new Date(),
): Promise<Map<number, LineItemDetails>> {
  const productOf = await findVariantProductIds(db, variantIds);
  const bundles = await loadProductBundles(db, [...new Set(productOf.values())], now);
  const translations = await loadTranslations(db, [...bundles.values()].flatMap(bundleGids), language);
  const out = new Map<number, LineItemDetails>();
  for (const variantId of variantIds) {
    const bundle = bundles.get(productOf.get(variantId) ?? -1);
    const variant = bundle?.variants.find((v) => v.id === variantId);
    if (!bundle || !variant) continue;
    const values = bundle.options
      .map((o, i) => o.values.find((v) => v.id === variant.optionValueIds[i]))
      .filter((v) => v != null);
    const image = bundle.images.find((i) => i.id === variant.imageId) ?? bundle.images[0];
    out.set(variantId, {
      variantId,
      productId: bundle.product.id,
      handle: bundle.product.handle,
      productTitle: translated(
        translations,
        toGid('Product', bundle.product.id),
        'title',
        bundle.product.title,
      ),
      variantTitle: values.length
        ? values
            .map((v) => translated(translations, toGid('ProductOptionValue', v.id), 'name', v.name))
            .join(' / ')
        : variant.title,
      sourceProductTitle: bundle.product.title,
      sourceVariantTitle: values.length ? values.map((v) => v.name).join(' / ') : variant.title,
      sku: variant.sku,
      grams: toGrams(variant.weight, variant.weightUnit),
      hsCode: variant.hsCode,
      countryOfOrigin: variant.countryOfOrigin,
      image: image
        ? {
            src: image.src,
            alt: translated(
              translations,
              toGid('ProductImage', image.id),
              'alt',
              image.altText ?? bundle.product.title,
            ),
          }
        : null,
      available: isVariantAvailable(variant),
    });
  }
  return out;
}
