import { CartForm, useOptimisticCart } from '@shopify/hydrogen';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CartApiQueryFragment } from '#app/storefrontapi.generated.d.ts';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { UnitPrice } from '#app/components/product/unit-price.tsx';
import { PromotionProgress } from './promotion-progress.tsx';

/**
 * Cart lines, discount codes and the subtotal, shared by the cart page and the drawer. Every
 * control is a CartForm: optimistic with JavaScript, a plain form post without it.
 */
export function CartMain({
  cart: original,
  prefix,
  taxInclusive,
  layout,
}: {
  cart: CartApiQueryFragment | null;
  prefix: string;
  taxInclusive: boolean;
  layout: 'page' | 'drawer';
}) {
  const { t } = useTranslation('cart');
  const cart = useOptimisticCart(original);
  const format = useMoneyFormatter();
  const lines = cart?.lines?.nodes ?? [];
  if (!cart || lines.length === 0) {
    return (
      <div className="cart-empty">
        <p className="empty-state">{t('empty')}</p>
        <Link className="button" to={`${prefix}/collections`}>
          {t('continue')}
        </Link>
      </div>
    );
  }
  const route = `${prefix}/cart`;
  return (
    <div className={`cart cart--${layout}`}>
      <ul className="cart-lines" aria-label={t('itemCount', { count: cart.totalQuantity ?? 0 })}>
        {lines.map((line) => {
          const v = line.merchandise;
          const title = v.product.title;
          const pending = 'isOptimistic' in line && line.isOptimistic;
          // Units a promotion added as its free gift (the API's `_meridian_gift` line attribute).
          const gift = Number(line.attributes.find((a) => a.key === '_meridian_gift')?.value ?? 0);
          return (
            <li key={line.id} className="cart-line" aria-busy={pending || undefined}>
              {v.image ? (
                <img
                  className="cart-line__image"
                  src={v.image.url}
                  alt={v.image.altText ?? ''}
                  width={80}
                  height={80}
                  loading="lazy"
                />
              ) : (
                <span className="cart-line__image" />
              )}
              <div className="cart-line__body">
                <Link
                  to={`${prefix}/products/${v.product.handle}?${new URLSearchParams(v.selectedOptions.map((o) => [o.name, o.value])).toString()}`}
                  className="cart-line__title"
                >
                  {title}
                </Link>
                {v.title !== 'Default Title' ? <p className="muted">{v.title}</p> : null}
                {gift > 0 ? (
                  <p className="cart-line__gift" data-testid="gift">
                    {t('gift', { count: gift })}
                  </p>
                ) : null}
                <p>
                  {format(line.cost.amountPerQuantity)}
                  <UnitPrice
                    price={line.cost.amountPerQuantity}
                    measurement={v.unitPriceMeasurement}
                    className="cart-line__unit-price"
                  />
                </p>
                <div className="cart-line__controls">
                  <CartForm
                    route={route}
                    action={CartForm.ACTIONS.LinesUpdate}
                    inputs={{ lines: [{ id: line.id, quantity: Math.max(0, line.quantity - 1) }] }}
                  >
                    <button
                      type="submit"
                      className="qty-button"
                      aria-label={t('decrease', { title })}
                      disabled={line.quantity <= 1 || pending}
                    >
                      −
                    </button>
                  </CartForm>
                  <span className="qty-value" aria-label={t('quantityFor', { title })}>
                    {line.quantity}
                  </span>
                  <CartForm
                    route={route}
                    action={CartForm.ACTIONS.LinesUpdate}
                    inputs={{ lines: [{ id: line.id, quantity: line.quantity + 1 }] }}
                  >
                    <button
                      type="submit"
                      className="qty-button"
                      aria-label={t('increase', { title })}
                      disabled={
                        pending ||
                        (v.quantityAvailable != null &&
                          v.quantityAvailable > 0 &&
                          line.quantity >= v.quantityAvailable)
                      }
                    >
                      +
                    </button>
                  </CartForm>
                  <CartForm
                    route={route}
                    action={CartForm.ACTIONS.LinesRemove}
                    inputs={{ lineIds: [line.id] }}
                  >
                    <button
                      type="submit"
                      className="link-button"
                      aria-label={t('remove', { title })}
                      disabled={pending}
                    >
                      {t('removeShort')}
                    </button>
                  </CartForm>
                </div>
              </div>
              <p className="cart-line__total">{format(line.cost.totalAmount)}</p>
            </li>
          );
        })}
      </ul>
      <div className="cart-summary">
        <PromotionProgress value={original?.progress?.value} />
        <CartForm route={route} action={CartForm.ACTIONS.DiscountCodesUpdate} inputs={{ discountCodes: [] }}>
          {(fetcher) => (
            <div className="discount-form">
              <label htmlFor={`discount-${layout}`}>{t('discountCode')}</label>
              <div className="discount-form__row">
                <input id={`discount-${layout}`} name="discountCode" autoComplete="off" />
                <button type="submit" className="button button--secondary">
                  {t('applyCode')}
                </button>
              </div>
              {/* Why a code does not apply, in the shopper's language (the API's warnings). */}
              {discountWarnings(fetcher.data).map((w) => (
                <p key={w} className="notice" role="status" data-testid="code-reason">
                  {w}
                </p>
              ))}
              {discountWarnings(fetcher.data).length
                ? null
                : (cart.discountCodes ?? [])
                    .filter((c) => !c.applicable)
                    .map((c) => (
                      <p key={c.code} className="notice" role="status">
                        {t('codeNotApplicable', { code: c.code })}
                      </p>
                    ))}
            </div>
          )}
        </CartForm>
        <dl className="totals">
          <div>
            <dt>{t('subtotal')}</dt>
            <dd data-testid="cart-subtotal">
              {cart.cost?.subtotalAmount?.amount && cart.cost.subtotalAmount.currencyCode
                ? format({
                    amount: cart.cost.subtotalAmount.amount,
                    currencyCode: cart.cost.subtotalAmount.currencyCode,
                  })
                : ''}
            </dd>
          </div>
        </dl>
        <p className="muted small">{taxInclusive ? t('taxIncluded') : t('taxExcluded')}</p>
        {cart.checkoutUrl ? (
          <a className="button button--primary button--block" href={new URL(cart.checkoutUrl).pathname}>
            {t('checkout')}
          </a>
        ) : null}
      </div>
    </div>
  );
}

/** The messages of the discount warnings in a cart action's reply. */
function discountWarnings(data: unknown): string[] {
  const warnings = (data as { warnings?: { code?: string; message?: string }[] } | undefined)?.warnings ?? [];
  return warnings.filter((w) => w.code?.startsWith('DISCOUNT_') && w.message).map((w) => w.message!);
}
