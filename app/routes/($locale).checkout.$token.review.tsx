import { Trans, useTranslation } from 'react-i18next';
import { data, Form, Link, redirect, useNavigation } from 'react-router';
import { useMoneyFormatter } from '#app/components/product/price.tsx';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { guardStep, orderContext, provider, requireCheckout } from '#app/storefront/checkout-route.server.ts';
import { useCheckout } from '#app/storefront/use-checkout.ts';
import { useLayout } from '#app/storefront/use-layout.ts';
import { completePayment, payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { addressLines, addressOneLine, salutationName } from '#app/modules/checkout/core/address-format.ts';
import { countryName } from '#app/modules/checkout/core/display-names.ts';
import { regionName } from '#app/modules/checkout/core/regions.ts';
import type { Route } from './+types/($locale).checkout.$token.review';

export const handle = { step: 'review' };

/** The policies the pay note links to (Shopify's handles; linked only where published). */
const PAY_NOTE_POLICIES = {
  terms: 'terms-of-service',
  returns: 'refund-policy',
  privacy: 'privacy-policy',
} as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { sf, db, state, paths } = await requireCheckout(context, params);
  // Back from a Stripe redirect (3-D Secure, bank page): finish the order if the payment went through.
  const intent = new URL(request.url).searchParams.get('payment_intent');
  if (intent && /^pi_[A-Za-z0-9_]{3,100}$/.test(intent)) {
    const outcome = await completePayment(
      db,
      provider(),
      intent,
      orderContext(sf.origin, sf.locale.pathPrefix),
    );
    if (outcome.kind === 'placed') throw redirect(paths.thankYou);
    if (outcome.kind === 'soldOut') return { returned: 'soldOut' as const };
  }
  guardStep(state, 'review', paths);
  return null;
}

/** Pays and places the order. Safe to submit twice: the payment and the order are keyed on the quote and cart. */
export async function action({ request, params, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const { sf, db, token, paths } = await requireCheckout(context, params);
  const outcome = await payForCheckout(db, provider(), token, {
    returnUrl: `${sf.origin}${paths.step('review')}`,
    ...orderContext(sf.origin, sf.locale.pathPrefix),
  });
  switch (outcome.kind) {
    case 'placed':
      throw redirect(paths.thankYou);
    case 'declined':
      throw redirect(`${paths.step('payment')}?declined=${encodeURIComponent(outcome.code)}`);
    case 'incomplete':
      throw redirect(outcome.step === 'cart' ? `${sf.locale.pathPrefix}/cart` : paths.step(outcome.step));
    case 'soldOut':
      return data({ error: 'soldOut' as const }, { status: 409 });
    case 'promotionsChanged':
      return data({ error: 'promotionsChanged' as const }, { status: 409 });
    case 'creditChanged':
      return data({ error: 'credit.changed' as const }, { status: 409 });
    default:
      return data({ error: 'pending' as const }, { status: 202 });
  }
}

export default function Review({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('checkout');
  const { view, base } = useCheckout();
  const root = useLayout();
  const format = useMoneyFormatter();
  const busy = useNavigation().state !== 'idle';
  const a = view.address;
  const language = i18n.language;
  const shipTo = a
    ? addressOneLine(
        addressLines(
          a,
          {
            region: regionName(a.countryCode, a.province, language),
            country: countryName(a.countryCode, root.intlLocale),
          },
          language,
        ),
        language,
      )
    : '';
  return (
    <Form method="post">
      <h2>{t('review.title')}</h2>
      {a ? <p>{t('review.lead', { name: salutationName(a, language) })}</p> : null}
      {actionData?.error || loaderData?.returned ? (
        <p className="error-summary" role="alert">
          {t(actionData?.error ?? loaderData!.returned)}
        </p>
      ) : null}
      <dl className="review-list">
        <div>
          <dt>{t('review.contact')}</dt>
          <dd>{view.email}</dd>
          <dd>
            <Link to={`${base}/contact`}>{t('edit')}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('review.shipTo')}</dt>
          <dd data-testid="ship-to">{shipTo}</dd>
          <dd>
            <Link to={`${base}/address`}>{t('edit')}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('review.method')}</dt>
          <dd>
            {view.shipping
              ? `${t(`delivery.services.${view.shipping.service}`)} · ${t('delivery.days', { min: view.shipping.minDays, max: view.shipping.maxDays })}`
              : ''}
          </dd>
          <dd>
            <Link to={`${base}/delivery`}>{t('edit')}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('review.payment')}</dt>
          {view.credit ? <dd>{t('credit.paysWith', { amount: format(view.credit) })}</dd> : null}
          {Number(view.due.amount) > 0 ? <dd>{view.paymentLabel}</dd> : null}
          <dd>
            <Link to={`${base}/payment`}>{t('edit')}</Link>
          </dd>
        </div>
      </dl>
      <p className="small muted pay-note" data-testid="pay-note">
        <Trans
          t={t}
          i18nKey="review.agree"
          components={Object.fromEntries(
            Object.entries(PAY_NOTE_POLICIES).map(([name, handle]) => [
              name,
              root.policies.some((p) => p.handle === handle) ? (
                <Link to={`${root.prefix}/policies/${handle}`} />
              ) : (
                <span />
              ),
            ]),
          )}
        />
      </p>
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={busy || view.unavailable}
        data-testid="pay"
      >
        {busy
          ? t('review.paying')
          : t('review.pay', { amount: format(view.credit ? view.due : view.totals.total) })}
      </button>
    </Form>
  );
}
