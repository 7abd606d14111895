import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { type LayoutData } from '#app/lib/use-layout.ts';
import { CartDrawer } from '../cart/cart-drawer.tsx';
import { LocaleSelector } from '../locale/locale-selector.tsx';
import { PredictiveSearch } from '../search/predictive-search.tsx';

export function SiteHeader({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  const home = root.prefix || '/';
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to={home} className="site-header__logo" aria-label={t('header.homeLabel', { shop: root.shopName })}>
          <span aria-hidden="true" className="logo-mark">◐</span>
          <span>{root.shopName}</span>
        </Link>
        <nav className="site-nav" aria-label={t('header.mainNavigation')}>
          <ul className="site-nav__list">
            {root.header.map((item) => (
              <li key={item.id} className="site-nav__item">
                {item.items && item.items.length > 0 ? (
                  <details className="site-nav__group">
                    <summary>{item.title}</summary>
                    <ul className="site-nav__submenu">
                      {item.items.map((sub) => (
                        <li key={sub.id}><NavLink to={sub.url ?? home} prefetch="intent">{sub.title}</NavLink></li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <NavLink to={item.url ?? home} prefetch="intent">{item.title}</NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          <PredictiveSearch prefix={root.prefix} />
          <LocaleSelector root={root} />
          <CartDrawer root={root} />
        </div>
      </div>
    </header>
  );
}
