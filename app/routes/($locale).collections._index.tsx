import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { Pager } from '#app/components/listing/pager.tsx';
import { ProductImage } from '#app/components/product/product-image.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { parsePagination } from '#app/storefront/collection-params.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { useLayout, shopNameFrom } from '#app/storefront/use-layout.ts';
import type { Route } from './+types/($locale).collections._index';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const url = new URL(request.url);
  const result = await sf.storefront.query(COLLECTIONS_QUERY, {
    variables: parsePagination(url.searchParams, 24),
    cache: sf.storefront.CacheShort(),
  });
  if (result.errors?.length) throw new Response(null, { status: 302, headers: { Location: url.pathname } });
  const t = getI18n(context).t;
  return data(
    {
      collections: result.collections,
      seo: { title: t('collections.title'), description: t('collections.description') },
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function Collections({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const root = useLayout();
  return (
    <div className="container section">
      <h1>{t('collections.title')}</h1>
      <ul className="collection-tiles collection-tiles--large">
        {loaderData.collections.nodes.map((c, i) => (
          <li key={c.id}>
            <Link
              to={`${root.prefix}/collections/${encodeURIComponent(c.handle)}`}
              className="collection-tile"
            >
              {c.image ? (
                <ProductImage
                  image={{ ...c.image, altText: '' }}
                  sizes="(min-width: 1024px) 25vw, 50vw"
                  loading={i < 4 ? 'eager' : 'lazy'}
                />
              ) : null}
              <span className="collection-tile__title">{c.title}</span>
              {c.description ? <span className="collection-tile__desc">{c.description}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
      <Pager pageInfo={loaderData.collections.pageInfo} />
    </div>
  );
}

const COLLECTIONS_QUERY = `#graphql
  query CollectionsIndex($first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    collections(first: $first, last: $last, after: $after, before: $before) {
      nodes { id handle title description(truncateAt: 120) image { url altText width height } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
` as const;
