import { Banner, BlockStack, Button, Card, FormLayout, Page, TextField } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, redirectWithToast } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
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

/** A long enough password, typed twice the same (the match is checked only once the length is right). */
const NewPassword = z
  .object({
    password: z.string('tooShort').min(MIN_PASSWORD_LENGTH, 'tooShort').max(1024, 'tooShort'),
    confirm: z.string('mismatch'),
  })
  .refine(
    (v) => v.password.length < MIN_PASSWORD_LENGTH || v.password.length > 1024 || v.password === v.confirm,
    { message: 'mismatch', path: ['confirm'] },
  );

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'home');
  const parsed = parseForm(form, NewPassword);
  if (!parsed.ok) return invalid('password', parsed.errors);
  await setStaffPassword(getDb(), auth.principal.id, parsed.value.password);
  throw await redirectWithToast('/app?saved=password', { key: 'password.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function ChoosePassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const error = useFieldErrors(actionData, 'password');
  return (
    <Page title={t('password.title')} narrowWidth>
      <Card>
        <BlockStack gap="400">
          <Banner tone="info">{t('password.body', { min: MIN_PASSWORD_LENGTH })}</Banner>
          <Form method="post">
            <input type="hidden" name="csrf" value={csrfToken} />
            <FormLayout>
              <TextField
                label={t('password.new')}
                name="password"
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={setPassword}
                error={error('password', { min: MIN_PASSWORD_LENGTH })}
              />
              <TextField
                label={t('password.confirm')}
                name="confirm"
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={setConfirm}
                error={error('confirm')}
              />
              <Button submit variant="primary">
                {t('password.save')}
              </Button>
            </FormLayout>
          </Form>
        </BlockStack>
      </Card>
    </Page>
  );
}
