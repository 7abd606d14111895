import { useTranslation } from 'react-i18next';
import { data, Outlet, useMatches } from 'react-router';
import { CheckoutHeader } from '#app/components/checkout/checkout-header.tsx';
import { OrderSummary, SummaryToggle } from '#app/components/checkout/order-summary.tsx';
import { StepsNav } from '#app/components/checkout/steps-nav.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { checkoutView, requireCheckout } from '#app/storefront/checkout-route.server.ts';
import type { Step } from '#app/storefront/checkout-steps.ts';
import { pageMeta } from '#app/storefront/meta.ts';
import { shopNameFrom } from '#app/storefront/use-layout.ts';
import checkoutStyles from '#app/styles/checkout.css?url';
import type { Route } from './+types/($locale).checkout.$token';

/** A focused checkout: the storefront layout leaves out its header, footer and banners. */
export const handle = { focused: true };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: checkoutStyles }];

/** The checkout frame: logo, progress, test-mode notice, the step (child route) and the landed-cost summary. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { sf, state, paths } = await requireCheckout(context, params);
  return data(
    {
      view: checkoutView(state, sf.origin, sf.locale.language),
      base: paths.base,
      seo: { title: getI18n(context).t('checkout:title') },
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [
  ...pageMeta(d?.seo, shopNameFrom(matches)),
  { name: 'robots', content: 'noindex' },
];

export default function Checkout({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('checkout');
  const { view, base } = loaderData;
  const step = (useMatches().at(-1)?.handle as { step?: Step } | undefined)?.step;
  return (
    <>
      <CheckoutHeader>
        {step ? <StepsNav current={step} next={view.next} base={base} /> : null}
      </CheckoutHeader>
      <div className="container checkout">
        <SummaryToggle view={view}>
          <OrderSummary view={view} />
        </SummaryToggle>
        <section aria-labelledby="checkout-title">
          <h1 id="checkout-title">{t('title')}</h1>
          {view.testMode ? (
            <p className="test-mode" role="note">
              {t('testMode')}
            </p>
          ) : null}
          {view.unavailable ? (
            <p className="notice" role="alert">
              {t('unavailable')}
            </p>
          ) : null}
          <Outlet />
        </section>
      </div>
    </>
  );
}
