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

export const LAYOUT_QUERY = `#graphql
  query Layout($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop { name description brand { slogan } }
    header: menu(handle: "main-menu") { ...MenuFields }
    footer: menu(handle: "footer") { ...MenuFields }
    localization {
      country { isoCode name unitSystem currency { isoCode symbol } }
      language { isoCode endonymName }
      availableCountries { isoCode name currency { isoCode } availableLanguages { isoCode endonymName } defaultLanguage { isoCode } }
    }
  }
  ${MENU_FRAGMENT}
` as const;
