import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { ArticleCard } from '#app/components/blog/article-card.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { ARTICLE_CARD_FRAGMENT } from '#app/storefront/blog-queries.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import blogStyles from '#app/styles/blog.css?url';
import type { Route } from './+types/($locale).blogs._index';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: blogStyles }];

/** Every blog with its newest articles (a shop has a handful of blogs). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const { blogs } = await sf.storefront.query(BLOGS_QUERY, { cache: sf.storefront.CacheShort() });
  const t = getI18n(context).t;
  return data(
    { blogs: blogs.nodes, seo: { title: t('blog:indexTitle'), description: t('blog:indexDescription') } },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function Blogs({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('blog');
  const root = useLayout();
  return (
    <div className="container section blog-page">
      <h1>{t('indexTitle')}</h1>
      {loaderData.blogs.length === 0 ? <p className="empty-state">{t('noArticles')}</p> : null}
      {loaderData.blogs.map((blog) => (
        <section key={blog.id} className="blog-section" aria-labelledby={`blog-${blog.handle}`}>
          <h2 id={`blog-${blog.handle}`}>
            <Link to={`${root.prefix}/blogs/${encodeURIComponent(blog.handle)}`}>{blog.title}</Link>
          </h2>
          <ul className="article-grid">
            {blog.articles.nodes.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const BLOGS_QUERY = `#graphql
  query BlogIndex($country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    blogs(first: 20) {
      nodes {
        id handle title
        articles(first: 6, sortKey: PUBLISHED_AT, reverse: true) { nodes { ...ArticleCard } }
      }
    }
  }
  ${ARTICLE_CARD_FRAGMENT}
` as const;
