import { useTranslation } from 'react-i18next';
import { cartGetIdDefault } from '@shopify/hydrogen';
import { data, Link } from 'react-router';
import { CheckoutHeader } from '#app/components/checkout/checkout-header.tsx';
import { LandedCostNotes } from '#app/components/checkout/landed-cost-notes.tsx';
import { SummaryLines } from '#app/components/checkout/order-summary.tsx';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { getDb } from '#app/db/client.server.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { cartGid, isCartToken } from '#app/lib/gid.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { storefrontFor } from '#app/storefront/page.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import { orderConfirmation } from '#app/modules/checkout/confirmation.server.ts';
import { validConfirmationKey } from '#app/modules/checkout/confirmation-link.server.ts';
import { addressLines, salutationName } from '#app/modules/checkout/core/address-format.ts';
import { deliveryWindow, formatDeliveryWindow } from '#app/modules/checkout/core/delivery-estimate.ts';
import { countryName } from '#app/modules/checkout/core/display-names.ts';
import { regionName } from '#app/modules/checkout/core/regions.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { imageUrl } from '#app/storefront-api/resolvers/shared.ts';
import checkoutStyles from '#app/styles/checkout.css?url';
import type { Route } from './+types/($locale).checkout_.$token.thank-you';

/** The confirmation keeps the checkout's focused layout: no store navigation, a way back to the store. */
export const handle = { focused: true };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: checkoutStyles }];

/**
 * The order confirmation page, for the buyer's own browser (its cart cookie holds this cart) or
 * a signed link from the order's emails; anyone else gets the same 404 as for no order at all.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const sf = storefrontFor(context, params.locale);
  const token = params.token;
  const cookieCart = cartGetIdDefault(request.headers)();
  const mine =
    isCartToken(token) &&
    (cookieCart === cartGid(token) ||
      validConfirmationKey(token, new URL(request.url).searchParams.get('key'), new Date()));
  const found = mine ? await orderConfirmation(getDb(), token) : null;
  if (!found) throw data(null, { status: 404 });
  const { order, lines, paymentLabel } = found;
  const m = (amount: number) => ({
    amount: toDecimalString({ amount, currencyCode: order.currency }),
    currencyCode: order.currency,
  });
  const window = deliveryWindow(order.createdAt, order.shippingLine.minDays, order.shippingLine.maxDays);
  return data(
    {
      number: order.number,
      email: order.email,
      address: order.shippingAddress,
      shipping: order.shippingLine,
      delivery: { from: window.from.toISOString(), to: window.to.toISOString() },
      payment: paymentLabel ?? order.paymentProvider,
      testPayment: order.paymentProvider === 'test',
      lines: lines.map((l) => ({
        id: l.id,
        title: l.productTitle,
        variantTitle: l.variantTitle,
        quantity: l.quantity,
        total: m(l.lineTotal),
        image: l.image ? { src: imageUrl(sf.origin, l.image.src, 400), alt: l.image.alt } : null,
      })),
      discounts: order.discounts
        .filter((d) => d.class !== 'shipping' && d.amount > 0)
        .map((d) => ({ label: d.label, amount: m(d.amount) })),
      totals: {
        subtotal: m(order.subtotal),
        subtotalBeforeDiscounts: m(
          order.subtotal +
            order.discounts.filter((d) => d.class !== 'shipping').reduce((s, d) => s + d.amount, 0),
        ),
        shipping: m(order.shipping),
        tax: m(order.tax),
        taxIncluded: order.taxIncluded,
        duties: m(order.duties),
        total: m(order.total),
      },
      landed: {
        notice: order.importNotice,
        lowValueScheme: order.lowValueScheme,
        atBorder: m(order.dutiesAtBorder),
        taxRemoved: m(order.taxRemoved),
      },
      seo: { title: getI18n(context).t('checkout:confirmation.heading', { number: order.number }) },
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function ThankYou({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('checkout');
  const root = useLayout();
  const format = useMoneyFormatter();
  const language = i18n.language;
  const a = d.address;
  const lines = addressLines(
    a,
    {
      region: regionName(a.countryCode, a.province, language),
      country: countryName(a.countryCode, root.intlLocale),
    },
    language,
  );
  const arrives = formatDeliveryWindow(
    { from: new Date(d.delivery.from), to: new Date(d.delivery.to) },
    root.intlLocale,
  );
  return (
    <>
      <CheckoutHeader home />
      <div className="container confirmation">
        <p className="eyebrow">{t('confirmation.title', { name: salutationName(a, language) })}</p>
        <h1 data-testid="order-number">{t('confirmation.heading', { number: d.number })}</h1>
        <p>{t('confirmation.body', { email: d.email })}</p>
        <section className="confirmation__card" aria-labelledby="details-title">
          <h2 id="details-title">{t('confirmation.details')}</h2>
          <dl className="confirmation__facts">
            <div>
              <dt>{t('confirmation.shipTo')}</dt>
              <dd>
                <address data-testid="confirmation-address">
                  {lines.map((l) => (
                    <span key={l}>{l}</span>
                  ))}
                </address>
              </dd>
            </div>
            <div>
              <dt>{t('confirmation.delivery')}</dt>
              <dd data-testid="delivery-estimate">
                <time dateTime={d.delivery.from}>{arrives}</time>
                <br />
                <small className="muted">
                  {t(`delivery.services.${d.shipping.service}`)} ·{' '}
                  {t('delivery.days', { min: d.shipping.minDays, max: d.shipping.maxDays })}
                </small>
              </dd>
            </div>
            <div>
              <dt>{t('payment.method')}</dt>
              <dd data-testid="payment-method">
                {d.payment}
                {d.testPayment ? (
                  <>
                    <br />
                    <small className="muted">{t('confirmation.testPayment')}</small>
                  </>
                ) : null}
              </dd>
            </div>
          </dl>
        </section>
        <section className="order-summary" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('summary.title')}</h2>
          <SummaryLines lines={d.lines.map((l) => ({ ...l, key: l.id }))} />
          <dl className="totals">
            <div>
              <dt>{t('summary.subtotal')}</dt>
              <dd>{format(d.totals.subtotalBeforeDiscounts)}</dd>
            </div>
            {d.discounts.map((x) => (
              <div key={x.label} data-testid="discount">
                <dt>{t('summary.discount', { label: x.label })}</dt>
                <dd>−{format(x.amount)}</dd>
              </div>
            ))}
            <div>
              <dt>{t('summary.shipping')}</dt>
              <dd>
                {Number(d.totals.shipping.amount) === 0 ? t('summary.free') : format(d.totals.shipping)}
              </dd>
            </div>
            {!d.totals.taxIncluded && Number(d.totals.tax.amount) > 0 ? (
              <div>
                <dt>{t('summary.tax')}</dt>
                <dd>{format(d.totals.tax)}</dd>
              </div>
            ) : null}
            {Number(d.totals.duties.amount) > 0 ? (
              <div>
                <dt>{t('summary.duties')}</dt>
                <dd>{format(d.totals.duties)}</dd>
              </div>
            ) : null}
            <div className="totals__grand">
              <dt>{t('summary.total')}</dt>
              <dd data-testid="total">{format(d.totals.total)}</dd>
            </div>
          </dl>
          {d.totals.taxIncluded && Number(d.totals.tax.amount) > 0 ? (
            <p className="small muted">{t('summary.taxIncluded', { amount: format(d.totals.tax) })}</p>
          ) : null}
          <LandedCostNotes landed={d.landed} />
        </section>
        <div className="confirmation__actions">
          <Link className="button" to={`${root.prefix || '/'}`} data-testid="continue-shopping">
            {t('confirmation.continue')}
          </Link>
        </div>
      </div>
    </>
  );
}
