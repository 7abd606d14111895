import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { type LayoutData } from '#app/storefront/use-layout.ts';
import { CartDrawer } from '../cart/cart-drawer.tsx';
import { LocaleSelector } from '../locale/locale-selector.tsx';
import { PredictiveSearch } from '../search/predictive-search.tsx';
import { MenuDrawer } from './menu-drawer.tsx';

/**
 * One row on a phone (menu, logo, search icon, locale chip, cart) so the page starts above the
 * fold; the full header (inline navigation and search box) from 900px. The search icon is a
 * link to the search page without JavaScript; with it, it reveals the search box in the header.
 */
export function SiteHeader({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  const home = root.prefix || '/';
  const searchId = useId();
  const [searchOpen, setSearchOpen] = useState(false);
  const location = useLocation();
  // Navigating closes the search: adjusted while rendering, as React advises for state that follows a value.
  const page = location.pathname + location.search;
  const [searchPage, setSearchPage] = useState(page);
  if (searchPage !== page) {
    setSearchPage(page);
    setSearchOpen(false);
  }
  const toggleSearch = (e: React.MouseEvent) => {
    e.preventDefault();
    setSearchOpen((open) => {
      if (!open) requestAnimationFrame(() => document.getElementById(`${searchId}-input`)?.focus());
      return !open;
    });
  };
  return (
    <header
      className={`site-header${searchOpen ? ' site-header--search-open' : ''}`}
      data-testid="site-header"
    >
      <div className="site-header__bar container">
        <MenuDrawer root={root} />
        <Link
          to={home}
          className="site-header__logo"
          aria-label={t('header.homeLabel', { shop: root.shopName })}
        >
          {root.logo ? (
            // The brand's logo from the shop settings; the shop's name is its text alternative.
            <img
              className="site-header__logo-image"
              src={root.logo.url}
              alt={root.shopName}
              width={root.logo.width ?? undefined}
              height={root.logo.height ?? undefined}
            />
          ) : (
            <>
              <span aria-hidden="true" className="logo-mark">
                ◐
              </span>
              <span>{root.shopName}</span>
            </>
          )}
        </Link>
        {root.brandCss ? <style dangerouslySetInnerHTML={{ __html: root.brandCss }} /> : null}
        <nav className="site-nav" aria-label={t('header.mainNavigation')}>
          <ul className="site-nav__list">
            {root.header.map((item) => (
              <li key={item.id} className="site-nav__item">
                {item.items && item.items.length > 0 ? (
                  <details className="site-nav__group">
                    <summary>{item.title}</summary>
                    <ul className="site-nav__submenu">
                      {item.items.map((sub) => (
                        <li key={sub.id}>
                          <NavLink to={sub.url ?? home} prefetch="intent">
                            {sub.title}
                          </NavLink>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <NavLink to={item.url ?? home} prefetch="intent">
                    {item.title}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          <a
            href={`${root.prefix}/search`}
            className="icon-button site-header__search-toggle"
            aria-controls={`${searchId}-form`}
            aria-expanded={searchOpen}
            onClick={toggleSearch}
            data-testid="search-toggle"
          >
            <svg
              aria-hidden="true"
              width="22"
              height="22"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            >
              <circle cx="11" cy="11" r="6.5" />
              <path d="m16 16 4.5 4.5" />
            </svg>
            <span className="visually-hidden">{t('header.search')}</span>
          </a>
          <PredictiveSearch prefix={root.prefix} id={searchId} onSubmitted={() => setSearchOpen(false)} />
          <LocaleSelector key={root.selector.chip + root.language} root={root} />
          <CartDrawer root={root} />
        </div>
      </div>
    </header>
  );
}
