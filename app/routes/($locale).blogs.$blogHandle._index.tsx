import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { ArticleCard } from '#app/components/blog/article-card.tsx';
import { Pager } from '#app/components/listing/pager.tsx';
import {
  blogPath,
  localizedBlogPaths,
  redirectToLocalizedBlogPath,
} from '#app/storefront/blog-paths.server.ts';
import { parsePagination } from '#app/storefront/collection-params.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { seoExtras } from '#app/storefront/seo-page.server.ts';
import { shopNameFrom } from '#app/storefront/use-layout.ts';
import { ARTICLE_CARD_FRAGMENT } from '#app/storefront/blog-queries.ts';
import blogStyles from '#app/styles/blog.css?url';
import type { Route } from './+types/($locale).blogs.$blogHandle._index';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: blogStyles }];

const PAGE_SIZE = 12;

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  if (params.blogHandle.length > 255) return missingPage(request, sf);
  const url = new URL(request.url);
  const result = await sf.storefront.query(BLOG_QUERY, {
    variables: { blogHandle: params.blogHandle, ...parsePagination(url.searchParams, PAGE_SIZE) },
    cache: sf.storefront.CacheShort(),
  });
  // A forged or stale cursor is a bad link, not a server error: show the first page.
  if (result.errors?.length) {
    if (url.searchParams.has('cursor'))
      throw new Response(null, { status: 302, headers: { Location: url.pathname } });
    throw new Error(result.errors[0]?.message);
  }
  const blog = result.blog;
  if (!blog) return missingPage(request, sf);
  redirectToLocalizedBlogPath(request, sf, blogPath(params.blogHandle), blogPath(blog.handle));
  return data(
    {
      blog,
      localizedPaths: await localizedBlogPaths(sf, { blogId: blog.id }),
      seo: {
        title: blog.seo?.title ?? blog.title,
        description: blog.seo?.description ?? null,
        ...seoExtras(blog),
      },
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function BlogPage({ loaderData }: Route.ComponentProps) {
  const { blog } = loaderData;
  const { t } = useTranslation('blog');
  return (
    <div className="container section blog-page">
      <h1>{blog.title}</h1>
      {blog.articles.nodes.length ? (
        <ul className="article-grid">
          {blog.articles.nodes.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('noArticles')}</p>
      )}
      <Pager pageInfo={blog.articles.pageInfo} />
    </div>
  );
}

const BLOG_QUERY = `#graphql
  query BlogPage($blogHandle: String!, $first: Int, $last: Int, $after: String, $before: String, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      id handle title seo { title description }
      hidden: metafield(namespace: "seo", key: "hidden") { value }
      articles(first: $first, last: $last, after: $after, before: $before, sortKey: PUBLISHED_AT, reverse: true) {
        nodes { ...ArticleCard }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
  ${ARTICLE_CARD_FRAGMENT}
` as const;
