import { CartForm } from '@shopify/hydrogen';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Adds the selected variant; with JavaScript it stays on the page and announces the result. */
export function AddToCart({
  variantId,
  available,
  prefix,
}: {
  variantId: string;
  available: boolean;
  prefix: string;
}) {
  const { t } = useTranslation('cart');
  return (
    <CartForm
      route={`${prefix}/cart`}
      action={CartForm.ACTIONS.LinesAdd}
      inputs={{ lines: [{ merchandiseId: variantId, quantity: 1 }] }}
    >
      {(fetcher) => {
        const result = fetcher.data as
          { cart?: { totalQuantity?: number } | null; warnings?: { message: string }[] } | undefined;
        return (
          <div className="add-to-cart">
            {/* Without JavaScript the post is a navigation: land on the cart (with its new cookie) instead of a stale page. */}
            <noscript>
              <input type="hidden" name="redirectTo" value={`${prefix}/cart`} />
            </noscript>
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={!available || fetcher.state !== 'idle'}
            >
              {available ? t('addToCart') : t('soldOut')}
            </button>
            <p role="status" className="add-to-cart__status">
              {fetcher.state === 'idle' && result?.cart ? (
                <>
                  {result.warnings?.[0]?.message ?? t('added')}{' '}
                  <Link to={`${prefix}/cart`}>{t('viewCart')}</Link>
                </>
              ) : null}
            </p>
          </div>
        );
      }}
    </CartForm>
  );
}
