import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import type { Route } from './+types/root';
import { storableFormMiddleware } from './edge/storable-form.server.ts';
import { createReactI18n } from './i18n/client-instance.ts';
import { I18nextProvider } from './i18n/react.tsx';
import { i18nextMiddleware } from './i18n/middleware.server.ts';
import { loadDocument, type DocumentData } from '#app/document.server.ts';
import { hreflangLinks } from '#app/storefront/hreflang.ts';
import { isCartAction } from '#app/storefront/cart-revalidation.ts';
import { standaloneBackend } from './storefront-api/standalone-backend.server.ts';
import { storefrontMiddleware } from './storefront/storefront-middleware.server.ts';
import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';

/** The storefront runs on Meridian's own Storefront API (standalone mode); see docs/decisions/0014-storefront-context.md. */
export const middleware: Route.MiddlewareFunction[] = [
  storableFormMiddleware,
  i18nextMiddleware,
  storefrontMiddleware(standaloneBackend()),
];

export const links: Route.LinksFunction = () => [
  { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  return data(await loadDocument(request, context));
}

/** Document data changes only with the locale (or the canonical path); never with the cart. */
export function shouldRevalidate(args: ShouldRevalidateFunctionArgs) {
  const { currentUrl, nextUrl, defaultShouldRevalidate, formMethod } = args;
  if (isCartAction(args)) return false;
  if (formMethod && formMethod !== 'GET') return defaultShouldRevalidate;
  return currentUrl.pathname !== nextUrl.pathname ? defaultShouldRevalidate : false;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const doc = useRouteLoaderData<DocumentData>('root');
  // The deepest route that knows its resource's path in each language (localized handles).
  const localizedPaths = useMatches()
    .map((m) => (m.data as { localizedPaths?: Record<string, string> } | undefined)?.localizedPaths)
    .findLast(Boolean);
  // Without document data (its loader failed) the error page still speaks English, not i18n keys.
  const i18n = useMemo(
    () =>
      createReactI18n(
        doc?.language ?? 'en',
        doc?.resources ?? { en: { common: enCommon, errors: enErrors } },
      ),
    [doc?.language, doc?.resources],
  );
  return (
    <html lang={doc?.htmlLang ?? 'en'} dir={doc?.dir ?? 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {doc?.seo ? <link rel="canonical" href={doc.seo.canonical} /> : null}
        {doc?.seo
          ? hreflangLinks(doc.seo, localizedPaths).map((a) => (
              <link key={a.hreflang} rel="alternate" hrefLang={a.hreflang} href={a.href} />
            ))
          : null}
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Last-resort boundary (storefront and admin have their own). */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation('errors');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '40rem',
        margin: '4rem auto',
        padding: '0 1rem',
      }}
    >
      <h1>{notFound ? t('notFoundTitle') : t('genericTitle')}</h1>
      <p>{notFound ? t('notFoundBody') : t('genericBody')}</p>
      <a href="/">{t('backHome')}</a>
    </main>
  );
}

export function meta({ error }: Route.MetaArgs) {
  return error
    ? [
        {
          title:
            isRouteErrorResponse(error) && error.status === 404
              ? enErrors.notFoundTitle
              : enErrors.genericTitle,
        },
      ]
    : [];
}
