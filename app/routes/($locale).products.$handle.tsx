import {
  getProductOptions,
  getSelectedProductOptions,
  useOptimisticVariant,
  useSelectedOptionInUrlParam,
} from '@shopify/hydrogen';
import { isbot } from 'isbot';
import { useTranslation } from 'react-i18next';
import { data, Link, type ShouldRevalidateFunctionArgs } from 'react-router';
import { Price } from '#app/components/product/price.tsx';
import { UnitPrice } from '#app/components/product/unit-price.tsx';
import {
  PromotionBadge,
  readPromotion,
  readPromotionPrice,
} from '#app/components/product/promotion-badge.tsx';
import { ProductGallery } from '#app/components/product/product-gallery.tsx';
import { Recommendations } from '#app/components/product/recommendations.tsx';
import { formatWeight } from '#app/lib/format.ts';
import { toGrams } from '#app/modules/catalog/core/weight.ts';
import { setJsonLd } from '#app/storefront/json-ld-bodies.server.ts';
import { JsonLd } from '#app/storefront/json-ld-slot.tsx';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { AddToCart } from '#app/components/cart/add-to-cart.tsx';
import { isCartAction } from '#app/storefront/cart-revalidation.ts';
import { localizedPaths, redirectToLocalizedHandle, seoExtras } from '#app/storefront/seo-page.server.ts';
import {
  parseJsonMetafield,
  type ReturnPolicyJson,
  type ShippingRatesJson,
} from '#app/storefront/offer-json-ld.ts';
import { productJsonLd } from '#app/storefront/product-json-ld.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { countryOf } from '#app/storefront/locales.ts';
import { MONEY_FRAGMENT } from '#app/storefront/storefront-queries.ts';
import { useLayout, shopNameFrom } from '#app/storefront/use-layout.ts';
import { localizeLinks } from '#app/storefront/localize-links.ts';
import type { ProductPageQuery } from '#app/storefrontapi.generated.d.ts';
import { loadRecommendations } from '#app/storefront/recommendations.server.ts';
import type { Route } from './+types/($locale).products.$handle';

/**
 * As in Hydrogen's skeleton: what the first paint and search engines need is awaited
 * (loadCriticalData); extras below the fold stream in afterwards (loadDeferredData).
 */
export async function loader(args: Route.LoaderArgs) {
  const deferred = loadDeferredData(args);
  const critical = await loadCriticalData(args);
  return data({ ...critical, ...deferred }, { headers: { 'Cache-Control': pageCache(args.request) } });
}

/** The product, its price, SEO and structured data, hreflang paths: the page is wrong without them. */
async function loadCriticalData({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const handle = params.handle;
  if (!handle || handle.length > 255) return missingPage(request, sf);
  // Option names and values in the URL may be in any storefront language; cap their number.
  const selectedOptions = getSelectedProductOptions(request)
    .filter((o) => o.name.length < 100 && o.value.length < 100)
    .slice(0, 10);
  const { product } = await sf.storefront.query(PRODUCT_QUERY, {
    variables: { handle, selectedOptions },
    cache: sf.storefront.CacheShort(),
  });
  if (!product) return missingPage(request, sf);
  redirectToLocalizedHandle(request, sf, 'products', handle, product.handle);
  const url = new URL(request.url);
  const [{ shop }, paths] = await Promise.all([
    sf.storefront.query(SHOP_QUERY, { cache: sf.storefront.CacheShort() }),
    localizedPaths(sf, product.id, 'products'),
  ]);
  const shopName = shop.name;
  const home = `${sf.origin}${sf.locale.pathPrefix || '/'}`;
  setJsonLd(
    context,
    'page',
    productJsonLd(product, {
      url: `${sf.origin}${url.pathname}`,
      shopName,
      homeUrl: home,
      collectionsUrl: `${sf.origin}${sf.locale.pathPrefix}/collections`,
      collectionsName: getI18n(context).t('common:navCollections'),
      taxInclusive: countryOf(sf.store, sf.locale.country)?.taxInclusive ?? false,
      shipping: parseJsonMetafield<ShippingRatesJson>(shop.shippingRates),
      returns: parseJsonMetafield<ReturnPolicyJson>(shop.returnPolicy),
    }),
  );
  return {
    product: shownProduct(product, sf.locale.pathPrefix),
    localizedPaths: paths,
    seo: {
      title: product.seo.title ?? product.title,
      description: product.seo.description ?? product.description.slice(0, 155),
      ...seoExtras(product, product.images.nodes[0]?.url),
      ogType: 'product' as const,
    },
  };
}

type ProductData = NonNullable<ProductPageQuery['product']>;

/**
 * What the page renders and the variant picker needs, without the fields that only feed meta and
 * JSON-LD (the variant list, description text, tags, SEO metafields): those stay on the server.
 * An option value's first selectable variant is read only for its options and product handle.
 */
function shownProduct(product: ProductData, prefix: string) {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    vendor: product.vendor,
    descriptionHtml: localizeLinks(product.descriptionHtml, prefix),
    promotion: product.promotion,
    encodedVariantExistence: product.encodedVariantExistence,
    encodedVariantAvailability: product.encodedVariantAvailability,
    images: product.images,
    options: product.options.map((option) => ({
      name: option.name,
      optionValues: option.optionValues.map((value) => ({
        name: value.name,
        swatch: value.swatch,
        firstSelectableVariant: value.firstSelectableVariant
          ? {
              selectedOptions: value.firstSelectableVariant.selectedOptions,
              product: { handle: value.firstSelectableVariant.product.handle },
            }
          : null,
      })),
    })),
    selectedOrFirstAvailableVariant:
      product.selectedOrFirstAvailableVariant && shownVariant(product.selectedOrFirstAvailableVariant),
    adjacentVariants: product.adjacentVariants.map(shownVariant),
  };
}

/** A variant as the page uses it: its image only to open the gallery there, its product for the handle. */
function shownVariant(variant: ProductData['adjacentVariants'][number]) {
  return {
    ...variant,
    image: variant.image && { id: variant.image.id },
    product: { handle: variant.product.handle },
  };
}

/**
 * Recommendations: crawlers get them streamed into the page (entry.server waits for bots); a
 * browser asks for them after hydration (components/product/recommendations.tsx).
 */
function loadDeferredData({ params, request, context }: Route.LoaderArgs) {
  const forCrawler = isbot(request.headers.get('user-agent') ?? '');
  return {
    recommendations: forCrawler
      ? loadRecommendations(storefrontFor(context, params.locale), params.handle)
      : null,
  };
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/** Adding to the cart changes the header's count, not the product: its loader does not run again. */
export const shouldRevalidate = (args: ShouldRevalidateFunctionArgs) =>
  isCartAction(args) ? false : args.defaultShouldRevalidate;

export const meta: Route.MetaFunction = ({ data: d, matches }) => {
  return pageMeta(d?.seo, shopNameFrom(matches));
};

export default function ProductPage({ loaderData }: Route.ComponentProps) {
  const { product, recommendations } = loaderData;
  const { t } = useTranslation('product');
  const root = useLayout();
  const selectedVariant = useOptimisticVariant(
    product.selectedOrFirstAvailableVariant,
    product.adjacentVariants,
  );
  // Keep the URL in sync with the selected variant (also after a client-side choice).
  useSelectedOptionInUrlParam(selectedVariant?.selectedOptions ?? []);
  const options = getProductOptions({ ...product, selectedOrFirstAvailableVariant: selectedVariant });
  // Link each value to the current selection with that one option changed whenever that
  // combination exists, so quick successive clicks compose even before new data arrives.
  const selectedParams = Object.fromEntries(
    (selectedVariant?.selectedOptions ?? []).map((o) => [o.name, o.value]),
  );
  const valueQuery = (
    optionName: string,
    value: { name: string; exists: boolean; variantUriQuery: string },
  ) =>
    value.exists
      ? new URLSearchParams({ ...selectedParams, [optionName]: value.name }).toString()
      : value.variantUriQuery;
  const hasRealOptions = !(
    options.length === 1 &&
    options[0]!.optionValues.length === 1 &&
    options[0]!.optionValues[0]!.name === 'Default Title'
  );
  const images = product.images.nodes;
  const galleryStart = Math.max(
    0,
    images.findIndex((i) => i.id === selectedVariant?.image?.id),
  );
  const available = selectedVariant?.availableForSale ?? false;
  const promotion = readPromotion(product.promotion?.value);
  const promotionPrice = readPromotionPrice(selectedVariant?.promotionPrice?.value);
  const quantity = selectedVariant?.quantityAvailable ?? 0;
  return (
    <div className="container product-page">
      <JsonLd slot="page" key={product.id} />
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={root.prefix || '/'}>{t('common:navHome')}</Link>
          </li>
          <li>
            <Link to={`${root.prefix}/collections`}>{t('common:navCollections')}</Link>
          </li>
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>
      <div className="product-page__layout">
        <ProductGallery
          images={images}
          initialIndex={galleryStart}
          key={selectedVariant?.id}
          title={product.title}
        />
        <section className="product-page__info" aria-labelledby="product-title">
          <p className="product-page__vendor muted">{product.vendor}</p>
          <h1 id="product-title">{product.title}</h1>
          {promotion ? <PromotionBadge promotion={promotion} /> : null}
          {selectedVariant ? (
            <p className="product-page__price">
              {/* An automatic discount shows as a price drop does: against the 30-day lowest price in the EU. */}
              <Price
                price={promotionPrice?.price ?? selectedVariant.price}
                compareAt={promotionPrice ? selectedVariant.price : selectedVariant.compareAtPrice}
                lowestPrice={promotionPrice?.lowest ?? selectedVariant.lowestPrice?.value}
                showTaxNote
              />
              <UnitPrice
                price={promotionPrice?.price ?? selectedVariant.price}
                measurement={selectedVariant.unitPriceMeasurement}
                className="product-page__unit-price"
              />
            </p>
          ) : null}
          {hasRealOptions
            ? options.map((option) => (
                <fieldset key={option.name} className="option-picker">
                  <legend>
                    {option.name}: <strong>{option.optionValues.find((v) => v.selected)?.name}</strong>
                  </legend>
                  <div className="option-picker__values">
                    {option.optionValues.map((value) => (
                      <Link
                        key={value.name}
                        to={`?${valueQuery(option.name, value)}`}
                        replace
                        preventScrollReset
                        prefetch="intent"
                        className={`option-value${value.selected ? ' is-selected' : ''}${!value.available ? ' is-unavailable' : ''}${value.swatch?.color || swatchImage(value) ? ' option-value--swatch' : ''}`}
                        aria-current={value.selected ? 'true' : undefined}
                        aria-label={
                          value.available ? value.name : t('optionUnavailable', { value: value.name })
                        }
                        data-testid="option-value"
                      >
                        {swatchImage(value) ? (
                          // Decorative: the value's name stays the link's accessible label.
                          <img
                            className="option-value__swatch option-value__swatch--image"
                            src={swatchImage(value)}
                            alt=""
                            aria-hidden="true"
                            width={18}
                            height={18}
                            loading="lazy"
                          />
                        ) : value.swatch?.color ? (
                          <span
                            className="option-value__swatch"
                            style={{ backgroundColor: value.swatch.color }}
                            aria-hidden="true"
                          />
                        ) : null}
                        <span>{value.name}</span>
                      </Link>
                    ))}
                  </div>
                </fieldset>
              ))
            : null}
          <p
            className={`availability ${available ? 'availability--in' : 'availability--out'}`}
            data-testid="availability"
            role="status"
          >
            {!available
              ? t('soldOut')
              : quantity > 0 && quantity <= 5
                ? t('lowStock', { count: quantity })
                : t('inStock')}
          </p>
          {selectedVariant ? (
            <AddToCart variantId={selectedVariant.id} available={available} prefix={root.prefix} />
          ) : null}
          <dl className="product-facts">
            {selectedVariant?.sku ? (
              <>
                <dt>{t('sku')}</dt>
                <dd>{selectedVariant.sku}</dd>
              </>
            ) : null}
            {selectedVariant?.weight ? (
              <>
                <dt>{t('weight')}</dt>
                <dd data-testid="weight">
                  {formatWeight(
                    toGrams(selectedVariant.weight, selectedVariant.weightUnit),
                    root.intlLocale,
                    root.unitSystem,
                  )}
                </dd>
              </>
            ) : null}
          </dl>
          <div
            className="product-page__description rte"
            dangerouslySetInnerHTML={{ __html: product.descriptionHtml }}
          />
        </section>
      </div>
      <Recommendations
        key={product.handle}
        streamed={recommendations}
        handle={product.handle}
        prefix={root.prefix}
      />
    </div>
  );
}

/** An option value's swatch image URL (a MediaImage's preview), when it has one. */
function swatchImage(value: {
  swatch?: { image?: { previewImage?: { url: string } | null } | null } | null;
}) {
  return value.swatch?.image?.previewImage?.url;
}

const VARIANT_FRAGMENT = `#graphql
  fragment ProductVariantFields on ProductVariant {
    id
    title
    sku
    availableForSale
    quantityAvailable
    weight
    weightUnit
    price { ...Money }
    compareAtPrice { ...Money }
    lowestPrice: metafield(namespace: "meridian", key: "lowest_price_30d") { value }
    promotionPrice: metafield(namespace: "meridian", key: "promotion_price") { value }
    selectedOptions { name value }
    image { id url altText width height }
    product { handle title }
    unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }
  }
` as const;

const PRODUCT_QUERY = `#graphql
  query ProductPage($handle: String!, $selectedOptions: [SelectedOptionInput!]!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    product(handle: $handle) {
      id
      handle
      title
      vendor
      productType
      description
      descriptionHtml
      tags
      seo { title description }
      hidden: metafield(namespace: "seo", key: "hidden") { value }
      ogTitle: metafield(namespace: "meridian", key: "og_title") { value }
      ogDescription: metafield(namespace: "meridian", key: "og_description") { value }
      ogImage: metafield(namespace: "meridian", key: "og_image") { value }
      promotion: metafield(namespace: "meridian", key: "promotion") { value }
      encodedVariantExistence
      encodedVariantAvailability
      images(first: 20) { nodes { id url altText width height } }
      options {
        name
        optionValues {
          name
          swatch { color image { previewImage { url(transform: { maxWidth: 96 }) } } }
          firstSelectableVariant { ...ProductVariantFields }
        }
      }
      selectedOrFirstAvailableVariant(selectedOptions: $selectedOptions, ignoreUnknownOptions: true, caseInsensitiveMatch: true) {
        ...ProductVariantFields
      }
      adjacentVariants(selectedOptions: $selectedOptions) { ...ProductVariantFields }
      variants(first: 100) {
        nodes {
          id sku availableForSale weight weightUnit price { ...Money } selectedOptions { name value }
          priceValidUntil: metafield(namespace: "meridian", key: "price_valid_until") { value }
          unitPriceMeasurement { measuredType quantityUnit quantityValue referenceUnit referenceValue }
        }
      }
    }
  }
  ${VARIANT_FRAGMENT}
  ${MONEY_FRAGMENT}
` as const;

const SHOP_QUERY = `#graphql
  query ProductPageShop($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    shop {
      name
      shippingRates: metafield(namespace: "meridian", key: "shipping_rates") { value }
      returnPolicy: metafield(namespace: "meridian", key: "return_policy") { value }
    }
  }
` as const;
