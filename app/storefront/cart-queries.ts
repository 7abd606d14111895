/** Cart documents for Hydrogen's cart handler: only the fields Meridian serves (checked by codegen). */

export const CART_QUERY_FRAGMENT = `#graphql
  fragment CartApiQuery on Cart {
    id
    checkoutUrl
    totalQuantity
    updatedAt
    note
    buyerIdentity { countryCode email }
    discountCodes { code applicable }
    progress: metafield(namespace: "meridian", key: "promotion_progress") { value }
    cost {
      subtotalAmount { amount currencyCode }
      totalAmount { amount currencyCode }
    }
    lines(first: $numCartLines) {
      nodes {
        id
        quantity
        attributes { key value }
        cost {
          amountPerQuantity { amount currencyCode }
          compareAtAmountPerQuantity { amount currencyCode }
          totalAmount { amount currencyCode }
        }
        merchandise {
          ... on ProductVariant {
            id
            title
            availableForSale
            quantityAvailable
            image { id url(transform: { maxWidth: 200 }) altText width height }
            price { amount currencyCode }
            selectedOptions { name value }
            product { id title handle vendor }
            unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }
          }
        }
      }
    }
  }
` as const;

export const CART_MUTATE_FRAGMENT = `#graphql
  fragment CartApiMutation on Cart {
    id
    totalQuantity
    checkoutUrl
  }
` as const;

export const CART_COUNT_QUERY = `#graphql
  query CartCount($cartId: ID!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    cart(id: $cartId) { totalQuantity buyerIdentity { countryCode } }
  }
` as const;
