import type { ProductCardFragment } from '#app/storefrontapi.generated.d.ts';

/**
 * What a product card draws, shaped in the loader: the query's variant list is there only to find
 * the unit price of the price shown (PAngV §4 / Directive 98/6/EC: that of a cheapest variant),
 * and sending it to the browser would make each card several times larger than what it shows.
 */
export function productCard(product: ProductCardFragment) {
  const min = product.priceRange.minVariantPrice;
  const cheapest = product.variants.nodes.find(
    (v) => v.price.amount === min.amount && v.price.currencyCode === min.currencyCode,
  );
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    vendor: product.vendor,
    availableForSale: product.availableForSale,
    featuredImage: product.featuredImage && {
      url: product.featuredImage.url,
      altText: product.featuredImage.altText,
      width: product.featuredImage.width,
      height: product.featuredImage.height,
    },
    min,
    varies: min.amount !== product.priceRange.maxVariantPrice.amount,
    compareAt: product.compareAtPriceRange.minVariantPrice,
    lowestPrice: product.selectedOrFirstAvailableVariant?.lowestPrice?.value,
    unitPriceMeasurement: cheapest?.unitPriceMeasurement,
    promotion: product.promotion?.value,
    swatches: product.options
      .flatMap((o) => o.optionValues)
      .flatMap((v) => (v.swatch?.color ? [{ name: v.name, color: v.swatch.color }] : []))
      .slice(0, 5),
  };
}

export type ProductCardData = ReturnType<typeof productCard>;
