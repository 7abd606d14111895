/** Fragments shared by storefront routes; every document validates against the official schema (tests). */

export const MONEY_FRAGMENT = `#graphql
  fragment Money on MoneyV2 { amount currencyCode }
` as const;

export const PRODUCT_CARD_FRAGMENT = `#graphql
  fragment ProductCard on Product {
    id
    handle
    title
    vendor
    availableForSale
    featuredImage { id url altText width height }
    priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }
    compareAtPriceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }
    options(first: 3) { name optionValues { name swatch { color } } }
    selectedOrFirstAvailableVariant { lowestPrice: metafield(namespace: "meridian", key: "lowest_price_30d") { value } }
    # The unit price belongs to the variant whose price the card shows (the minimum).
    variants(first: 100) {
      nodes {
        price { ...Money }
        unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }
      }
    }
    promotion: metafield(namespace: "meridian", key: "promotion") { value }
  }
  ${MONEY_FRAGMENT}
` as const;

export const MENU_FRAGMENT = `#graphql
  fragment MenuItemFields on MenuItem { id title type url }
  fragment MenuFields on Menu {
    id
    handle
    items { ...MenuItemFields items { ...MenuItemFields } }
  }
` as const;

/** The policies the footer and the pay note link to (title and handle; null where unpublished). */
export const POLICY_LINKS_FRAGMENT = `#graphql
  fragment ShopPolicyLinks on Shop {
    privacyPolicy { handle title }
    refundPolicy { handle title }
    shippingPolicy { handle title }
    termsOfService { handle title }
    subscriptionPolicy { id handle title }
    legalNotice: metafield(namespace: "meridian", key: "legal_notice") { value }
    contactInformation: metafield(namespace: "meridian", key: "contact_information") { value }
  }
` as const;

export const LAYOUT_QUERY = `#graphql
  query Layout($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop {
      name description
      brand {
        slogan
        logo { image { url(transform: { maxWidth: 400 }) altText width height } }
        colors { primary { background foreground } secondary { background foreground } }
      }
      ...ShopPolicyLinks
    }
    header: menu(handle: "main-menu") { ...MenuFields }
    footer: menu(handle: "footer") { ...MenuFields }
    localization {
      country { isoCode name unitSystem currency { isoCode symbol } }
      language { isoCode endonymName }
      availableCountries { isoCode name currency { isoCode } availableLanguages { isoCode endonymName } defaultLanguage { isoCode } }
    }
  }
  ${MENU_FRAGMENT}
  ${POLICY_LINKS_FRAGMENT}
` as const;
