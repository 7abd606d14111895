import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import { encodeVariantCombinations } from '#app/modules/catalog/core/variant-encoding.ts';
import { measurementOfRow } from '#app/modules/catalog/core/unit-measurement-input.ts';
import { unitPriceMinor } from '#app/modules/catalog/core/unit-price.ts';
import {
  isVariantAvailable,
  type OptionValueRow,
  type ProductBundle,
  type VariantRow,
} from '#app/modules/catalog/products.server.ts';
import { money, toDecimalString } from '#app/modules/money/core/money.ts';
import {
  contextPrefix,
  ensureBundles,
  ensureTranslations,
  inContext,
  productCollections,
  type StorefrontContext,
} from '../context.server.ts';
import { collectionRef } from './collection-ref.ts';
import { mediaAlt, mediaFile, mediaImageRef } from './media.ts';
import { seoMetafield, seoText } from './seo-metafields.ts';
import { productPromotionMetafield, variantPromotionPriceMetafield } from './promotion-metafields.ts';
import {
  assertPageArgs,
  htmlToText,
  imageUrl,
  moneyV2,
  pageInfo,
  pageOfList,
  tr,
  truncate,
} from './shared.ts';

export interface ProductRef {
  __typename: 'Product';
  id: number;
}
export interface VariantRef {
  __typename: 'ProductVariant';
  productId: number;
  id: number;
}

export const productRef = (id: number): ProductRef => ({ __typename: 'Product', id });

function bundleOf(ctx: StorefrontContext, id: number): ProductBundle {
  const bundle = ctx.bundles.get(id);
  if (!bundle) throw new Error(`Product ${id} was not loaded before its fields were resolved`);
  return bundle;
}

function variantOf(ctx: StorefrontContext, ref: VariantRef): { bundle: ProductBundle; variant: VariantRow } {
  const bundle = bundleOf(ctx, ref.productId);
  const variant = bundle.variants.find((v) => v.id === ref.id);
  if (!variant) throw new Error(`Variant ${ref.id} missing from product ${ref.productId}`);
  return { bundle, variant };
}

const variantRef = (v: VariantRow): VariantRef => ({
  __typename: 'ProductVariant',
  productId: v.productId,
  id: v.id,
});

/** A variant's selected options as (translated name, translated value). */
function selectedOptions(ctx: StorefrontContext, bundle: ProductBundle, variant: VariantRow) {
  return bundle.options.map((option, i) => {
    const value = option.values.find((v) => v.id === variant.optionValueIds[i]);
    return {
      name: tr(ctx, toGid('ProductOption', option.id), 'name', option.name),
      value: value ? tr(ctx, toGid('ProductOptionValue', value.id), 'name', value.name) : '',
    };
  });
}

/** Finds a variant by options given as source or translated names and values. */
function matchVariant(
  ctx: StorefrontContext,
  bundle: ProductBundle,
  wanted: { name: string; value: string }[],
  opts: { ignoreUnknownOptions?: boolean | null; caseInsensitiveMatch?: boolean | null },
): VariantRow | null {
  const norm = (s: string) => (opts.caseInsensitiveMatch ? s.toLowerCase() : s);
  const constraints: { position: number; valueIds: Set<number> }[] = [];
  for (const w of wanted) {
    const optionIndex = bundle.options.findIndex(
      (o) =>
        norm(o.name) === norm(w.name) ||
        norm(tr(ctx, toGid('ProductOption', o.id), 'name', o.name)) === norm(w.name),
    );
    if (optionIndex < 0) {
      if (opts.ignoreUnknownOptions) continue;
      return null;
    }
    const option = bundle.options[optionIndex]!;
    const ids = option.values
      .filter(
        (v) =>
          norm(v.name) === norm(w.value) ||
          norm(tr(ctx, toGid('ProductOptionValue', v.id), 'name', v.name)) === norm(w.value),
      )
      .map((v) => v.id);
    if (ids.length === 0 && !opts.ignoreUnknownOptions) return null;
    if (ids.length > 0) constraints.push({ position: optionIndex, valueIds: new Set(ids) });
  }
  if (constraints.length === 0) return null;
  return (
    bundle.variants.find((v) =>
      constraints.every((c) => c.valueIds.has(v.optionValueIds[c.position] ?? -1)),
    ) ?? null
  );
}

function firstAvailable(bundle: ProductBundle): VariantRow | null {
  return bundle.variants.find(isVariantAvailable) ?? bundle.variants[0] ?? null;
}

function combos(bundle: ProductBundle, variants: VariantRow[]): number[][] {
  return variants.map((v) =>
    v.optionValueIds.map((id, i) => bundle.options[i]?.values.findIndex((val) => val.id === id) ?? -1),
  );
}

/** The variant's current presentment price (precomputed; loaded with its bundle). */
function priceOf(ctx: StorefrontContext, v: VariantRow) {
  const p = ctx.prices.get(v.id);
  if (!p) throw new Error(`Price of variant ${v.id} was not loaded`);
  return p;
}

function priceRange(ctx: StorefrontContext, bundle: ProductBundle, pick: (v: VariantRow) => number | null) {
  const currency = ctx.inContext!.market.currency;
  const amounts = bundle.variants.map(pick).filter((a): a is number => a != null);
  const min = amounts.length ? Math.min(...amounts) : 0;
  const max = amounts.length ? Math.max(...amounts) : 0;
  return { minVariantPrice: moneyV2(money(min, currency)), maxVariantPrice: moneyV2(money(max, currency)) };
}

type Args = Record<string, unknown>;
type SelectedArgs = {
  selectedOptions?: { name: string; value: string }[] | null;
  ignoreUnknownOptions?: boolean | null;
  caseInsensitiveMatch?: boolean | null;
};

function localizedHandle(ctx: StorefrontContext, bundle: ProductBundle): string {
  return tr(ctx, toGid('Product', bundle.product.id), 'handle', bundle.product.handle);
}

export const productResolvers = {
  Product: {
    id: (p: ProductRef) => toGid('Product', p.id),
    handle: (p: ProductRef, _: Args, ctx: StorefrontContext) => localizedHandle(ctx, bundleOf(ctx, p.id)),
    title: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      tr(ctx, toGid('Product', p.id), 'title', bundleOf(ctx, p.id).product.title),
    descriptionHtml: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      tr(ctx, toGid('Product', p.id), 'body_html', bundleOf(ctx, p.id).product.descriptionHtml),
    description: (p: ProductRef, args: { truncateAt?: number | null }, ctx: StorefrontContext) =>
      truncate(
        htmlToText(tr(ctx, toGid('Product', p.id), 'body_html', bundleOf(ctx, p.id).product.descriptionHtml)),
        args.truncateAt,
      ),
    vendor: (p: ProductRef, _: Args, ctx: StorefrontContext) => bundleOf(ctx, p.id).product.vendor,
    productType: (p: ProductRef, _: Args, ctx: StorefrontContext) => bundleOf(ctx, p.id).product.productType,
    tags: (p: ProductRef, _: Args, ctx: StorefrontContext) => bundleOf(ctx, p.id).product.tags,
    isGiftCard: () => false,
    requiresSellingPlan: () => false,
    availableForSale: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      bundleOf(ctx, p.id).variants.some(isVariantAvailable),
    totalInventory: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      bundleOf(ctx, p.id).variants.reduce((n, v) => n + Math.max(0, v.inventoryQuantity), 0),
    createdAt: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      bundleOf(ctx, p.id).product.createdAt.toISOString(),
    updatedAt: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      bundleOf(ctx, p.id).product.updatedAt.toISOString(),
    publishedAt: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      (bundleOf(ctx, p.id).product.publishedAt ?? bundleOf(ctx, p.id).product.createdAt).toISOString(),
    onlineStoreUrl: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      `${ctx.origin}${contextPrefix(ctx)}/products/${encodeURIComponent(localizedHandle(ctx, bundleOf(ctx, p.id)))}`,
    seo: (p: ProductRef, _: Args, ctx: StorefrontContext) => {
      const { product } = bundleOf(ctx, p.id);
      const gid = toGid('Product', p.id);
      return {
        title: seoText(ctx, gid, 'meta_title', product.seoTitle),
        description: seoText(ctx, gid, 'meta_description', product.seoDescription),
      };
    },
    metafield: (p: ProductRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) =>
      args.namespace === 'meridian' && args.key === 'promotion'
        ? productPromotionMetafield(ctx, p.id)
        : seoMetafield(ctx, toGid('Product', p.id), args),
    featuredImage: (p: ProductRef, _: Args, ctx: StorefrontContext) => bundleOf(ctx, p.id).images[0] ?? null,
    images: (
      p: ProductRef,
      args: { first?: number | null; last?: number | null; reverse?: boolean | null },
      ctx: StorefrontContext,
    ) => {
      assertPageArgs(args);
      const images = pageOfList(bundleOf(ctx, p.id).images, args);
      const edges = images.map((node) => ({
        node,
        cursor: Buffer.from(`img:${node.id}`).toString('base64url'),
      }));
      return { nodes: images, edges, pageInfo: pageInfo(edges, false, false) };
    },
    collections: async (
      p: ProductRef,
      args: { first?: number | null; last?: number | null; reverse?: boolean | null },
      ctx: StorefrontContext,
      info: GraphQLResolveInfo,
    ) => {
      assertPageArgs(args);
      const rows = pageOfList(await productCollections(ctx, p.id), args);
      const { language } = await inContext(ctx, info);
      await ensureTranslations(
        ctx,
        rows.map((row) => toGid('Collection', row.id)),
        language,
      );
      const edges = rows.map((row) => ({
        node: collectionRef(row),
        cursor: Buffer.from(`col:${row.id}`).toString('base64url'),
      }));
      return { nodes: edges.map((e) => e.node), edges, pageInfo: pageInfo(edges, false, false) };
    },
    options: (p: ProductRef, args: { first?: number | null }, ctx: StorefrontContext) => {
      const bundle = bundleOf(ctx, p.id);
      const options = args.first != null ? bundle.options.slice(0, Math.max(0, args.first)) : bundle.options;
      return options.map((o) => ({ option: o, productId: p.id }));
    },
    priceRange: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      priceRange(ctx, bundleOf(ctx, p.id), (v) => priceOf(ctx, v).price),
    compareAtPriceRange: (p: ProductRef, _: Args, ctx: StorefrontContext) =>
      priceRange(ctx, bundleOf(ctx, p.id), (v) => priceOf(ctx, v).compareAt),
    variants: (
      p: ProductRef,
      args: { first?: number | null; last?: number | null; reverse?: boolean | null },
      ctx: StorefrontContext,
    ) => {
      assertPageArgs(args);
      const list = pageOfList(bundleOf(ctx, p.id).variants, args);
      const edges = list.map((v) => ({
        node: variantRef(v),
        cursor: Buffer.from(`var:${v.id}`).toString('base64url'),
      }));
      return { nodes: edges.map((e) => e.node), edges, pageInfo: pageInfo(edges, false, false) };
    },
    variantsCount: (p: ProductRef, _: Args, ctx: StorefrontContext) => ({
      count: bundleOf(ctx, p.id).variants.length,
      precision: 'EXACT',
    }),
    selectedOrFirstAvailableVariant: (p: ProductRef, args: SelectedArgs, ctx: StorefrontContext) => {
      const bundle = bundleOf(ctx, p.id);
      const match = args.selectedOptions?.length
        ? matchVariant(ctx, bundle, args.selectedOptions, args)
        : null;
      const v = match ?? firstAvailable(bundle);
      return v ? variantRef(v) : null;
    },
    variantBySelectedOptions: (p: ProductRef, args: SelectedArgs, ctx: StorefrontContext) => {
      const v = matchVariant(ctx, bundleOf(ctx, p.id), args.selectedOptions ?? [], args);
      return v ? variantRef(v) : null;
    },
    adjacentVariants: (p: ProductRef, args: SelectedArgs, ctx: StorefrontContext) => {
      const bundle = bundleOf(ctx, p.id);
      const selected =
        (args.selectedOptions?.length ? matchVariant(ctx, bundle, args.selectedOptions, args) : null) ??
        firstAvailable(bundle);
      if (!selected) return [];
      // Variants that differ from the selected one in exactly one option.
      return bundle.variants
        .filter(
          (v) =>
            v.id !== selected.id &&
            v.optionValueIds.filter((id, i) => id !== selected.optionValueIds[i]).length === 1,
        )
        .map(variantRef);
    },
    encodedVariantExistence: (p: ProductRef, _: Args, ctx: StorefrontContext) => {
      const bundle = bundleOf(ctx, p.id);
      return encodeVariantCombinations(combos(bundle, bundle.variants));
    },
    encodedVariantAvailability: (p: ProductRef, _: Args, ctx: StorefrontContext) => {
      const bundle = bundleOf(ctx, p.id);
      return encodeVariantCombinations(combos(bundle, bundle.variants.filter(isVariantAvailable)));
    },
  },
  ProductOption: {
    id: (o: { option: { id: number } }) => toGid('ProductOption', o.option.id),
    name: (o: { option: { id: number; name: string } }, _: Args, ctx: StorefrontContext) =>
      tr(ctx, toGid('ProductOption', o.option.id), 'name', o.option.name),
    values: (o: { option: ProductBundle['options'][number] }, _: Args, ctx: StorefrontContext) =>
      o.option.values.map((v) => tr(ctx, toGid('ProductOptionValue', v.id), 'name', v.name)),
    optionValues: (o: { option: ProductBundle['options'][number]; productId: number }) =>
      o.option.values.map((value) => ({ value, productId: o.productId, optionId: o.option.id })),
  },
  ProductOptionValue: {
    id: (v: { value: { id: number } }) => toGid('ProductOptionValue', v.value.id),
    name: (v: { value: { id: number; name: string } }, _: Args, ctx: StorefrontContext) =>
      tr(ctx, toGid('ProductOptionValue', v.value.id), 'name', v.value.name),
    swatch: (v: { value: OptionValueRow }) =>
      v.value.swatchColor || v.value.swatchImageId != null
        ? { color: v.value.swatchColor, imageId: v.value.swatchImageId }
        : null,
    firstSelectableVariant: (
      v: { value: { id: number }; productId: number },
      _: Args,
      ctx: StorefrontContext,
    ) => {
      const bundle = bundleOf(ctx, v.productId);
      const withValue = bundle.variants.filter((variant) => variant.optionValueIds.includes(v.value.id));
      const pick = withValue.find(isVariantAvailable) ?? withValue[0];
      return pick ? variantRef(pick) : null;
    },
  },
  ProductOptionValueSwatch: {
    image: async (s: { imageId: number | null }, _: Args, ctx: StorefrontContext) => {
      if (s.imageId == null) return null;
      // Every swatch image of the products loaded so far, in one query.
      const siblings = [...ctx.bundles.values()].flatMap(
        (b) => b?.options.flatMap((o) => o.values.map((v) => v.swatchImageId)) ?? [],
      );
      const file = await mediaFile(
        ctx,
        s.imageId,
        siblings.filter((id): id is number => id != null),
      );
      return file ? mediaImageRef(ctx, file) : null;
    },
  },
  ProductVariant: {
    id: (v: VariantRef) => toGid('ProductVariant', v.id),
    title: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const { bundle, variant } = variantOf(ctx, v);
      const opts = selectedOptions(ctx, bundle, variant);
      return opts.length ? opts.map((o) => o.value).join(' / ') : variant.title;
    },
    sku: (v: VariantRef, _: Args, ctx: StorefrontContext) => variantOf(ctx, v).variant.sku,
    barcode: (v: VariantRef, _: Args, ctx: StorefrontContext) => variantOf(ctx, v).variant.barcode,
    availableForSale: (v: VariantRef, _: Args, ctx: StorefrontContext) =>
      isVariantAvailable(variantOf(ctx, v).variant),
    currentlyNotInStock: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const { variant } = variantOf(ctx, v);
      return variant.inventoryQuantity <= 0 && variant.inventoryPolicy === 'continue';
    },
    quantityAvailable: (v: VariantRef, _: Args, ctx: StorefrontContext) =>
      Math.max(0, variantOf(ctx, v).variant.inventoryQuantity),
    price: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const p = priceOf(ctx, variantOf(ctx, v).variant);
      return moneyV2(money(p.price, p.currency));
    },
    compareAtPrice: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const p = priceOf(ctx, variantOf(ctx, v).variant);
      return p.compareAt != null && p.compareAt > p.price ? moneyV2(money(p.compareAt, p.currency)) : null;
    },
    selectedOptions: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const { bundle, variant } = variantOf(ctx, v);
      return selectedOptions(ctx, bundle, variant);
    },
    image: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const { bundle, variant } = variantOf(ctx, v);
      return bundle.images.find((i) => i.id === variant.imageId) ?? bundle.images[0] ?? null;
    },
    product: (v: VariantRef) => productRef(v.productId),
    /** The market price per reference quantity (EU price indication), in the market's currency. */
    unitPrice: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const { variant } = variantOf(ctx, v);
      const measurement = measurementOfRow(variant);
      if (!measurement) return null;
      const p = priceOf(ctx, variant);
      const unit = unitPriceMinor(p.price, measurement);
      return unit === null ? null : moneyV2(money(unit, p.currency));
    },
    unitPriceMeasurement: (v: VariantRef, _: Args, ctx: StorefrontContext) => {
      const measurement = measurementOfRow(variantOf(ctx, v).variant);
      return measurement ? { ...measurement, quantityValue: Number(measurement.quantityValue) } : null;
    },
    weight: (v: VariantRef, _: Args, ctx: StorefrontContext) => variantOf(ctx, v).variant.weight,
    weightUnit: (v: VariantRef, _: Args, ctx: StorefrontContext) => variantOf(ctx, v).variant.weightUnit,
    requiresShipping: () => true,
    taxable: () => true,
    /**
     * Meridian publishes computed facts as app metafields, as a Shopify app would:
     * meridian.lowest_price_30d is the lowest price of the previous 30 days (EU Omnibus).
     */
    metafield: (v: VariantRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) => {
      // meridian.price_valid_until: when the current price ends (a scheduled sale's last moment), for Offer.priceValidUntil.
      if (args.namespace === 'meridian' && args.key === 'price_valid_until') {
        const until = priceOf(ctx, variantOf(ctx, v).variant).validTo;
        return until
          ? {
              id: `gid://shopify/Metafield/${v.id}-until`,
              namespace: 'meridian',
              key: 'price_valid_until',
              type: 'date_time',
              value: until.toISOString(),
            }
          : null;
      }
      if (args.namespace === 'meridian' && args.key === 'promotion_price') {
        const { variant } = variantOf(ctx, v);
        return variantPromotionPriceMetafield(
          ctx,
          { id: v.id, productId: v.productId },
          priceOf(ctx, variant),
        );
      }
      if (args.namespace !== 'meridian' || args.key !== 'lowest_price_30d') return null;
      const p = priceOf(ctx, variantOf(ctx, v).variant);
      if (p.lowest30d == null) return null;
      return {
        id: `gid://shopify/Metafield/${v.id}`,
        namespace: 'meridian',
        key: 'lowest_price_30d',
        type: 'money',
        value: JSON.stringify({
          amount: toDecimalString(money(p.lowest30d, p.currency)),
          currency_code: p.currency,
        }),
      };
    },
  },
  Image: {
    // Collection images arrive already translated and have no image resource of their own;
    // uploaded media (mediaId set) are identified and translated as their MediaImage.
    id: (i: { id: number; preTranslated?: boolean; mediaId?: number }) =>
      i.mediaId != null
        ? toGid('MediaImage', i.mediaId)
        : i.preTranslated
          ? null
          : toGid('ProductImage', i.id),
    url: (
      i: { src: string },
      args: { transform?: { maxWidth?: number | null } | null },
      ctx: StorefrontContext,
    ) => imageUrl(ctx.origin, i.src, args.transform?.maxWidth),
    altText: (
      i: { id: number; altText: string | null; preTranslated?: boolean; mediaId?: number },
      _: Args,
      ctx: StorefrontContext,
      info: GraphQLResolveInfo,
    ) =>
      i.mediaId != null
        ? mediaAlt(ctx, info, { id: i.mediaId, alt: i.altText })
        : i.altText == null || i.preTranslated
          ? i.altText
          : tr(ctx, toGid('ProductImage', i.id), 'alt', i.altText),
  },
};

/** Ensures request-level context is ready before product fields resolve. */
export async function prepareProducts(ctx: StorefrontContext, info: GraphQLResolveInfo, ids: number[]) {
  const c = await inContext(ctx, info);
  await ensureBundles(ctx, ids, c.language);
  return c;
}
