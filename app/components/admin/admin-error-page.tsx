import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Admin error page; plain markup so it renders even when Polaris' providers are not mounted. */
export function AdminErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation('admin');
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 403
      ? [t('errors.forbiddenTitle'), t('errors.forbiddenBody')]
      : status === 404
        ? [t('errors.notFoundTitle'), '']
        : [t('errors.genericTitle'), t('errors.genericBody')];
  return (
    <main
      style={{
        fontFamily: 'system-ui, -apple-system, sans-serif',
        maxWidth: '36rem',
        margin: '4rem auto',
        padding: '0 1rem',
        color: '#303030',
      }}
    >
      <p style={{ color: '#8a8a8a' }}>{status}</p>
      <h1 style={{ fontSize: '1.5rem' }}>{title}</h1>
      {body ? <p>{body}</p> : null}
      <a href="/app">{t('errors.backHome')}</a>
    </main>
  );
}
