import { useTranslation } from 'react-i18next';
import { data, Form, Link, useNavigation } from 'react-router';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { getDb } from '#app/db/client.server.ts';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { formatDate } from '#app/lib/format.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { countryName } from '#app/modules/checkout/core/display-names.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { RETURN_STEPS } from '#app/modules/returns/core/statuses.ts';
import { labelProvider } from '#app/modules/returns/labels.server.ts';
import { variantTitles } from '#app/modules/returns/exchanges.server.ts';
import { reasonLabel } from '#app/modules/returns/core/reasons.ts';
import { loadReasonTree } from '#app/modules/returns/reasons.server.ts';
import { markReturnShipped } from '#app/modules/returns/return-actions.server.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { PORTAL_HEADERS, requirePortalOrder } from '#app/storefront/returns-portal.server.ts';
import { shopNameFrom, useLayout } from '#app/storefront/use-layout.ts';
import returnsStyles from '#app/styles/returns.css?url';
import type { Route } from './+types/($locale).returns.$token.$returnId';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: returnsStyles }];

/** One return of the order the token opens; another order's return id is a 404 like a missing one. */
async function requireReturn(context: Route.LoaderArgs['context'], params: Route.LoaderArgs['params']) {
  const portal = await requirePortalOrder(context, params);
  const ret = portal.state.returns.find((r) => r.publicId === params.returnId);
  if (!ret) throw data(null, { status: 404, headers: PORTAL_HEADERS });
  return { ...portal, ret };
}

export async function loader({ params, context, request }: Route.LoaderArgs) {
  const { sf, state, ret, base } = await requireReturn(context, params);
  const labelled = ret.status === 'approved' || ret.status === 'in_transit';
  const label = labelled ? await labelProvider().labelFor(ret, state.policy.row.returnAddress) : null;
  const tree = await loadReasonTree(getDb());
  const t = (key: string) => getI18n(context).t(`returns:${key}`);
  const swaps = await variantTitles(
    getDb(),
    ret.lines.flatMap((l) => (l.exchangeVariantId == null ? [] : [l.exchangeVariantId])),
    sf.locale.language,
  );
  return data(
    {
      base,
      requested: new URL(request.url).searchParams.has('requested'),
      number: state.order.number,
      rma: ret.rma,
      status: ret.status,
      createdAt: ret.createdAt.toISOString(),
      declineReason: ret.declineReason,
      currency: ret.currency,
      estimate: ret.estimate,
      refunded: ret.refunded,
      resolution: ret.resolution,
      items: ret.lines.map((l) => {
        const line = state.lines.find((x) => x.id === l.orderLineId);
        return {
          id: l.id,
          title: `${line?.productTitle ?? ''} — ${line?.variantTitle ?? ''}`,
          quantity: l.quantity,
          reason: reasonLabel(tree, l.reason, null, sf.locale.language, t),
          swap: l.exchangeVariantId == null ? null : (swaps.get(l.exchangeVariantId) ?? null),
        };
      }),
      label: label ? { qr: label.qrSvg, address: label.address } : null,
      canMarkSent: ret.status === 'approved',
      seo: { title: getI18n(context).t('returns:statusPage.heading', { rma: ret.rma }) },
    },
    { headers: PORTAL_HEADERS },
  );
}

/** The shopper says the parcel is on its way (approved → in transit). */
export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { ret } = await requireReturn(context, params);
  const done = await markReturnShipped(getDb(), ret.id, null);
  if (!done.ok) return data({ error: 'wrongStatus' }, { status: 409 });
  return data({ error: null });
}

/** The portal's privacy headers on every answer; a refused lookup's Retry-After too. */
export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) =>
  actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function ReturnStatus({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('returns');
  const root = useLayout();
  const format = useMoneyFormatter();
  const busy = useNavigation().state !== 'idle';
  const money = (amount: number) =>
    format({ amount: toDecimalString({ amount, currencyCode: d.currency }), currencyCode: d.currency });
  // An exchange ends "exchanged" where a refund ends "refunded".
  const steps: string[] = RETURN_STEPS.map((s) =>
    s === 'refunded' && d.resolution === 'exchange' ? 'exchanged' : s,
  );
  const reached = steps.indexOf(d.status);
  return (
    <div className="container section returns-page">
      <h1>{t('statusPage.heading', { rma: d.rma })}</h1>
      {d.requested ? (
        <p className="notice" role="status">
          {t('order.requested')}
        </p>
      ) : null}
      <p className="muted">
        {t('order.heading', { number: d.number })} ·{' '}
        {t('statusPage.requestedOn', { date: formatDate(d.createdAt, root.intlLocale, 'long', 'UTC') })}
      </p>
      <h2>{t('statusPage.progress')}</h2>
      {d.status === 'declined' ? (
        <p role="status">
          <strong>{t('status.declined')}</strong> —{' '}
          {t('statusPage.declined', { reason: t(`declineReasons.${d.declineReason ?? 'other'}`) })}
        </p>
      ) : (
        <ol className="returns-steps">
          {steps.map((s, i) => (
            <li
              key={s}
              className={reached >= 0 && i < reached ? 'is-done' : undefined}
              aria-current={i === reached ? 'step' : undefined}
            >
              {t(`status.${s}`)}
            </li>
          ))}
          {reached < 0 ? <li aria-current="step">{t(`status.${d.status}`)}</li> : null}
        </ol>
      )}
      {d.status === 'refunded' ? (
        <p>
          {d.resolution === 'store_credit'
            ? t('statusPage.credited', { amount: money(d.refunded + (d.estimate.creditBonus ?? 0)) })
            : t('statusPage.refunded', { amount: money(d.refunded) })}
        </p>
      ) : null}
      {d.status === 'exchanged' ? (
        <p>
          {d.refunded > 0
            ? t('statusPage.exchangedDifference', { amount: money(d.refunded) })
            : t('statusPage.exchanged')}
        </p>
      ) : null}
      <ul>
        {d.items.map((i) => (
          <li key={i.id}>
            {i.quantity} × {i.title} · {i.reason}
            {i.swap ? ` · ${t('statusPage.exchangeFor', { variant: i.swap })}` : ''}
          </li>
        ))}
      </ul>
      {d.status !== 'refunded' && d.status !== 'declined' && d.status !== 'exchanged' ? (
        <p>
          {t(`order.totals.${d.resolution}`)}:{' '}
          <strong data-testid="refund-estimate">
            {money(d.estimate.total + (d.estimate.creditBonus ?? 0))}
          </strong>
        </p>
      ) : null}
      {d.label ? (
        <section className="returns-label" aria-labelledby="rma-heading">
          <div>
            <h2 id="rma-heading">{t('label.heading', { rma: d.rma })}</h2>
            <p>{t('label.instructions', { rma: d.rma })}</p>
            <button
              type="button"
              className="button button--secondary returns-no-print"
              onClick={() => window.print()}
            >
              {t('label.print')}
            </button>
            {d.label.address ? (
              <address>
                {d.label.address.name}
                <br />
                {d.label.address.address1}
                {d.label.address.address2 ? (
                  <>
                    <br />
                    {d.label.address.address2}
                  </>
                ) : null}
                <br />
                {d.label.address.zip} {d.label.address.city}
                <br />
                {countryName(d.label.address.countryCode, root.intlLocale)}
              </address>
            ) : null}
          </div>
          <div
            className="returns-label__qr"
            role="img"
            aria-label={t('label.qr', { rma: d.rma })}
            dangerouslySetInnerHTML={{ __html: d.label.qr }}
          />
        </section>
      ) : null}
      {d.canMarkSent ? (
        <Form method="post" className="returns-no-print">
          {actionData?.error ? (
            <p className="error-summary" role="alert">
              {t(`errors.${actionData.error}`)}
            </p>
          ) : null}
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('statusPage.markSent')}
          </button>
        </Form>
      ) : null}
      <p className="returns-no-print">
        <Link to={d.base}>{t('order.heading', { number: d.number })}</Link>
      </p>
    </div>
  );
}
