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
import { assertSameOrigin } from '#app/lib/origin.server.ts';
import { adminT, browserLanguage, polarisTranslations } from '#app/admin/admin-data.server.ts';
import { clientAddressContext } from '#app/lib/client-address.ts';
import { hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';
import { verifySignIn } from '#app/modules/staff/staff.server.ts';
import type { Route } from './+types/app_.login';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: polarisStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  if (await adminAuth().authenticate(request))
    throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  const lng = browserLanguage(request);
  return { polaris: polarisTranslations(lng), title: adminT(lng)('login.title') };
}

const LoginForm = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/** Per client address and per account, so neither guessing many passwords nor many accounts works. */
const LIMITS = { perIp: 30, perEmail: 5, windowSeconds: 15 * 60 };

export async function action({ request, context }: Route.ActionArgs) {
  assertSameOrigin(request);
  const form = await request.formData();
  const parsed = LoginForm.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return data({ error: 'missingFields' as const, retryAfter: 0 }, { status: 400 });
  const db = getDb();
  const ip = context.get(clientAddressContext);
  const [byIp, byEmail] = await Promise.all([
    hitRateLimit(db, `login:ip:${ip}`, LIMITS.perIp, LIMITS.windowSeconds),
    hitRateLimit(db, `login:email:${parsed.data.email.toLowerCase()}`, LIMITS.perEmail, LIMITS.windowSeconds),
  ]);
  if (!byIp.allowed || !byEmail.allowed) {
    const retryAfter = Math.max(
      byIp.allowed ? 0 : byIp.retryAfterSeconds,
      byEmail.allowed ? 0 : byEmail.retryAfterSeconds,
    );
    return data(
      { error: 'rateLimited' as const, retryAfter },
      { status: 429, headers: { 'Retry-After': String(retryAfter) } },
    );
  }
  const result = await verifySignIn(db, parsed.data.email, parsed.data.password);
  if (!result.ok)
    return data(
      { error: result.problem, retryAfter: 0 },
      { status: result.problem === 'suspended' ? 403 : 401 },
    );
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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submitting = useNavigation().state === 'submitting';
  return (
    <AdminProviders polaris={loaderData.polaris}>
      <AuthCard title={t('login.title')}>
        {actionData?.error ? (
          <Banner tone="critical">
            {t(`login.${actionData.error}`, { seconds: actionData.retryAfter })}
          </Banner>
        ) : null}
        <Form method="post">
          <FormLayout>
            <TextField
              label={t('login.email')}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              requiredIndicator
            />
            <TextField
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
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
