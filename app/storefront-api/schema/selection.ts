/**
 * What Meridian serves of the official Storefront API 2026-04 schema.
 * Each entry names a type and the fields kept on it; a field maps to the list of
 * arguments kept (an empty list keeps none). Types not listed here but reachable
 * (scalars, enums) are taken whole from the official schema; nothing is retyped.
 */
export type FieldSelection = Record<string, readonly string[]>;
export type SchemaSelection = Record<string, FieldSelection>;

const page = ['first', 'last', 'after', 'before', 'reverse'] as const;

export const SELECTION: SchemaSelection = {
  QueryRoot: {
    shop: [],
    localization: [],
    product: ['id', 'handle'],
    products: [...page, 'query', 'sortKey'],
    collection: ['id', 'handle'],
    collections: [...page, 'sortKey'],
    search: [...page, 'query', 'sortKey', 'types', 'productFilters', 'unavailableProducts'],
    predictiveSearch: ['query', 'limit', 'types', 'limitScope', 'unavailableProducts'],
    menu: ['handle'],
    node: ['id'],
    nodes: ['ids'],
    productRecommendations: ['productId', 'productHandle', 'intent'],
    page: ['id', 'handle'],
  },
  Page: { id: [], handle: [], title: [], body: [], bodySummary: [], seo: [], createdAt: [], updatedAt: [], onlineStoreUrl: [] },
  Shop: { id: [], name: [], description: [], brand: [], primaryDomain: [], paymentSettings: [], moneyFormat: [], shipsToCountries: [] },
  Brand: { slogan: [], shortDescription: [] },
  Domain: { host: [], sslEnabled: [], url: [] },
  PaymentSettings: { countryCode: [], currencyCode: [], enabledPresentmentCurrencies: [] },
  Localization: { country: [], language: [], availableCountries: [], availableLanguages: [], market: [] },
  Country: { isoCode: [], name: [], currency: [], availableLanguages: [], defaultLanguage: [], unitSystem: [], market: [] },
  Currency: { isoCode: [], name: [], symbol: [] },
  Language: { isoCode: [], name: [], endonymName: [] },
  Market: { id: [], handle: [] },
  Node: { id: [] },
  Product: {
    id: [], handle: [], title: [], description: ['truncateAt'], descriptionHtml: [], vendor: [], productType: [], tags: [],
    availableForSale: [], createdAt: [], updatedAt: [], publishedAt: [], onlineStoreUrl: [], totalInventory: [],
    seo: [], featuredImage: [], images: page, options: ['first'], priceRange: [], compareAtPriceRange: [],
    variants: page, variantsCount: [], selectedOrFirstAvailableVariant: ['selectedOptions', 'ignoreUnknownOptions', 'caseInsensitiveMatch'],
    variantBySelectedOptions: ['selectedOptions', 'ignoreUnknownOptions', 'caseInsensitiveMatch'],
    adjacentVariants: ['selectedOptions', 'ignoreUnknownOptions', 'caseInsensitiveMatch'],
    encodedVariantExistence: [], encodedVariantAvailability: [], collections: page, isGiftCard: [], requiresSellingPlan: [],
  },
  Count: { count: [], precision: [] },
  ProductOption: { id: [], name: [], optionValues: [], values: [] },
  ProductOptionValue: { id: [], name: [], swatch: [], firstSelectableVariant: [] },
  ProductOptionValueSwatch: { color: [] },
  ProductVariant: {
    id: [], title: [], sku: [], barcode: [], availableForSale: [], currentlyNotInStock: [], quantityAvailable: [],
    price: [], compareAtPrice: [], selectedOptions: [], image: [], product: [], weight: [], weightUnit: [],
    requiresShipping: [], taxable: [], metafield: ['namespace', 'key'],
  },
  Metafield: { id: [], namespace: [], key: [], value: [], type: [] },
  SelectedOption: { name: [], value: [] },
  SelectedOptionInput: { name: [], value: [] },
  Image: { id: [], url: ['transform'], altText: [], width: [], height: [] },
  ImageTransformInput: { maxWidth: [], maxHeight: [], crop: [], scale: [], preferredContentType: [] },
  SEO: { title: [], description: [] },
  MoneyV2: { amount: [], currencyCode: [] },
  ProductPriceRange: { minVariantPrice: [], maxVariantPrice: [] },
  PageInfo: { hasNextPage: [], hasPreviousPage: [], startCursor: [], endCursor: [] },
  ProductConnection: { edges: [], nodes: [], pageInfo: [], filters: [] },
  ProductEdge: { cursor: [], node: [] },
  ProductVariantConnection: { edges: [], nodes: [], pageInfo: [] },
  ProductVariantEdge: { cursor: [], node: [] },
  ImageConnection: { edges: [], nodes: [], pageInfo: [] },
  ImageEdge: { cursor: [], node: [] },
  Collection: {
    id: [], handle: [], title: [], description: ['truncateAt'], descriptionHtml: [], image: [], seo: [], updatedAt: [],
    onlineStoreUrl: [], products: [...page, 'sortKey', 'filters'],
  },
  CollectionConnection: { edges: [], nodes: [], pageInfo: [], totalCount: [] },
  CollectionEdge: { cursor: [], node: [] },
  ProductFilter: { available: [], price: [], variantOption: [], productType: [], productVendor: [], tag: [] },
  PriceRangeFilter: { min: [], max: [] },
  VariantOptionFilter: { name: [], value: [] },
  Filter: { id: [], label: [], type: [], values: [] },
  FilterValue: { id: [], label: [], count: [], input: [] },
  Menu: { id: [], handle: [], title: [], items: [], itemsCount: [] },
  MenuItem: { id: [], title: [], type: [], url: [], items: [], resourceId: [], tags: [] },
  SearchResultItemConnection: { edges: [], nodes: [], pageInfo: [], totalCount: [], productFilters: [] },
  SearchResultItemEdge: { cursor: [], node: [] },
  SearchResultItem: { Product: [] },
  PredictiveSearchResult: { products: [], collections: [], queries: [] },
  SearchQuerySuggestion: { text: [], styledText: [] },
};

/** Interfaces a kept type keeps implementing (each must be served too). */
export const INTERFACES: Record<string, readonly string[]> = {
  Product: ['Node'],
  ProductVariant: ['Node'],
  Collection: ['Node'],
  ProductOption: ['Node'],
  ProductOptionValue: ['Node'],
  Menu: ['Node'],
  MenuItem: ['Node'],
  Market: ['Node'],
  Page: ['Node'],
  Metafield: ['Node'],
};

/** Directives served, with their kept arguments. */
export const DIRECTIVES: Record<string, readonly string[]> = {
  inContext: ['country', 'language'],
  include: ['if'],
  skip: ['if'],
  deprecated: ['reason'],
  oneOf: [],
  specifiedBy: ['url'],
};
