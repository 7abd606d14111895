import { Banner, Button } from '@shopify/polaris';
import polarisStyles from '@shopify/polaris/build/esm/styles.css?url';
import { useTranslation } from 'react-i18next';
import { Form, redirect } from 'react-router';
import { AdminProviders } from '#app/components/admin/admin-providers.tsx';
import { AuthCard } from '#app/components/admin/auth-card.tsx';
import { getDb } from '#app/db/client.server.ts';
import { adminAuth } from '#app/admin/guard.server.ts';
import { invalid } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { adminT, browserLanguage, polarisTranslations } from '#app/admin/admin-data.server.ts';
import { consumeLoginToken } from '#app/modules/staff/staff.server.ts';
import type { Route } from './+types/app_.login_.link.$token';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: polarisStyles }];

/**
 * One-time sign-in links need a deliberate click (POST): mail scanners and link
 * previews that fetch the URL must not use the token up.
 */
export function loader({ request }: Route.LoaderArgs) {
  const lng = browserLanguage(request);
  return { polaris: polarisTranslations(lng), title: adminT(lng)('login.linkTitle') };
}

export async function action({ request, params }: Route.ActionArgs) {
  assertSameOrigin(request);
  const staffId = await consumeLoginToken(getDb(), params.token);
  if (!staffId) return invalid('continue', { form: 'linkInvalid' }, { status: 410 });
  const cookie = await adminAuth().signIn(staffId);
  throw redirect('/app/account/password', { headers: { 'Set-Cookie': cookie } });
}

export const meta: Route.MetaFunction = ({ data: d }) => [
  { title: d?.title },
  { name: 'robots', content: 'noindex' },
  { name: 'referrer', content: 'no-referrer' },
];

export default function LoginLink({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const formError = useFieldErrors(actionData, 'login.errors')('form');
  return (
    <AdminProviders polaris={loaderData.polaris}>
      <AuthCard title={t('login.linkTitle')}>
        {formError ? <Banner tone="critical">{formError}</Banner> : null}
        <Form method="post">
          <Button submit variant="primary">
            {t('login.linkContinue')}
          </Button>
        </Form>
      </AuthCard>
    </AdminProviders>
  );
}
