/* eslint-disable eslint-comments/disable-enable-pair */
/* eslint-disable eslint-comments/no-unlimited-disable */
/* eslint-disable */
import type * as StorefrontAPI from '@shopify/hydrogen/storefront-api-types';

export type HomeQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type HomeQuery = { shop: (
    Pick<StorefrontAPI.Shop, 'name' | 'description'>
    & { brand?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Brand, 'slogan'>>, returnPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, titleTag?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, descriptionTag?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogTitle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogDescription?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
  ), collections: { nodes: Array<(
      Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title'>
      & { image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }
    )> }, featured?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title'>
    & { products: { nodes: Array<(
        Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
        & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
          Pick<StorefrontAPI.ProductOption, 'name'>
          & { optionValues: Array<(
            Pick<StorefrontAPI.ProductOptionValue, 'name'>
            & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
          )> }
        )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
      )> } }
  )>, sale?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title'>
    & { products: { nodes: Array<(
        Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
        & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
          Pick<StorefrontAPI.ProductOption, 'name'>
          & { optionValues: Array<(
            Pick<StorefrontAPI.ProductOptionValue, 'name'>
            & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
          )> }
        )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
      )> } }
  )> };

export type BlogArticleQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  articleHandle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type BlogArticleQuery = { blog?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'>
    & { articleByHandle?: StorefrontAPI.Maybe<(
      Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title' | 'contentHtml' | 'excerpt' | 'publishedAt' | 'tags'>
      & { authorV2?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ArticleAuthor, 'name' | 'bio'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>>, seo?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Seo, 'title' | 'description'>>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogTitle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogDescription?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
    )> }
  )> };

export type BlogPageQueryVariables = StorefrontAPI.Exact<{
  blogHandle: StorefrontAPI.Scalars['String']['input'];
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  before?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type BlogPageQuery = { blog?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'>
    & { seo?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Seo, 'title' | 'description'>>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, articles: { nodes: Array<(
        Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title' | 'excerpt' | 'publishedAt'>
        & { authorV2?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ArticleAuthor, 'name'>>, blog: Pick<StorefrontAPI.Blog, 'handle'>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }
      )>, pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'> } }
  )> };

export type BlogIndexQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type BlogIndexQuery = { blogs: { nodes: Array<(
      Pick<StorefrontAPI.Blog, 'id' | 'handle' | 'title'>
      & { articles: { nodes: Array<(
          Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title' | 'excerpt' | 'publishedAt'>
          & { authorV2?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ArticleAuthor, 'name'>>, blog: Pick<StorefrontAPI.Blog, 'handle'>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }
        )> } }
    )> } };

export type CollectionPageQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  before?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  sortKey?: StorefrontAPI.InputMaybe<StorefrontAPI.ProductCollectionSortKeys>;
  reverse?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Boolean']['input']>;
  filters?: StorefrontAPI.InputMaybe<Array<StorefrontAPI.ProductFilter> | StorefrontAPI.ProductFilter>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type CollectionPageQuery = { collection?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title' | 'description'>
    & { seo: Pick<StorefrontAPI.Seo, 'title' | 'description'>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogTitle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogDescription?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>>, products: { nodes: Array<(
        Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
        & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
          Pick<StorefrontAPI.ProductOption, 'name'>
          & { optionValues: Array<(
            Pick<StorefrontAPI.ProductOptionValue, 'name'>
            & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
          )> }
        )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
      )>, filters: Array<(
        Pick<StorefrontAPI.Filter, 'id' | 'label' | 'type'>
        & { values: Array<Pick<StorefrontAPI.FilterValue, 'id' | 'label' | 'count' | 'input'>> }
      )>, pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'> } }
  )> };

export type CollectionsIndexQueryVariables = StorefrontAPI.Exact<{
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  before?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type CollectionsIndexQuery = { collections: { nodes: Array<(
      Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title' | 'description'>
      & { image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }
    )>, pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'> } };

export type PageQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type PageQuery = { page?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Page, 'id' | 'handle' | 'title' | 'body' | 'bodySummary'>
    & { seo?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Seo, 'title' | 'description'>>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogTitle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogDescription?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
  )> };

export type PolicyFieldsFragment = Pick<StorefrontAPI.ShopPolicy, 'id' | 'handle' | 'title' | 'body'>;

export type PolicyQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
  privacyPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  refundPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  shippingPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  termsOfService: StorefrontAPI.Scalars['Boolean']['input'];
  subscriptionPolicy: StorefrontAPI.Scalars['Boolean']['input'];
  legalNotice: StorefrontAPI.Scalars['Boolean']['input'];
  contactInformation: StorefrontAPI.Scalars['Boolean']['input'];
}>;


export type PolicyQuery = { shop: { privacyPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'id' | 'handle' | 'title' | 'body'>>, refundPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'id' | 'handle' | 'title' | 'body'>>, shippingPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'id' | 'handle' | 'title' | 'body'>>, termsOfService?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'id' | 'handle' | 'title' | 'body'>>, subscriptionPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicyWithDefault, 'id' | 'handle' | 'title' | 'body'>>, legalNotice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, contactInformation?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> } };

export type ProductVariantFieldsFragment = (
  Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'quantityAvailable' | 'weight' | 'weightUnit'>
  & { price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, promotionPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, product: Pick<StorefrontAPI.Product, 'handle' | 'title'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
);

export type ProductPageQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  selectedOptions: Array<StorefrontAPI.SelectedOptionInput> | StorefrontAPI.SelectedOptionInput;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type ProductPageQuery = { product?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'productType' | 'description' | 'descriptionHtml' | 'tags' | 'encodedVariantExistence' | 'encodedVariantAvailability'>
    & { seo: Pick<StorefrontAPI.Seo, 'title' | 'description'>, hidden?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogTitle?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogDescription?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, ogImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, images: { nodes: Array<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>> }, options: Array<(
      Pick<StorefrontAPI.ProductOption, 'name'>
      & { optionValues: Array<(
        Pick<StorefrontAPI.ProductOptionValue, 'name'>
        & { swatch?: StorefrontAPI.Maybe<(
          Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>
          & { image?: StorefrontAPI.Maybe<{ previewImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url'>> }> }
        )>, firstSelectableVariant?: StorefrontAPI.Maybe<(
          Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'quantityAvailable' | 'weight' | 'weightUnit'>
          & { price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, promotionPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, product: Pick<StorefrontAPI.Product, 'handle' | 'title'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
        )> }
      )> }
    )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<(
      Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'quantityAvailable' | 'weight' | 'weightUnit'>
      & { price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, promotionPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, product: Pick<StorefrontAPI.Product, 'handle' | 'title'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
    )>, adjacentVariants: Array<(
      Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'sku' | 'availableForSale' | 'quantityAvailable' | 'weight' | 'weightUnit'>
      & { price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, promotionPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, product: Pick<StorefrontAPI.Product, 'handle' | 'title'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
    )>, variants: { nodes: Array<(
        Pick<StorefrontAPI.ProductVariant, 'id' | 'sku' | 'availableForSale' | 'weight' | 'weightUnit'>
        & { price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, priceValidUntil?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
      )> } }
  )> };

export type ProductPageShopQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type ProductPageShopQuery = { shop: (
    Pick<StorefrontAPI.Shop, 'name'>
    & { shippingRates?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, returnPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
  ) };

export type PredictiveSearchQueryVariables = StorefrontAPI.Exact<{
  q: StorefrontAPI.Scalars['String']['input'];
  limit: StorefrontAPI.Scalars['Int']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type PredictiveSearchQuery = { predictiveSearch?: StorefrontAPI.Maybe<{ products: Array<(
      Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title'>
      & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> } }
    )>, collections: Array<Pick<StorefrontAPI.Collection, 'id' | 'handle' | 'title'>>, articles: Array<(
      Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title'>
      & { blog: Pick<StorefrontAPI.Blog, 'handle'> }
    )> }> };

export type SearchPageQueryVariables = StorefrontAPI.Exact<{
  q: StorefrontAPI.Scalars['String']['input'];
  first?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  last?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['Int']['input']>;
  after?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  before?: StorefrontAPI.InputMaybe<StorefrontAPI.Scalars['String']['input']>;
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type SearchPageQuery = { search: (
    Pick<StorefrontAPI.SearchResultItemConnection, 'totalCount'>
    & { nodes: Array<{ __typename: 'Article' | 'Page' } | (
      { __typename: 'Product' }
      & Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
      & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
        Pick<StorefrontAPI.ProductOption, 'name'>
        & { optionValues: Array<(
          Pick<StorefrontAPI.ProductOptionValue, 'name'>
          & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
        )> }
      )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
    )>, pageInfo: Pick<StorefrontAPI.PageInfo, 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'> }
  ), articles: { nodes: Array<(
      { __typename: 'Article' }
      & Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title'>
      & { blog: Pick<StorefrontAPI.Blog, 'handle'> }
    ) | { __typename: 'Page' | 'Product' }> } };

export type BlogHandlesQueryVariables = StorefrontAPI.Exact<{
  blogId: StorefrontAPI.Scalars['ID']['input'];
  articleId: StorefrontAPI.Scalars['ID']['input'];
  withArticle: StorefrontAPI.Scalars['Boolean']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type BlogHandlesQuery = { blog?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Blog, 'handle'>>, article?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Article, 'handle'>> };

export type ArticleCardFragment = (
  Pick<StorefrontAPI.Article, 'id' | 'handle' | 'title' | 'excerpt' | 'publishedAt'>
  & { authorV2?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ArticleAuthor, 'name'>>, blog: Pick<StorefrontAPI.Blog, 'handle'>, image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }
);

export type CartApiQueryFragment = (
  Pick<StorefrontAPI.Cart, 'id' | 'checkoutUrl' | 'totalQuantity' | 'updatedAt' | 'note'>
  & { buyerIdentity: Pick<StorefrontAPI.CartBuyerIdentity, 'countryCode' | 'email'>, discountCodes: Array<Pick<StorefrontAPI.CartDiscountCode, 'code' | 'applicable'>>, progress?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, cost: { subtotalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, lines: { nodes: Array<(
      Pick<StorefrontAPI.CartLine, 'id' | 'quantity'>
      & { attributes: Array<Pick<StorefrontAPI.Attribute, 'key' | 'value'>>, cost: { amountPerQuantity: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtAmountPerQuantity?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, merchandise: (
        Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'availableForSale' | 'quantityAvailable'>
        & { image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, product: Pick<StorefrontAPI.Product, 'id' | 'title' | 'handle' | 'vendor'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
      ) }
    ) | (
      Pick<StorefrontAPI.ComponentizableCartLine, 'id' | 'quantity'>
      & { attributes: Array<Pick<StorefrontAPI.Attribute, 'key' | 'value'>>, cost: { amountPerQuantity: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, compareAtAmountPerQuantity?: StorefrontAPI.Maybe<Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>>, totalAmount: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, merchandise: (
        Pick<StorefrontAPI.ProductVariant, 'id' | 'title' | 'availableForSale' | 'quantityAvailable'>
        & { image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, selectedOptions: Array<Pick<StorefrontAPI.SelectedOption, 'name' | 'value'>>, product: Pick<StorefrontAPI.Product, 'id' | 'title' | 'handle' | 'vendor'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }
      ) }
    )> } }
);

export type CartApiMutationFragment = Pick<StorefrontAPI.Cart, 'id' | 'totalQuantity' | 'checkoutUrl'>;

export type CartCountQueryVariables = StorefrontAPI.Exact<{
  cartId: StorefrontAPI.Scalars['ID']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type CartCountQuery = { cart?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Cart, 'totalQuantity'>
    & { buyerIdentity: Pick<StorefrontAPI.CartBuyerIdentity, 'countryCode'> }
  )> };

export type StoreLocalizationQueryVariables = StorefrontAPI.Exact<{ [key: string]: never; }>;


export type StoreLocalizationQuery = { localization: { country: Pick<StorefrontAPI.Country, 'isoCode'>, language: Pick<StorefrontAPI.Language, 'isoCode'>, availableCountries: Array<(
      Pick<StorefrontAPI.Country, 'isoCode'>
      & { currency: Pick<StorefrontAPI.Currency, 'isoCode'>, availableLanguages: Array<Pick<StorefrontAPI.Language, 'isoCode'>>, defaultLanguage: Pick<StorefrontAPI.Language, 'isoCode'>, market?: StorefrontAPI.Maybe<{ taxInclusive?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }> }
    )> } };

export type UrlRedirectQueryVariables = StorefrontAPI.Exact<{
  query: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type UrlRedirectQuery = { urlRedirects: { nodes: Array<Pick<StorefrontAPI.UrlRedirect, 'id' | 'target'>> } };

export type RecommendationsQueryVariables = StorefrontAPI.Exact<{
  handle: StorefrontAPI.Scalars['String']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type RecommendationsQuery = { productRecommendations?: StorefrontAPI.Maybe<Array<(
    Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
    & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
      Pick<StorefrontAPI.ProductOption, 'name'>
      & { optionValues: Array<(
        Pick<StorefrontAPI.ProductOptionValue, 'name'>
        & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
      )> }
    )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
  )>> };

export type LocalizedHandleQueryVariables = StorefrontAPI.Exact<{
  id: StorefrontAPI.Scalars['ID']['input'];
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type LocalizedHandleQuery = { node?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Collection, 'handle'> | Pick<StorefrontAPI.Page, 'handle'> | Pick<StorefrontAPI.Product, 'handle'>> };

export type MoneyFragment = Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>;

export type ProductCardFragment = (
  Pick<StorefrontAPI.Product, 'id' | 'handle' | 'title' | 'vendor' | 'availableForSale'>
  & { featuredImage?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'id' | 'url' | 'altText' | 'width' | 'height'>>, priceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, compareAtPriceRange: { minVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, maxVariantPrice: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'> }, options: Array<(
    Pick<StorefrontAPI.ProductOption, 'name'>
    & { optionValues: Array<(
      Pick<StorefrontAPI.ProductOptionValue, 'name'>
      & { swatch?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ProductOptionValueSwatch, 'color'>> }
    )> }
  )>, selectedOrFirstAvailableVariant?: StorefrontAPI.Maybe<{ lowestPrice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }>, variants: { nodes: Array<{ price: Pick<StorefrontAPI.MoneyV2, 'amount' | 'currencyCode'>, unitPriceMeasurement?: StorefrontAPI.Maybe<Pick<StorefrontAPI.UnitPriceMeasurement, 'measuredType' | 'quantityUnit' | 'quantityValue' | 'referenceUnit' | 'referenceValue'>> }> }, promotion?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
);

export type MenuItemFieldsFragment = Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>;

export type MenuFieldsFragment = (
  Pick<StorefrontAPI.Menu, 'id' | 'handle'>
  & { items: Array<(
    Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>
    & { items: Array<Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>> }
  )> }
);

export type ShopPolicyLinksFragment = { privacyPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, refundPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, shippingPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, termsOfService?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, subscriptionPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicyWithDefault, 'id' | 'handle' | 'title'>>, legalNotice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, contactInformation?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> };

export type LayoutQueryVariables = StorefrontAPI.Exact<{
  country?: StorefrontAPI.InputMaybe<StorefrontAPI.CountryCode>;
  language?: StorefrontAPI.InputMaybe<StorefrontAPI.LanguageCode>;
}>;


export type LayoutQuery = { shop: (
    Pick<StorefrontAPI.Shop, 'name' | 'description'>
    & { brand?: StorefrontAPI.Maybe<(
      Pick<StorefrontAPI.Brand, 'slogan'>
      & { logo?: StorefrontAPI.Maybe<{ image?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Image, 'url' | 'altText' | 'width' | 'height'>> }>, colors: { primary: Array<Pick<StorefrontAPI.BrandColorGroup, 'background' | 'foreground'>>, secondary: Array<Pick<StorefrontAPI.BrandColorGroup, 'background' | 'foreground'>> } }
    )>, privacyPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, refundPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, shippingPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, termsOfService?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicy, 'handle' | 'title'>>, subscriptionPolicy?: StorefrontAPI.Maybe<Pick<StorefrontAPI.ShopPolicyWithDefault, 'id' | 'handle' | 'title'>>, legalNotice?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>>, contactInformation?: StorefrontAPI.Maybe<Pick<StorefrontAPI.Metafield, 'value'>> }
  ), header?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Menu, 'id' | 'handle'>
    & { items: Array<(
      Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>
      & { items: Array<Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>> }
    )> }
  )>, footer?: StorefrontAPI.Maybe<(
    Pick<StorefrontAPI.Menu, 'id' | 'handle'>
    & { items: Array<(
      Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>
      & { items: Array<Pick<StorefrontAPI.MenuItem, 'id' | 'title' | 'type' | 'url'>> }
    )> }
  )>, localization: { country: (
      Pick<StorefrontAPI.Country, 'isoCode' | 'name' | 'unitSystem'>
      & { currency: Pick<StorefrontAPI.Currency, 'isoCode' | 'symbol'> }
    ), language: Pick<StorefrontAPI.Language, 'isoCode' | 'endonymName'>, availableCountries: Array<(
      Pick<StorefrontAPI.Country, 'isoCode' | 'name'>
      & { currency: Pick<StorefrontAPI.Currency, 'isoCode'>, availableLanguages: Array<Pick<StorefrontAPI.Language, 'isoCode' | 'endonymName'>>, defaultLanguage: Pick<StorefrontAPI.Language, 'isoCode'> }
    )> } };

interface GeneratedQueryTypes {
  "#graphql\n  query Home($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    shop {\n      name description brand { slogan }\n      returnPolicy: metafield(namespace: \"meridian\", key: \"return_policy\") { value }\n      titleTag: metafield(namespace: \"global\", key: \"title_tag\") { value }\n      descriptionTag: metafield(namespace: \"global\", key: \"description_tag\") { value }\n      hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n      ogTitle: metafield(namespace: \"meridian\", key: \"og_title\") { value }\n      ogDescription: metafield(namespace: \"meridian\", key: \"og_description\") { value }\n      ogImage: metafield(namespace: \"meridian\", key: \"og_image\") { value }\n    }\n    collections(first: 8) { nodes { id handle title image { url altText width height } } }\n    featured: collection(handle: \"new-arrivals\") { id handle title products(first: 8) { nodes { ...ProductCard } } }\n    sale: collection(handle: \"sale\") { id handle title products(first: 4) { nodes { ...ProductCard } } }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    vendor\n    availableForSale\n    featuredImage { id url altText width height }\n    priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    compareAtPriceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    options(first: 3) { name optionValues { name swatch { color } } }\n    selectedOrFirstAvailableVariant { lowestPrice: metafield(namespace: \"meridian\", key: \"lowest_price_30d\") { value } }\n    # The unit price belongs to the variant whose price the card shows (the minimum).\n    variants(first: 100) {\n      nodes {\n        price { ...Money }\n        unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n      }\n    }\n    promotion: metafield(namespace: \"meridian\", key: \"promotion\") { value }\n  }\n  #graphql\n  fragment Money on MoneyV2 { amount currencyCode }\n\n\n": {return: HomeQuery, variables: HomeQueryVariables},
  "#graphql\n  query BlogArticle($blogHandle: String!, $articleHandle: String!, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    blog(handle: $blogHandle) {\n      id handle title\n      articleByHandle(handle: $articleHandle) {\n        id handle title contentHtml excerpt publishedAt tags\n        authorV2 { name bio }\n        image { url(transform: { maxWidth: 1200 }) altText width height }\n        seo { title description }\n        hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n        ogTitle: metafield(namespace: \"meridian\", key: \"og_title\") { value }\n        ogDescription: metafield(namespace: \"meridian\", key: \"og_description\") { value }\n        ogImage: metafield(namespace: \"meridian\", key: \"og_image\") { value }\n      }\n    }\n  }\n": {return: BlogArticleQuery, variables: BlogArticleQueryVariables},
  "#graphql\n  query BlogPage($blogHandle: String!, $first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    blog(handle: $blogHandle) {\n      id handle title seo { title description }\n      hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n      articles(first: $first, last: $last, after: $after, before: $before, sortKey: PUBLISHED_AT, reverse: true) {\n        nodes { ...ArticleCard }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n  #graphql\n  fragment ArticleCard on Article {\n    id handle title excerpt(truncateAt: 180) publishedAt\n    authorV2 { name }\n    blog { handle }\n    image { url(transform: { maxWidth: 800 }) altText width height }\n  }\n\n": {return: BlogPageQuery, variables: BlogPageQueryVariables},
  "#graphql\n  query BlogIndex($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    blogs(first: 20) {\n      nodes {\n        id handle title\n        articles(first: 6, sortKey: PUBLISHED_AT, reverse: true) { nodes { ...ArticleCard } }\n      }\n    }\n  }\n  #graphql\n  fragment ArticleCard on Article {\n    id handle title excerpt(truncateAt: 180) publishedAt\n    authorV2 { name }\n    blog { handle }\n    image { url(transform: { maxWidth: 800 }) altText width height }\n  }\n\n": {return: BlogIndexQuery, variables: BlogIndexQueryVariables},
  "#graphql\n  query CollectionPage(\n    $handle: String!, $first: Int, $last: Int, $after: String, $before: String,\n    $sortKey: ProductCollectionSortKeys, $reverse: Boolean, $filters: [ProductFilter!],\n    $country: CountryCode, $language: LanguageCode\n  ) @inContext(country: $country, language: $language) {\n    collection(handle: $handle) {\n      id\n      handle\n      title\n      description\n      seo { title description }\n      hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n      ogTitle: metafield(namespace: \"meridian\", key: \"og_title\") { value }\n      ogDescription: metafield(namespace: \"meridian\", key: \"og_description\") { value }\n      ogImage: metafield(namespace: \"meridian\", key: \"og_image\") { value }\n      image { url altText width height }\n      products(first: $first, last: $last, after: $after, before: $before, sortKey: $sortKey, reverse: $reverse, filters: $filters) {\n        nodes { ...ProductCard }\n        filters { id label type values { id label count input } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    vendor\n    availableForSale\n    featuredImage { id url altText width height }\n    priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    compareAtPriceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    options(first: 3) { name optionValues { name swatch { color } } }\n    selectedOrFirstAvailableVariant { lowestPrice: metafield(namespace: \"meridian\", key: \"lowest_price_30d\") { value } }\n    # The unit price belongs to the variant whose price the card shows (the minimum).\n    variants(first: 100) {\n      nodes {\n        price { ...Money }\n        unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n      }\n    }\n    promotion: metafield(namespace: \"meridian\", key: \"promotion\") { value }\n  }\n  #graphql\n  fragment Money on MoneyV2 { amount currencyCode }\n\n\n": {return: CollectionPageQuery, variables: CollectionPageQueryVariables},
  "#graphql\n  query CollectionsIndex($first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    collections(first: $first, last: $last, after: $after, before: $before) {\n      nodes { id handle title description(truncateAt: 120) image { url altText width height } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": {return: CollectionsIndexQuery, variables: CollectionsIndexQueryVariables},
  "#graphql\n  query Page($handle: String!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    page(handle: $handle) {\n      id handle title body bodySummary seo { title description }\n      hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n      ogTitle: metafield(namespace: \"meridian\", key: \"og_title\") { value }\n      ogDescription: metafield(namespace: \"meridian\", key: \"og_description\") { value }\n      ogImage: metafield(namespace: \"meridian\", key: \"og_image\") { value }\n    }\n  }\n": {return: PageQuery, variables: PageQueryVariables},
  "#graphql\n  fragment PolicyFields on ShopPolicy { id handle title body }\n  query Policy(\n    $country: CountryCode\n    $language: LanguageCode\n    $privacyPolicy: Boolean!\n    $refundPolicy: Boolean!\n    $shippingPolicy: Boolean!\n    $termsOfService: Boolean!\n    $subscriptionPolicy: Boolean!\n    $legalNotice: Boolean!\n    $contactInformation: Boolean!\n  ) @inContext(country: $country, language: $language) {\n    shop {\n      privacyPolicy @include(if: $privacyPolicy) { ...PolicyFields }\n      refundPolicy @include(if: $refundPolicy) { ...PolicyFields }\n      shippingPolicy @include(if: $shippingPolicy) { ...PolicyFields }\n      termsOfService @include(if: $termsOfService) { ...PolicyFields }\n      subscriptionPolicy @include(if: $subscriptionPolicy) { id handle title body }\n      legalNotice: metafield(namespace: \"meridian\", key: \"legal_notice\") @include(if: $legalNotice) { value }\n      contactInformation: metafield(namespace: \"meridian\", key: \"contact_information\")\n        @include(if: $contactInformation) { value }\n    }\n  }\n": {return: PolicyQuery, variables: PolicyQueryVariables},
  "#graphql\n  query ProductPage($handle: String!, $selectedOptions: [SelectedOptionInput!]!, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    product(handle: $handle) {\n      id\n      handle\n      title\n      vendor\n      productType\n      description\n      descriptionHtml\n      tags\n      seo { title description }\n      hidden: metafield(namespace: \"seo\", key: \"hidden\") { value }\n      ogTitle: metafield(namespace: \"meridian\", key: \"og_title\") { value }\n      ogDescription: metafield(namespace: \"meridian\", key: \"og_description\") { value }\n      ogImage: metafield(namespace: \"meridian\", key: \"og_image\") { value }\n      promotion: metafield(namespace: \"meridian\", key: \"promotion\") { value }\n      encodedVariantExistence\n      encodedVariantAvailability\n      images(first: 20) { nodes { id url altText width height } }\n      options {\n        name\n        optionValues {\n          name\n          swatch { color image { previewImage { url(transform: { maxWidth: 96 }) } } }\n          firstSelectableVariant { ...ProductVariantFields }\n        }\n      }\n      selectedOrFirstAvailableVariant(selectedOptions: $selectedOptions, ignoreUnknownOptions: true, caseInsensitiveMatch: true) {\n        ...ProductVariantFields\n      }\n      adjacentVariants(selectedOptions: $selectedOptions) { ...ProductVariantFields }\n      variants(first: 100) {\n        nodes {\n          id sku availableForSale weight weightUnit price { ...Money } selectedOptions { name value }\n          priceValidUntil: metafield(namespace: \"meridian\", key: \"price_valid_until\") { value }\n          unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n        }\n      }\n    }\n  }\n  #graphql\n  fragment ProductVariantFields on ProductVariant {\n    id\n    title\n    sku\n    availableForSale\n    quantityAvailable\n    weight\n    weightUnit\n    price { ...Money }\n    compareAtPrice { ...Money }\n    lowestPrice: metafield(namespace: \"meridian\", key: \"lowest_price_30d\") { value }\n    promotionPrice: metafield(namespace: \"meridian\", key: \"promotion_price\") { value }\n    selectedOptions { name value }\n    image { id url altText width height }\n    product { handle title }\n    unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n  }\n\n  #graphql\n  fragment Money on MoneyV2 { amount currencyCode }\n\n": {return: ProductPageQuery, variables: ProductPageQueryVariables},
  "#graphql\n  query ProductPageShop($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    shop {\n      name\n      shippingRates: metafield(namespace: \"meridian\", key: \"shipping_rates\") { value }\n      returnPolicy: metafield(namespace: \"meridian\", key: \"return_policy\") { value }\n    }\n  }\n": {return: ProductPageShopQuery, variables: ProductPageShopQueryVariables},
  "#graphql\n  query PredictiveSearch($q: String!, $limit: Int!, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    predictiveSearch(query: $q, limit: $limit, types: [PRODUCT, COLLECTION, ARTICLE]) {\n      products { id handle title featuredImage { url altText } priceRange { minVariantPrice { amount currencyCode } } }\n      collections { id handle title }\n      articles { id handle title blog { handle } }\n    }\n  }\n": {return: PredictiveSearchQuery, variables: PredictiveSearchQueryVariables},
  "#graphql\n  query SearchPage($q: String!, $first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    search(query: $q, first: $first, last: $last, after: $after, before: $before, types: [PRODUCT]) {\n      totalCount\n      nodes { __typename ...on Product { ...ProductCard } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n    articles: search(query: $q, first: 6, types: [ARTICLE]) {\n      nodes { __typename ... on Article { id handle title blog { handle } } }\n    }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    vendor\n    availableForSale\n    featuredImage { id url altText width height }\n    priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    compareAtPriceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    options(first: 3) { name optionValues { name swatch { color } } }\n    selectedOrFirstAvailableVariant { lowestPrice: metafield(namespace: \"meridian\", key: \"lowest_price_30d\") { value } }\n    # The unit price belongs to the variant whose price the card shows (the minimum).\n    variants(first: 100) {\n      nodes {\n        price { ...Money }\n        unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n      }\n    }\n    promotion: metafield(namespace: \"meridian\", key: \"promotion\") { value }\n  }\n  #graphql\n  fragment Money on MoneyV2 { amount currencyCode }\n\n\n": {return: SearchPageQuery, variables: SearchPageQueryVariables},
  "#graphql\n  query BlogHandles($blogId: ID!, $articleId: ID!, $withArticle: Boolean!, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    blog(id: $blogId) { handle }\n    article(id: $articleId) @include(if: $withArticle) { handle }\n  }\n": {return: BlogHandlesQuery, variables: BlogHandlesQueryVariables},
  "#graphql\n  query CartCount($cartId: ID!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    cart(id: $cartId) { totalQuantity buyerIdentity { countryCode } }\n  }\n": {return: CartCountQuery, variables: CartCountQueryVariables},
  "#graphql\n  query StoreLocalization {\n    localization {\n      country { isoCode }\n      language { isoCode }\n      availableCountries {\n        isoCode\n        currency { isoCode }\n        availableLanguages { isoCode }\n        defaultLanguage { isoCode }\n        market { taxInclusive: metafield(namespace: \"meridian\", key: \"tax_inclusive\") { value } }\n      }\n    }\n  }\n": {return: StoreLocalizationQuery, variables: StoreLocalizationQueryVariables},
  "#graphql\n  query UrlRedirect($query: String!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    urlRedirects(first: 1, query: $query) { nodes { id target } }\n  }\n": {return: UrlRedirectQuery, variables: UrlRedirectQueryVariables},
  "#graphql\n  query Recommendations($handle: String!, $country: CountryCode, $language: LanguageCode)\n  @inContext(country: $country, language: $language) {\n    productRecommendations(productHandle: $handle) { ...ProductCard }\n  }\n  #graphql\n  fragment ProductCard on Product {\n    id\n    handle\n    title\n    vendor\n    availableForSale\n    featuredImage { id url altText width height }\n    priceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    compareAtPriceRange { minVariantPrice { ...Money } maxVariantPrice { ...Money } }\n    options(first: 3) { name optionValues { name swatch { color } } }\n    selectedOrFirstAvailableVariant { lowestPrice: metafield(namespace: \"meridian\", key: \"lowest_price_30d\") { value } }\n    # The unit price belongs to the variant whose price the card shows (the minimum).\n    variants(first: 100) {\n      nodes {\n        price { ...Money }\n        unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }\n      }\n    }\n    promotion: metafield(namespace: \"meridian\", key: \"promotion\") { value }\n  }\n  #graphql\n  fragment Money on MoneyV2 { amount currencyCode }\n\n\n": {return: RecommendationsQuery, variables: RecommendationsQueryVariables},
  "#graphql\n  query LocalizedHandle($id: ID!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    node(id: $id) {\n      ... on Product { handle }\n      ... on Collection { handle }\n      ... on Page { handle }\n    }\n  }\n": {return: LocalizedHandleQuery, variables: LocalizedHandleQueryVariables},
  "#graphql\n  query Layout($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {\n    shop {\n      name description\n      brand {\n        slogan\n        logo { image { url(transform: { maxWidth: 400 }) altText width height } }\n        colors { primary { background foreground } secondary { background foreground } }\n      }\n      ...ShopPolicyLinks\n    }\n    header: menu(handle: \"main-menu\") { ...MenuFields }\n    footer: menu(handle: \"footer\") { ...MenuFields }\n    localization {\n      country { isoCode name unitSystem currency { isoCode symbol } }\n      language { isoCode endonymName }\n      availableCountries { isoCode name currency { isoCode } availableLanguages { isoCode endonymName } defaultLanguage { isoCode } }\n    }\n  }\n  #graphql\n  fragment MenuItemFields on MenuItem { id title type url }\n  fragment MenuFields on Menu {\n    id\n    handle\n    items { ...MenuItemFields items { ...MenuItemFields } }\n  }\n\n  #graphql\n  fragment ShopPolicyLinks on Shop {\n    privacyPolicy { handle title }\n    refundPolicy { handle title }\n    shippingPolicy { handle title }\n    termsOfService { handle title }\n    subscriptionPolicy { id handle title }\n    legalNotice: metafield(namespace: \"meridian\", key: \"legal_notice\") { value }\n    contactInformation: metafield(namespace: \"meridian\", key: \"contact_information\") { value }\n  }\n\n": {return: LayoutQuery, variables: LayoutQueryVariables},
}

interface GeneratedMutationTypes {
}

declare module '@shopify/hydrogen' {
  interface StorefrontQueries extends GeneratedQueryTypes {}
  interface StorefrontMutations extends GeneratedMutationTypes {}
}
