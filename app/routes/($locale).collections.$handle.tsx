import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { ListingFilters } from '#app/components/listing/listing-filters.tsx';
import { Pager } from '#app/components/listing/pager.tsx';
import { ProductGrid } from '#app/components/product/product-grid.tsx';
import { parseFilters, parsePagination, parseSort, SORTS } from '#app/storefront/collection-params.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { setJsonLd } from '#app/storefront/json-ld-bodies.server.ts';
import { JsonLd } from '#app/storefront/json-ld-slot.tsx';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { localizedPaths, redirectToLocalizedHandle, seoExtras } from '#app/storefront/seo-page.server.ts';
import { PRODUCT_CARD_FRAGMENT } from '#app/storefront/storefront-queries.ts';
import { useLayout, shopNameFrom } from '#app/storefront/use-layout.ts';
import { productCard } from '#app/storefront/product-card-data.ts';
import type { Route } from './+types/($locale).collections.$handle';

export const PAGE_SIZE = 12;

/** As in Hydrogen's skeleton: critical data is awaited, deferred data streams in afterwards. */
export async function loader(args: Route.LoaderArgs) {
  const deferred = loadDeferredData(args);
  const critical = await loadCriticalData(args);
  return data({ ...critical, ...deferred }, { headers: { 'Cache-Control': pageCache(args.request) } });
}

/** The listing, its filters, SEO and hreflang paths: what shoppers and crawlers come for. */
async function loadCriticalData({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  if (!params.handle || params.handle.length > 255) return missingPage(request, sf);
  const url = new URL(request.url);
  const sort = parseSort(url.searchParams.get('sort'));
  const { filters, price } = parseFilters(url.searchParams);
  const priceFilter =
    price.min !== undefined || price.max !== undefined ? [{ price: { min: price.min, max: price.max } }] : [];
  const result = await sf.storefront.query(COLLECTION_QUERY, {
    variables: {
      handle: params.handle,
      ...parsePagination(url.searchParams, PAGE_SIZE),
      sortKey: SORTS[sort].sortKey,
      reverse: SORTS[sort].reverse,
      filters: [...filters, ...priceFilter],
    },
    cache: sf.storefront.CacheShort(),
  });
  // A stale or forged cursor is a bad link, not a server error: show the first page.
  if (result.errors?.length) {
    if (url.searchParams.has('cursor')) {
      url.searchParams.delete('cursor');
      url.searchParams.delete('direction');
      throw new Response(null, { status: 302, headers: { Location: `${url.pathname}?${url.searchParams}` } });
    }
    throw new Error(result.errors[0]?.message);
  }
  const collection = result.collection;
  if (!collection) return missingPage(request, sf);
  redirectToLocalizedHandle(request, sf, 'collections', params.handle, collection.handle);
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {
        '@type': 'ListItem',
        position: 1,
        name: getI18n(context).t('common:navHome'),
        item: `${sf.origin}${sf.locale.pathPrefix || '/'}`,
      },
      { '@type': 'ListItem', position: 2, name: collection.title, item: `${sf.origin}${url.pathname}` },
    ],
  };
  setJsonLd(context, 'page', breadcrumbs);
  return {
    // SEO fields and the image feed meta and JSON-LD here; the page renders only these.
    collection: {
      id: collection.id,
      title: collection.title,
      description: collection.description,
      products: { ...collection.products, nodes: collection.products.nodes.map(productCard) },
    },
    sort,
    active: url.searchParams.getAll('filter'),
    price,
    localizedPaths: await localizedPaths(sf, collection.id, 'collections'),
    seo: {
      title: collection.seo.title ?? collection.title,
      description: collection.seo.description ?? collection.description.slice(0, 155),
      ...seoExtras(collection, collection.image?.url),
    },
  };
}

/**
 * Nothing on a collection page is an extra yet: the products, filters and paths are all critical.
 * Below-the-fold additions (merchandising, reviews) belong here, as promises the page <Await>s.
 */
function loadDeferredData(_args: Route.LoaderArgs) {
  return {};
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function CollectionPage({ loaderData }: Route.ComponentProps) {
  const { collection, sort, active, price } = loaderData;
  const { t } = useTranslation('collection');
  const root = useLayout();
  const products = collection.products.nodes;
  return (
    <div className="container listing-page">
      <JsonLd slot="page" key={collection.id} />
      <header className="listing-page__header">
        <h1>{collection.title}</h1>
        {collection.description ? <p className="listing-page__intro">{collection.description}</p> : null}
      </header>
      <div className="listing-page__layout">
        <aside className="listing-page__filters" aria-label={t('filters')}>
          <ListingFilters
            filters={collection.products.filters}
            active={active}
            sort={sort}
            price={price}
            currency={root.currency}
            locale={root.intlLocale}
          />
        </aside>
        <section aria-label={t('products')}>
          <p className="muted" role="status">
            {t('showing', { count: products.length })}
          </p>
          {products.length > 0 ? (
            <ProductGrid products={products} prefix={root.prefix} />
          ) : (
            <p className="empty-state">{t('noResults')}</p>
          )}
          <Pager pageInfo={collection.products.pageInfo} />
        </section>
      </div>
    </div>
  );
}

const COLLECTION_QUERY = `#graphql
  query CollectionPage(
    $handle: String!, $first: Int, $last: Int, $after: String, $before: String,
    $sortKey: ProductCollectionSortKeys, $reverse: Boolean, $filters: [ProductFilter!],
    $country: CountryCode, $language: LanguageCode
  ) @inContext(country: $country, language: $language) {
    collection(handle: $handle) {
      id
      handle
      title
      description
      seo { title description }
      hidden: metafield(namespace: "seo", key: "hidden") { value }
      ogTitle: metafield(namespace: "meridian", key: "og_title") { value }
      ogDescription: metafield(namespace: "meridian", key: "og_description") { value }
      ogImage: metafield(namespace: "meridian", key: "og_image") { value }
      image { url altText width height }
      products(first: $first, last: $last, after: $after, before: $before, sortKey: $sortKey, reverse: $reverse, filters: $filters) {
        nodes { ...ProductCard }
        filters { id label type values { id label count input } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;
