import { Banner, Button, FormLayout, TextField } from '@shopify/polaris';
import polarisStyles from '@shopify/polaris/build/esm/styles.css?url';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Form, redirect, useNavigation } from 'react-router';
import { z } from 'zod';
import { AdminProviders } from '#app/components/admin/admin-providers.tsx';
import { AuthCard } from '#app/components/admin/auth-card.tsx';
import { getDb } from '#app/db/client.server.ts';
import { adminAuth, safeNext } from '#app/admin/guard.server.ts';
import { invalid, parseForm } from '#app/admin/form.server.ts';
import { readToast } from '#app/admin/toast.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { adminT, browserLanguage, polarisTranslations } from '#app/admin/admin-data.server.ts';
import { clientAddressContext } from '#app/lib/client-address.ts';
import { forgiveRateLimit, hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';
import { verifySignIn } from '#app/modules/staff/staff.server.ts';
import type { Route } from './+types/app_.login';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: polarisStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  if (await adminAuth().authenticate(request))
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  const lng = browserLanguage(request);
  // "You're signed out" and the like, left by the action that redirected here.
  const { toast, headers } = await readToast(request);
  return data(
    { polaris: polarisTranslations(lng), title: adminT(lng)('login.title'), toast },
    headers ? { headers } : undefined,
  );
}

const LoginForm = z.object({
  email: z.string('email').trim().min(1, 'email').max(320, 'email'),
  password: z.string('password').min(1, 'password').max(1024, 'password'),
});

/** Per client address and per account, so neither guessing many passwords nor many accounts works. */
const LIMITS = { perIp: 30, perEmail: 5, windowSeconds: 15 * 60 };

export async function action({ request, context }: Route.ActionArgs) {
  // No session yet, so no CSRF token: the Origin check stops cross-site sign-in forms (login CSRF).
  assertSameOrigin(request);
  const parsed = parseForm(await request.formData(), LoginForm);
  if (!parsed.ok) return invalid('signIn', parsed.errors);
  const { email, password } = parsed.value;
  const db = getDb();
  const ip = context.get(clientAddressContext);
  const [byIp, byEmail] = await Promise.all([
    hitRateLimit(db, `login:ip:${ip}`, LIMITS.perIp, LIMITS.windowSeconds),
    hitRateLimit(db, `login:email:${email.toLowerCase()}`, LIMITS.perEmail, LIMITS.windowSeconds),
  ]);
  if (!byIp.allowed || !byEmail.allowed) {
    const retryAfter = Math.max(
      byIp.allowed ? 0 : byIp.retryAfterSeconds,
      byEmail.allowed ? 0 : byEmail.retryAfterSeconds,
    );
    return invalid(
      'signIn',
      { form: `rateLimited:${retryAfter}` },
      { status: 429, headers: { 'Retry-After': String(retryAfter) } },
    );
  }
  const result = await verifySignIn(db, email, password);
  if (!result.ok)
    return invalid(
      'signIn',
      { form: result.problem },
      { status: result.problem === 'suspended' ? 403 : 401 },
    );
  await forgiveRateLimit(db, `login:email:${email.toLowerCase()}`, LIMITS.perEmail, LIMITS.windowSeconds);
  const cookie = await adminAuth().signIn(result.staff.id);
  throw redirect(safeNext(new URL(request.url).searchParams.get('next')), {
    headers: { 'Set-Cookie': cookie },
  });
}

export const meta: Route.MetaFunction = ({ data: d }) => [
  { title: d?.title },
  { name: 'robots', content: 'noindex' },
];

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const error = useFieldErrors(actionData, 'login.errors');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submitting = useNavigation().state === 'submitting';
  const formError = error('form');
  const toast = actionData ? null : loaderData.toast;
  return (
    <AdminProviders polaris={loaderData.polaris}>
      <AuthCard title={t('login.title')}>
        {formError ? <Banner tone="critical">{formError}</Banner> : null}
        {toast ? <Banner tone="success">{t(toast.key, toast.values ?? {})}</Banner> : null}
        <Form method="post" noValidate>
          <FormLayout>
            <TextField
              label={t('login.email')}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={error('email')}
              requiredIndicator
            />
            <TextField
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={error('password')}
              requiredIndicator
            />
            <Button submit variant="primary" loading={submitting}>
              {t('login.submit')}
            </Button>
          </FormLayout>
        </Form>
      </AuthCard>
    </AdminProviders>
  );
}
