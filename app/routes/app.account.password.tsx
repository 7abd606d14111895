import { Banner, BlockStack, Button, Card, FormLayout, Page, TextField } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Form, redirect } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { assertCsrf, requireStaff } from '#app/lib/admin.server.ts';
import { adminT } from '#app/lib/admin-data.server.ts';
import { MIN_PASSWORD_LENGTH } from '#app/modules/staff/core/password-policy.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { setStaffPassword } from '#app/modules/staff/staff.server.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.account.password';

export const handle = { area: 'home' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'home');
  return { title: adminT(principal.locale)('password.title') };
}

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'home');
  const form = await request.formData();
  assertCsrf(request, form, auth);
  const password = String(form.get('password') ?? '');
  const confirm = String(form.get('confirm') ?? '');
  const errors: { password?: 'tooShort'; confirm?: 'mismatch' } = {};
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 1024) errors.password = 'tooShort';
  else if (password !== confirm) errors.confirm = 'mismatch';
  if (errors.password || errors.confirm) return data({ errors }, { status: 400 });
  await setStaffPassword(getDb(), auth.principal.id, password);
  throw redirect('/app?saved=password');
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function ChoosePassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const errors = actionData?.errors;
  return (
    <Page title={t('password.title')} narrowWidth>
      <Card>
        <BlockStack gap="400">
          <Banner tone="info">{t('password.body', { min: MIN_PASSWORD_LENGTH })}</Banner>
          <Form method="post">
            <input type="hidden" name="csrf" value={csrfToken} />
            <FormLayout>
              <TextField label={t('password.new')} name="password" type="password" autoComplete="new-password" value={password} onChange={setPassword}
                error={errors?.password ? t(`password.${errors.password}`, { min: MIN_PASSWORD_LENGTH }) : undefined} />
              <TextField label={t('password.confirm')} name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={setConfirm}
                error={errors?.confirm ? t(`password.${errors.confirm}`) : undefined} />
              <Button submit variant="primary">{t('password.save')}</Button>
            </FormLayout>
          </Form>
        </BlockStack>
      </Card>
    </Page>
  );
}
