import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Previous/next links over Storefront API cursors; plain links, so crawlers and no-JS users can page. */
export function Pager({
  pageInfo,
}: {
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
}) {
  const { t } = useTranslation('collection');
  const location = useLocation();
  const href = (cursor: string, direction: 'next' | 'previous') => {
    const params = new URLSearchParams(location.search);
    params.set('cursor', cursor);
    params.set('direction', direction);
    return `${location.pathname}?${params}`;
  };
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  return (
    <nav className="pager" aria-label={t('pagination')}>
      {pageInfo.hasPreviousPage && pageInfo.startCursor ? (
        <Link
          rel="prev"
          className="button button--ghost"
          to={href(pageInfo.startCursor, 'previous')}
          preventScrollReset={false}
        >
          {t('previousPage')}
        </Link>
      ) : (
        <span />
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link rel="next" className="button" to={href(pageInfo.endCursor, 'next')}>
          {t('nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
