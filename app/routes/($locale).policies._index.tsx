import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { pageCache } from '#app/storefront/page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import type { Route } from './+types/($locale).policies._index';

/** Every published policy; the list is the layout's (the footer links the same ones). */
export function loader({ request, context }: Route.LoaderArgs) {
  const t = getI18n(context).t;
  return data(
    { seo: { title: t('policies:title'), description: t('policies:lead') } },
    { headers: { 'Cache-Control': pageCache(request) } },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d?.seo, shopNameFrom(matches));

export default function Policies() {
  const { t } = useTranslation('policies');
  const root = useLayout();
  return (
    <div className="container section content-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('lead')}</p>
      {root.policies.length ? (
        <ul className="policy-list" data-testid="policy-list">
          {root.policies.map((p) => (
            <li key={p.handle}>
              <Link to={`${root.prefix}/policies/${p.handle}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('empty')}</p>
      )}
    </div>
  );
}
