import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useFetcher, useLocation } from 'react-router';
import { WithStrings } from '#app/i18n/react.tsx';
import type { LayoutData } from '#app/storefront/use-layout.ts';

const loadCartMain = () => import('./cart-main.tsx');
/** The drawer's contents load with its first opening: most pages never open it. */
const CartMain = lazy(() => loadCartMain().then((m) => ({ default: m.CartMain })));

/**
 * The header's cart link. Without JavaScript it goes to the cart page; with it, it opens a
 * modal drawer (native <dialog>: focus trap, Escape and inert background for free) that
 * loads the cart page's data.
 */
export function CartDrawer({ root }: { root: LayoutData }) {
  const { t } = useTranslation('cart');
  const dialog = useRef<HTMLDialogElement>(null);
  const fetcher = useFetcher<{ cart: unknown; strings?: Record<string, unknown> }>();
  const location = useLocation();
  const count = root.cartCount ?? 0;
  const open = (event: React.MouseEvent) => {
    if (!dialog.current?.showModal) return;
    event.preventDefault();
    fetcher.load(`${root.prefix}/cart`);
    void loadCartMain();
    dialog.current.showModal();
  };
  // Following a link inside the drawer closes it.
  useEffect(() => {
    dialog.current?.close();
  }, [location.pathname]);
  const busy = (
    <p className="muted" aria-busy="true">
      …
    </p>
  );
  return (
    <>
      <Link
        to={`${root.prefix}/cart`}
        className="site-header__cart"
        onClick={open}
        aria-label={t('open', { count })}
        data-testid="cart-link"
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
          strokeLinejoin="round"
          data-icon="bag"
        >
          <rect x="4" y="8" width="16" height="13" rx="2" />
          <path d="M8.5 11V7a3.5 3.5 0 0 1 7 0v4" />
        </svg>
        <span aria-hidden="true">{t('drawerTitle')}</span>
        {count > 0 ? (
          <span className="cart-badge" aria-hidden="true" data-testid="cart-count">
            {count}
          </span>
        ) : null}
      </Link>
      <dialog ref={dialog} className="cart-drawer" aria-labelledby="cart-drawer-title">
        <div className="cart-drawer__head">
          <h2 id="cart-drawer-title">{t('drawerTitle')}</h2>
          <button
            type="button"
            className="link-button"
            onClick={() => dialog.current?.close()}
            aria-label={t('close')}
          >
            ✕
          </button>
        </div>
        <Suspense fallback={busy}>
          {fetcher.data ? (
            <WithStrings ns="cart" strings={fetcher.data.strings}>
              <CartMain
                cart={fetcher.data.cart as never}
                prefix={root.prefix}
                taxInclusive={root.taxInclusive}
                layout="drawer"
              />
            </WithStrings>
          ) : (
            busy
          )}
        </Suspense>
      </dialog>
    </>
  );
}
