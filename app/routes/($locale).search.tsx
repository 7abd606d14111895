import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import { Pager } from '#app/components/listing/pager.tsx';
import { ProductGrid } from '#app/components/product/product-grid.tsx';
import type { PredictiveResult } from '#app/components/search/predictive-search.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { parsePagination } from '#app/storefront/collection-params.ts';
import { formatMoney } from '#app/lib/format.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { storefrontFor } from '#app/storefront/page.server.ts';
import { PRODUCT_CARD_FRAGMENT } from '#app/storefront/storefront-queries.ts';
import { useLayout, shopNameFrom } from '#app/storefront/use-layout.ts';
import { productCard } from '#app/storefront/product-card-data.ts';
import type { Route } from './+types/($locale).search';

/** Longest query passed on; anything longer is cut, not rejected. */
const MAX_QUERY = 200;

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').slice(0, MAX_QUERY).trim();
  const t = getI18n(context).t;
  if (url.searchParams.get('predictive')) {
    const empty: PredictiveResult = { query: q, products: [], collections: [], articles: [] };
    if (q.length < 2) return Response.json(empty);
    const { predictiveSearch } = await sf.storefront.query(PREDICTIVE_QUERY, {
      variables: { q, limit: 6 },
      cache: sf.storefront.CacheShort(),
    });
    const locale = sf.locale.language.includes('-')
      ? sf.locale.language
      : `${sf.locale.language}-${sf.locale.country}`;
    const result: PredictiveResult = {
      query: q,
      products: (predictiveSearch?.products ?? []).map((p) => ({
        id: p.id,
        url: `${sf.locale.pathPrefix}/products/${encodeURIComponent(p.handle)}`,
        title: p.title,
        price: formatMoney(
          p.priceRange.minVariantPrice.amount,
          p.priceRange.minVariantPrice.currencyCode,
          locale,
        ),
        image: p.featuredImage
          ? {
              url: p.featuredImage.url.replace(/-1200\.webp$/, '-400.webp'),
              altText: p.featuredImage.altText ?? null,
            }
          : null,
      })),
      collections: (predictiveSearch?.collections ?? []).map((c) => ({
        id: c.id,
        url: `${sf.locale.pathPrefix}/collections/${encodeURIComponent(c.handle)}`,
        title: c.title,
      })),
      articles: (predictiveSearch?.articles ?? []).map((a) => ({
        id: a.id,
        url: `${sf.locale.pathPrefix}/blogs/${encodeURIComponent(a.blog.handle)}/${encodeURIComponent(a.handle)}`,
        title: a.title,
      })),
    };
    return Response.json(result, { headers: { 'Cache-Control': 'public, max-age=60' } });
  }
  const seo = {
    title: q ? t('search:resultsTitle', { query: q }) : t('search:title'),
    description: t('search:metaDescription'),
  };
  if (!q) return data({ q, results: null, articles: [], seo });
  const result = await sf.storefront.query(SEARCH_QUERY, {
    variables: { q, ...parsePagination(url.searchParams, 12) },
    cache: sf.storefront.CacheShort(),
  });
  if (result.errors?.length) return data({ q, results: null, articles: [], seo });
  const articles = result.articles.nodes.flatMap((n) =>
    n.__typename === 'Article'
      ? [
          {
            id: n.id,
            title: n.title,
            url: `${sf.locale.pathPrefix}/blogs/${encodeURIComponent(n.blog.handle)}/${encodeURIComponent(n.handle)}`,
          },
        ]
      : [],
  );
  return data({
    q,
    results: {
      totalCount: result.search.totalCount,
      pageInfo: result.search.pageInfo,
      products: result.search.nodes.flatMap((n) => (n.__typename === 'Product' ? [productCard(n)] : [])),
    },
    articles,
    seo,
  });
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d && 'seo' in d ? d.seo : undefined, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex, follow' },
];

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('search');
  const { t: tBlog } = useTranslation('blog');
  const root = useLayout();
  if (!('q' in loaderData)) return null;
  const { q, results, articles } = loaderData;
  return (
    <div className="container section search-page">
      <h1>{q ? t('resultsTitle', { query: q }) : t('title')}</h1>
      <Form method="get" className="search-page__form" role="search">
        <label htmlFor="search-page-q" className="visually-hidden">
          {t('label')}
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={MAX_QUERY}
          placeholder={t('placeholder')}
        />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </Form>
      {results ? (
        <>
          <p role="status" className="muted">
            {t('resultCount', { count: results.totalCount })}
          </p>
          {results.products.length > 0 ? (
            <ProductGrid products={results.products} prefix={root.prefix} />
          ) : (
            <p className="empty-state">{t('noResults', { query: q })}</p>
          )}
          <Pager pageInfo={results.pageInfo} />
        </>
      ) : null}
      {articles.length ? (
        <section className="search-page__articles" aria-labelledby="search-articles">
          <h2 id="search-articles">{tBlog('articles')}</h2>
          <ul>
            {articles.map((a) => (
              <li key={a.id}>
                <Link to={a.url}>{a.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

const PREDICTIVE_QUERY = `#graphql
  query PredictiveSearch($q: String!, $limit: Int!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    predictiveSearch(query: $q, limit: $limit, types: [PRODUCT, COLLECTION, ARTICLE]) {
      products { id handle title featuredImage { url altText } priceRange { minVariantPrice { amount currencyCode } } }
      collections { id handle title }
      articles { id handle title blog { handle } }
    }
  }
` as const;

const SEARCH_QUERY = `#graphql
  query SearchPage($q: String!, $first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    search(query: $q, first: $first, last: $last, after: $after, before: $before, types: [PRODUCT]) {
      totalCount
      nodes { __typename ...on Product { ...ProductCard } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    articles: search(query: $q, first: 6, types: [ARTICLE]) {
      nodes { __typename ... on Article { id handle title blog { handle } } }
    }
  }
  ${PRODUCT_CARD_FRAGMENT}
` as const;
