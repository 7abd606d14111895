import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { pageMeta } from '#app/lib/meta.ts';
import { storefrontFor } from '#app/lib/page.server.ts';
import { useLayout, shopNameFrom } from '#app/lib/use-layout.ts';
import type { Route } from './+types/($locale).cart';

/** The cart page; cart lines and checkout arrive with the checkout issue. */
export async function loader({ params, context }: Route.LoaderArgs) {
  storefrontFor(context, params.locale);
  return { seo: { title: getI18n(context).t('cart.title') } };
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [...pageMeta(d?.seo, shopNameFrom(matches)), { name: 'robots', content: 'noindex' }];

export default function Cart() {
  const { t } = useTranslation();
  const root = useLayout();
  return (
    <div className="container section">
      <h1>{t('cart.title')}</h1>
      <p className="empty-state">{t('cart.empty')}</p>
      <Link className="button" to={`${root.prefix}/collections`}>{t('cart.continue')}</Link>
    </div>
  );
}
