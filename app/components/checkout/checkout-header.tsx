import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLayout } from '#app/storefront/use-layout.ts';

/**
 * The checkout's only chrome: the shop's logo (back to the cart, as Shopify's checkout does)
 * and the steps. No store navigation to wander off into mid-purchase.
 */
export function CheckoutHeader({ children, home = false }: { children?: ReactNode; home?: boolean }) {
  const { t } = useTranslation('checkout');
  const root = useLayout();
  const to = home ? root.prefix || '/' : `${root.prefix}/cart`;
  return (
    <header className="checkout-header">
      <div className="container checkout-header__bar">
        <Link
          to={to}
          className="checkout-header__logo"
          aria-label={t(home ? 'header.home' : 'header.cart', { shop: root.shopName })}
        >
          <span aria-hidden="true" className="logo-mark">
            ◐
          </span>
          <span>{root.shopName}</span>
        </Link>
        {children}
      </div>
    </header>
  );
}
