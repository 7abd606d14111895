import { data } from 'react-router';
import { localizeLinks } from '#app/storefront/localize-links.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { localizedPaths, redirectToLocalizedHandle, seoExtras } from '#app/storefront/seo-page.server.ts';
import { shopNameFrom } from '#app/storefront/use-layout.ts';
import type { Route } from './+types/($locale).pages.$handle';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  if (!params.handle || params.handle.length > 255) return missingPage(request, sf);
  const { page } = await sf.storefront.query(PAGE_QUERY, {
    variables: { handle: params.handle },
    cache: sf.storefront.CacheLong(),
  });
  if (!page) return missingPage(request, sf);
  redirectToLocalizedHandle(request, sf, 'pages', params.handle, page.handle);
  return data(
    {
      page: { ...page, body: localizeLinks(page.body, sf.locale.pathPrefix) },
      localizedPaths: await localizedPaths(sf, page.id, 'pages'),
      seo: {
        title: page.seo?.title ?? page.title,
        description: page.seo?.description ?? page.bodySummary,
        ...seoExtras(page),
      },
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function Page({ loaderData }: Route.ComponentProps) {
  const { page } = loaderData;
  return (
    <article className="container section content-page">
      <h1>{page.title}</h1>
      <div className="rte" dangerouslySetInnerHTML={{ __html: page.body }} />
    </article>
  );
}

const PAGE_QUERY = `#graphql
  query Page($handle: String!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    page(handle: $handle) {
      id handle title body bodySummary seo { title description }
      hidden: metafield(namespace: "seo", key: "hidden") { value }
      ogTitle: metafield(namespace: "meridian", key: "og_title") { value }
      ogDescription: metafield(namespace: "meridian", key: "og_description") { value }
      ogImage: metafield(namespace: "meridian", key: "og_image") { value }
    }
  }
` as const;
