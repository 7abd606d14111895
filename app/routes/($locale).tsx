import { useTranslation } from 'react-i18next';
import {
  data,
  isRouteErrorResponse,
  Outlet,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { SiteFooter } from '#app/components/layout/site-footer.tsx';
import { SiteHeader } from '#app/components/layout/site-header.tsx';
import { LocaleSuggestion } from '#app/components/locale/locale-suggestion.tsx';
import { getI18n } from '#app/i18n/middleware.server.ts';
import { cartCount } from '#app/storefront/cart-handler.server.ts';
import { storefrontContext } from '#app/storefront/storefront-context.server.ts';
import { loadLayout } from '#app/storefront/layout.server.ts';
import { JsonLd } from '#app/storefront/json-ld-slot.tsx';
import { LAYOUT_ROUTE_ID, type LayoutData } from '#app/storefront/use-layout.ts';
import appStyles from '#app/styles/app.css?url';
import type { Route } from './+types/($locale)';

/** The storefront shell around every `($locale)` page: header, footer, locale banner, styles. */
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: appStyles }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const [layout, count] = await Promise.all([
    loadLayout(request, context),
    cartCount(request, context.get(storefrontContext).storefront),
  ]);
  return data({
    ...layout,
    cartCount: count,
    errorTitle: {
      notFound: getI18n(context).t('errors:notFoundTitle'),
      generic: getI18n(context).t('errors:genericTitle'),
    },
  });
}

/** Chrome data changes with the locale prefix, the query string, or an action (the cart count). */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== 'GET') return defaultShouldRevalidate;
  const first = (u: URL) => u.pathname.split('/')[1];
  return first(currentUrl) !== first(nextUrl) || currentUrl.search !== nextUrl.search
    ? defaultShouldRevalidate
    : false;
}

function Shell({ layout, children }: { layout: LayoutData; children: React.ReactNode }) {
  const { t } = useTranslation();
  // A route with `handle.focused` (checkout) draws its own minimal chrome: no header, footer or banner.
  const focused = useMatches().some((m) => (m.handle as { focused?: boolean } | undefined)?.focused);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {layout.suggestion && !focused ? <LocaleSuggestion suggestion={layout.suggestion} /> : null}
      {focused ? null : <SiteHeader root={layout} />}
      <main id="main" className="site-main">
        {children}
      </main>
      {focused ? null : <SiteFooter root={layout} />}
      <JsonLd slot="organization" />
    </>
  );
}

export default function StorefrontLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Shell layout={loaderData}>
      <Outlet />
    </Shell>
  );
}

export const meta: Route.MetaFunction = ({ error, data: d }) =>
  error && d
    ? [
        {
          title:
            isRouteErrorResponse(error) && error.status === 404
              ? d.errorTitle.notFound
              : d.errorTitle.generic,
        },
      ]
    : [];

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation('errors');
  const layout = useRouteLoaderData<LayoutData>(LAYOUT_ROUTE_ID);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const body = (
    <section className="error-page container">
      <p className="error-page__code">{status}</p>
      <h1>{notFound ? t('notFoundTitle') : t('genericTitle')}</h1>
      <p>{notFound ? t('notFoundBody') : t('genericBody')}</p>
      <a className="button" href={layout?.prefix || '/'}>
        {t('backHome')}
      </a>
    </section>
  );
  return layout ? <Shell layout={layout}>{body}</Shell> : body;
}
