import { productCard, type ProductCardData } from './product-card-data.ts';
import type { StorefrontPage } from './storefront-context.server.ts';
import { PRODUCT_CARD_FRAGMENT } from './storefront-queries.ts';

const RECOMMENDATIONS_QUERY = `#graphql
  query Recommendations($handle: String!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    productRecommendations(productHandle: $handle) { ...ProductCard }
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;

/** Up to four products like this one, as cards. They are an extra: a failure leaves them out. */
export async function loadRecommendations(
  sf: Pick<StorefrontPage, 'storefront'>,
  handle: string | undefined,
): Promise<ProductCardData[]> {
  if (!handle || handle.length > 255) return [];
  return sf.storefront
    .query(RECOMMENDATIONS_QUERY, { variables: { handle }, cache: sf.storefront.CacheShort() })
    .then((r) => (r.productRecommendations?.slice(0, 4) ?? []).map(productCard))
    .catch(() => []);
}
