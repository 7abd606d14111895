import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { formatDate } from '#app/lib/format.ts';
import {
  blogPath,
  localizedBlogPaths,
  redirectToLocalizedBlogPath,
} from '#app/storefront/blog-paths.server.ts';
import { jsonLdScript } from '#app/storefront/json-ld.ts';
import { localizeLinks } from '#app/storefront/localize-links.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { missingPage, pageCache, storefrontFor } from '#app/storefront/page.server.ts';
import { seoExtras } from '#app/storefront/seo-page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import blogStyles from '#app/styles/blog.css?url';
import type { Route } from './+types/($locale).blogs.$blogHandle.$articleHandle';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: blogStyles }];

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  if (params.blogHandle.length > 255 || params.articleHandle.length > 255) return missingPage(request, sf);
  const { blog } = await sf.storefront.query(ARTICLE_QUERY, {
    variables: { blogHandle: params.blogHandle, articleHandle: params.articleHandle },
    cache: sf.storefront.CacheLong(),
  });
  const article = blog?.articleByHandle;
  if (!blog || !article) return missingPage(request, sf);
  const path = blogPath(blog.handle, article.handle);
  redirectToLocalizedBlogPath(request, sf, blogPath(params.blogHandle, params.articleHandle), path);
  const url = `${sf.origin}${sf.locale.pathPrefix}${path}`;
  const description = article.seo?.description ?? article.excerpt ?? '';
  const t = getI18n(context).t;
  // schema.org BlogPosting, escaped for a <script> body like every JSON-LD block.
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description,
    inLanguage: sf.locale.language,
    datePublished: article.publishedAt,
    author: { '@type': 'Person', name: article.authorV2?.name },
    image: article.image ? [article.image.url] : undefined,
    keywords: article.tags.length ? article.tags.join(', ') : undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    isPartOf: {
      '@type': 'Blog',
      name: blog.title,
      url: `${sf.origin}${sf.locale.pathPrefix}${blogPath(blog.handle)}`,
    },
  };
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      {
        '@type': 'ListItem',
        position: 1,
        name: t('common:navHome'),
        item: `${sf.origin}${sf.locale.pathPrefix || '/'}`,
      },
      {
        '@type': 'ListItem',
        position: 2,
        name: blog.title,
        item: `${sf.origin}${sf.locale.pathPrefix}${blogPath(blog.handle)}`,
      },
      { '@type': 'ListItem', position: 3, name: article.title, item: url },
    ],
  };
  return data(
    {
      blog: { title: blog.title, path: blogPath(blog.handle) },
      article: { ...article, contentHtml: localizeLinks(article.contentHtml, sf.locale.pathPrefix) },
      localizedPaths: await localizedBlogPaths(sf, { blogId: blog.id, articleId: article.id }),
      seo: {
        title: article.seo?.title ?? article.title,
        description,
        ogType: 'article' as const,
        ...seoExtras(article, article.image?.url),
      },
      jsonLd: [jsonLdScript(posting), jsonLdScript(breadcrumbs)],
    },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function ArticlePage({ loaderData }: Route.ComponentProps) {
  const { blog, article, jsonLd } = loaderData;
  const { t } = useTranslation('blog');
  const root = useLayout();
  return (
    <article className="container section content-page article-page">
      {jsonLd.map((ld, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: ld }} />
      ))}
      <nav className="breadcrumb" aria-label={t('breadcrumb')}>
        <ol>
          <li>
            <Link to={`${root.prefix}${blog.path}`}>{blog.title}</Link>
          </li>
          <li aria-current="page">{article.title}</li>
        </ol>
      </nav>
      <header className="article-page__header">
        <h1>{article.title}</h1>
        <p className="article-page__byline">
          {t('byline', {
            author: article.authorV2?.name ?? '',
            date: formatDate(article.publishedAt, root.intlLocale, 'long', 'UTC'),
          })}
        </p>
      </header>
      {article.image ? (
        <img
          className="article-page__image"
          src={article.image.url}
          alt={article.image.altText ?? ''}
          width={article.image.width ?? undefined}
          height={article.image.height ?? undefined}
        />
      ) : null}
      <div className="rte" dangerouslySetInnerHTML={{ __html: article.contentHtml }} />
      {article.tags.length ? (
        <p className="article-page__tags">
          {t('tagsLabel')} {article.tags.join(', ')}
        </p>
      ) : null}
      {article.authorV2?.bio ? (
        <aside className="article-page__author" aria-label={t('aboutAuthor')}>
          <p>
            <strong>{article.authorV2.name}</strong> – {article.authorV2.bio}
          </p>
        </aside>
      ) : null}
      <p>
        <Link to={`${root.prefix}${blog.path}`}>{t('backToBlog', { blog: blog.title })}</Link>
      </p>
    </article>
  );
}

const ARTICLE_QUERY = `#graphql
  query BlogArticle($blogHandle: String!, $articleHandle: String!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    blog(handle: $blogHandle) {
      id handle title
      articleByHandle(handle: $articleHandle) {
        id handle title contentHtml excerpt publishedAt tags
        authorV2 { name bio }
        image { url(transform: { maxWidth: 1200 }) altText width height }
        seo { title description }
        hidden: metafield(namespace: "seo", key: "hidden") { value }
        ogTitle: metafield(namespace: "meridian", key: "og_title") { value }
        ogDescription: metafield(namespace: "meridian", key: "og_description") { value }
        ogImage: metafield(namespace: "meridian", key: "og_image") { value }
      }
    }
  }
` as const;
