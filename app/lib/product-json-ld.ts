/** schema.org Product + BreadcrumbList for a product page (escaped by jsonLdScript). */
interface ProductForJsonLd {
  title: string;
  description: string;
  vendor: string;
  handle: string;
  images: { nodes: { url: string }[] };
  selectedOrFirstAvailableVariant?: { sku?: string | null } | null;
  variants: { nodes: { id: string; sku?: string | null; availableForSale: boolean; price: { amount: string; currencyCode: string } }[] };
}

export function productJsonLd(product: ProductForJsonLd, ctx: { url: string; shopName: string; homeUrl: string }) {
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
          availability: v.availableForSale ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
          itemCondition: 'https://schema.org/NewCondition',
          seller: { '@type': 'Organization', name: ctx.shopName },
        })),
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: ctx.shopName, item: ctx.homeUrl },
          { '@type': 'ListItem', position: 2, name: product.title, item: ctx.url },
        ],
      },
    ],
  };
}
