import {
  BlockStack,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useNavigation } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { ADMIN_LANGUAGES } from '#app/i18n/admin-config.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { updateOwnProfile } from '#app/modules/staff/staff-admin.server.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.account._index';

/** Everyone's own account: name and admin language (the role is the owner's to change, on Staff). */
export const handle = { area: 'home' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'home');
  return { title: adminT(principal.locale)('account.title') };
}

const Profile = z.object({
  name: z.string('name').trim().min(1, 'name').max(200, 'name'),
  locale: z.enum(ADMIN_LANGUAGES, 'language'),
});

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'home');
  const parsed = parseForm(form, Profile);
  if (!parsed.ok) return invalid('profile', parsed.errors);
  // Every loader (the document's language included) revalidates after this POST, so the admin switches language at once.
  await updateOwnProfile(getDb(), auth.principal.id, parsed.value);
  return saved('profile', { key: 'account.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Account({ actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { principal, csrfToken } = useAdmin();
  const saving = useNavigation().state === 'submitting';
  const [name, setName] = useState(principal.name);
  const [locale, setLocale] = useState(principal.locale);
  useOnChange(principal.name, setName);
  useOnChange(principal.locale, setLocale);
  const error = useFieldErrors(actionData, 'account.errors');
  return (
    <Page title={t('account.title')} narrowWidth>
      <BlockStack gap="400">
        <Card>
          <Form method="post">
            <input type="hidden" name="csrf" value={csrfToken} />
            <FormLayout>
              <TextField
                label={t('account.name')}
                name="name"
                value={name}
                onChange={setName}
                autoComplete="name"
                error={error('name')}
              />
              <TextField label={t('account.email')} value={principal.email} disabled autoComplete="off" />
              <TextField
                label={t('account.role')}
                value={t(`staff.roles.${principal.role}`)}
                disabled
                autoComplete="off"
                helpText={t('account.roleHelp')}
              />
              <Select
                label={t('account.language')}
                name="locale"
                options={ADMIN_LANGUAGES.map((l) => ({
                  label: `${languageName(l, l)} (${languageName(l, i18n.language)})`,
                  value: l,
                }))}
                value={locale}
                onChange={setLocale}
                error={error('locale')}
              />
              <Button submit variant="primary" loading={saving}>
                {t('account.save')}
              </Button>
            </FormLayout>
          </Form>
        </Card>
        <Card>
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="p">{t('account.passwordBody')}</Text>
            <Button url="/app/account/password">{t('account.changePassword')}</Button>
          </InlineStack>
        </Card>
      </BlockStack>
    </Page>
  );
}
