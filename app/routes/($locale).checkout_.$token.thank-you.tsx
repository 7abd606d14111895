import { useTranslation } from 'react-i18next';
import { data, Link } from 'react-router';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { getDb } from '#app/db/client.server.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { isCartToken } from '#app/lib/gid.ts';
import { pageMeta } from '#app/lib/meta.ts';
import { storefrontFor } from '#app/lib/page.server.ts';
import { shopNameFrom, useLayout } from '#app/lib/use-layout.ts';
import { getOrder, orderByCart } from '#app/modules/orders/orders.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { Route } from './+types/($locale).checkout_.$token.thank-you';

/** The order confirmation page; the cart token in the URL is the shopper's only key to it. */
export async function loader({ params, context }: Route.LoaderArgs) {
  storefrontFor(context, params.locale);
  const db = getDb();
  const found = isCartToken(params.token) ? await orderByCart(db, params.token) : null;
  if (!found) throw data(null, { status: 404 });
  const { order, lines } = (await getOrder(db, found.id))!;
  const m = (amount: number) => ({ amount: toDecimalString({ amount, currencyCode: order.currency }), currencyCode: order.currency });
  return data({
    number: order.number, email: order.email, firstName: order.shippingAddress.firstName, shipping: order.shippingLine,
    lines: lines.map((l) => ({ id: l.id, title: l.productTitle, variantTitle: l.variantTitle, quantity: l.quantity, total: m(l.lineTotal) })),
    totals: { subtotal: m(order.subtotal), shipping: m(order.shipping), tax: m(order.tax), taxIncluded: order.taxIncluded, duties: m(order.duties), total: m(order.total) },
    seo: { title: getI18n(context).t('checkout:confirmation.heading', { number: order.number }) },
  }, { headers: { 'Cache-Control': 'private, no-store' } });
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [...pageMeta(d?.seo, shopNameFrom(matches)), { name: 'robots', content: 'noindex' }];

export default function ThankYou({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('checkout');
  const root = useLayout();
  const format = useMoneyFormatter();
  return (
    <div className="container section">
      <p className="eyebrow">{t('confirmation.title', { name: d.firstName })}</p>
      <h1 data-testid="order-number">{t('confirmation.heading', { number: d.number })}</h1>
      <p>{t('confirmation.body', { email: d.email })}</p>
      <p>{t('confirmation.arrives', { min: d.shipping.minDays, max: d.shipping.maxDays })}</p>
      <div className="order-summary">
        <ul>{d.lines.map((l) => <li key={l.id}><span /><span>{l.title}<br /><small className="muted">{l.variantTitle} · {t('summary.quantity', { count: l.quantity })}</small></span><span>{format(l.total)}</span></li>)}</ul>
        <dl className="totals">
          <div><dt>{t('summary.subtotal')}</dt><dd>{format(d.totals.subtotal)}</dd></div>
          <div><dt>{t('summary.shipping')}</dt><dd>{Number(d.totals.shipping.amount) === 0 ? t('summary.free') : format(d.totals.shipping)}</dd></div>
          {!d.totals.taxIncluded ? <div><dt>{t('summary.tax')}</dt><dd>{format(d.totals.tax)}</dd></div> : null}
          {Number(d.totals.duties.amount) > 0 ? <div><dt>{t('summary.duties')}</dt><dd>{format(d.totals.duties)}</dd></div> : null}
          <div className="totals__grand"><dt>{t('summary.total')}</dt><dd data-testid="total">{format(d.totals.total)}</dd></div>
        </dl>
        {d.totals.taxIncluded ? <p className="small muted">{t('summary.taxIncluded', { amount: format(d.totals.tax) })}</p> : null}
      </div>
      <p><Link className="button" to={`${root.prefix || '/'}`}>{t('confirmation.continue')}</Link></p>
    </div>
  );
}
