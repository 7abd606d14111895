import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import {
  data, isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import type { Route } from './+types/root';
import { SiteFooter } from './components/layout/site-footer.tsx';
import { SiteHeader } from './components/layout/site-header.tsx';
import { LocaleSuggestion } from './components/locale/locale-suggestion.tsx';
import { createReactI18n } from './i18n/client-instance.ts';
import { i18nextMiddleware } from './i18n/middleware.server.ts';
import { loadLayout } from './lib/layout.server.ts';
import { storefrontMiddleware } from './lib/storefront-middleware.server.ts';
import appStyles from './styles/app.css?url';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';

export const middleware: Route.MiddlewareFunction[] = [i18nextMiddleware, storefrontMiddleware];

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  return data(await loadLayout(request, context));
}

export type RootData = Awaited<ReturnType<typeof loadLayout>>;

/** Layout data changes only with the locale; skip it on same-locale navigations. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const first = (u: URL) => u.pathname.split('/')[1];
  return first(currentUrl) !== first(nextUrl) || currentUrl.search !== nextUrl.search ? defaultShouldRevalidate : false;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<RootData>('root');
  // Without root data (its loader failed) the error page still speaks English, not i18n keys.
  const i18n = useMemo(
    () => createReactI18n(root?.language ?? 'en', root?.resources ?? { en: { common: enCommon, errors: enErrors } }),
    [root?.language, root?.resources],
  );
  return (
    <html lang={root?.htmlLang ?? 'en'} dir={root?.dir ?? 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {root?.seo.canonical ? <link rel="canonical" href={root.seo.canonical} /> : null}
        {root?.seo.alternates.map((a) => <link key={a.hreflang} rel="alternate" hrefLang={a.hreflang} href={a.href} />)}
        <Links />
        {root?.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: root.jsonLd }} /> : null}
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          {root ? <SkipLink /> : null}
          {root?.suggestion ? <LocaleSuggestion suggestion={root.suggestion} /> : null}
          {root ? <SiteHeader root={root} /> : null}
          <main id="main" className="site-main">{children}</main>
          {root ? <SiteFooter root={root} /> : null}
        </I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function SkipLink() {
  const { t } = useTranslation();
  return <a className="skip-link" href="#main">{t('skipToContent')}</a>;
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation('errors');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <section className="error-page container">
      <p className="error-page__code">{status}</p>
      <h1>{notFound ? t('notFoundTitle') : t('genericTitle')}</h1>
      <p>{notFound ? t('notFoundBody') : t('genericBody')}</p>
      <a className="button" href={useRouteLoaderData<RootData>('root')?.prefix || '/'}>{t('backHome')}</a>
    </section>
  );
}
