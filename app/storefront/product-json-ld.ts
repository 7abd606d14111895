import {
  priceValidUntil,
  returnPolicy,
  shippingDetails,
  type ReturnPolicyJson,
  type ShippingRatesJson,
} from '#app/storefront/offer-json-ld.ts';
import { referenceQuantity, type MeasurementJson } from '#app/storefront/unit-price-json-ld.ts';

/** schema.org Product + BreadcrumbList for a product page (escaped by jsonLdScript). */
interface ProductForJsonLd {
  title: string;
  description: string;
  vendor: string;
  handle: string;
  images: { nodes: { url: string }[] };
  selectedOrFirstAvailableVariant?: { sku?: string | null } | null;
  variants: {
    nodes: {
      id: string;
      sku?: string | null;
      availableForSale: boolean;
      price: { amount: string; currencyCode: string };
      weight?: number | null;
      weightUnit?: string | null;
      priceValidUntil?: { value: string } | null;
      unitPriceMeasurement?: MeasurementJson | null;
    }[];
  };
}

export interface OfferContext {
  url: string;
  shopName: string;
  homeUrl: string;
  collectionsUrl: string;
  collectionsName: string;
  /** Whether the shown price includes VAT/GST (the market's display rule). */
  taxInclusive: boolean;
  shipping: ShippingRatesJson | null;
  returns: ReturnPolicyJson | null;
}

export function productJsonLd(product: ProductForJsonLd, ctx: OfferContext) {
  const policy = returnPolicy(ctx.returns);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Product',
        '@id': `${ctx.url}#product`,
        name: product.title,
        description: product.description,
        url: ctx.url,
        image: product.images.nodes.map((i) => i.url),
        brand: { '@type': 'Brand', name: product.vendor },
        sku: product.selectedOrFirstAvailableVariant?.sku ?? undefined,
        offers: product.variants.nodes.map((v) => ({
          '@type': 'Offer',
          sku: v.sku ?? undefined,
          url: ctx.url,
          price: v.price.amount,
          priceCurrency: v.price.currencyCode,
          priceSpecification: {
            '@type': 'UnitPriceSpecification',
            price: v.price.amount,
            priceCurrency: v.price.currencyCode,
            valueAddedTaxIncluded: ctx.taxInclusive,
            // Goods sold by measure: how much the price buys and the unit price's base (EU unit price).
            referenceQuantity: referenceQuantity(v.unitPriceMeasurement),
          },
          priceValidUntil: priceValidUntil(v.priceValidUntil?.value),
          availability: v.availableForSale ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
          itemCondition: 'https://schema.org/NewCondition',
          seller: { '@type': 'Organization', name: ctx.shopName },
          shippingDetails: shippingDetails(ctx.shipping, v),
          hasMerchantReturnPolicy: policy,
        })),
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: ctx.shopName, item: ctx.homeUrl },
          { '@type': 'ListItem', position: 2, name: ctx.collectionsName, item: ctx.collectionsUrl },
          { '@type': 'ListItem', position: 3, name: product.title, item: ctx.url },
        ],
      },
    ],
  };
}
