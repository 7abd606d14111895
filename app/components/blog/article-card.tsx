import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#app/lib/format.ts';
import { useLayout } from '#app/storefront/use-layout.ts';

export interface ArticleCardData {
  id: string;
  handle: string;
  title: string;
  excerpt?: string | null;
  publishedAt: string;
  authorV2?: { name: string } | null;
  blog: { handle: string };
  image?: { url: string; altText?: string | null; width?: number | null; height?: number | null } | null;
}

/** One article in a list: image, title (the link), date, author and excerpt. */
export function ArticleCard({
  article,
  headingLevel = 2,
}: {
  article: ArticleCardData;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('blog');
  const root = useLayout();
  const Heading = `h${headingLevel}` as const;
  const href = `${root.prefix}/blogs/${encodeURIComponent(article.blog.handle)}/${encodeURIComponent(article.handle)}`;
  return (
    <article className="article-card">
      {article.image ? (
        <img
          src={article.image.url}
          alt={article.image.altText ?? ''}
          width={article.image.width ?? undefined}
          height={article.image.height ?? undefined}
          loading="lazy"
        />
      ) : null}
      <Heading className="article-card__title">
        <Link to={href}>{article.title}</Link>
      </Heading>
      <p className="article-card__meta">
        {t('byline', {
          author: article.authorV2?.name ?? '',
          date: formatDate(article.publishedAt, root.intlLocale, 'long', 'UTC'),
        })}
      </p>
      {article.excerpt ? <p className="article-card__excerpt">{article.excerpt}</p> : null}
    </article>
  );
}
