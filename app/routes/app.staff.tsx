import { Badge, Banner, BlockStack, Card, FormLayout, IndexTable, Modal, Page, Select, Text, TextField, useIndexResourceState } from '@shopify/polaris';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useFetcher } from 'react-router';
import { z } from 'zod';
import { getDb } from '#app/db/client.server.ts';
import { STAFF_ROLES } from '#app/lib/staff-roles.ts';
import { ADMIN_LANGUAGES } from '#app/i18n/admin-config.ts';
import { assertCsrf, requireStaff } from '#app/lib/admin.server.ts';
import { adminT } from '#app/lib/admin-data.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { createLoginToken, createStaff, findStaffByEmail, listStaff } from '#app/modules/staff/staff.server.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.staff';

export const handle = { area: 'staff' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'staff');
  const staff = await listStaff(getDb());
  return {
    title: adminT(principal.locale)('staff.title'),
    staff: staff.map((s) => ({ id: s.id, name: s.name, email: s.email, role: s.role, locale: s.locale, invited: !s.passwordHash })),
  };
}

const NewStaff = z.object({
  name: z.string().trim().min(1, 'name').max(200, 'name'),
  email: z.email('email').max(320, 'email'),
  role: z.enum(STAFF_ROLES, 'role'),
  locale: z.enum(ADMIN_LANGUAGES).catch('en'),
});

/** Adds a staff member (owner only) and returns their one-time sign-in link; no password is ever set for them. */
export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'staff');
  const form = await request.formData();
  assertCsrf(request, form, auth);
  const parsed = NewStaff.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    // Every field's error at once, keyed by field, shown next to the field.
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    return data({ ok: false as const, errors }, { status: 400 });
  }
  const db = getDb();
  if (await findStaffByEmail(db, parsed.data.email)) return data({ ok: false as const, errors: { email: 'duplicate' } }, { status: 409 });
  const staff = await createStaff(db, parsed.data);
  const token = await createLoginToken(db, staff.id);
  return data({ ok: true as const, name: staff.name, email: staff.email, link: `${publicOrigin(request)}/app/login/link/${token}` });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function StaffPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: '', email: '', role: 'merchandiser', locale: 'en' });
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(loaderData.staff.map((s) => ({ id: String(s.id) })));
  const result = fetcher.data;
  const errors = result && !result.ok ? (result.errors as Record<string, string>) : {};
  useEffect(() => {
    if (result?.ok) {
      setOpen(false);
      setForm({ name: '', email: '', role: 'merchandiser', locale: 'en' });
    }
  }, [result]);
  const submit = () => fetcher.submit({ ...form, csrf: csrfToken }, { method: 'post' });
  const error = (field: string) => (errors[field] ? t(`staff.errors.${errors[field]}`) : undefined);
  return (
    <Page title={t('staff.title')} primaryAction={{ content: t('staff.add'), onAction: () => setOpen(true) }}>
      <BlockStack gap="400">
        {result?.ok ? (
          <Banner tone="success" title={t('staff.linkTitle', { name: result.name })}>
            <BlockStack gap="200">
              <p>{t('staff.linkBody', { email: result.email })}</p>
              <Text as="p" breakWord><code data-testid="signin-link">{result.link}</code></Text>
            </BlockStack>
          </Banner>
        ) : null}
        <Card padding="0">
          <IndexTable
            resourceName={{ singular: t('staff.resourceName.singular'), plural: t('staff.resourceName.plural') }}
            itemCount={loaderData.staff.length}
            selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length}
            onSelectionChange={handleSelectionChange}
            selectable={false}
            headings={[{ title: t('staff.name') }, { title: t('staff.email') }, { title: t('staff.role') }, { title: t('staff.status') }]}
          >
            {loaderData.staff.map((s, index) => (
              <IndexTable.Row id={String(s.id)} key={s.id} position={index}>
                <IndexTable.Cell><Text as="span" fontWeight="semibold">{s.name}</Text></IndexTable.Cell>
                <IndexTable.Cell>{s.email}</IndexTable.Cell>
                <IndexTable.Cell>{t(`staff.roles.${s.role}`)}</IndexTable.Cell>
                <IndexTable.Cell>{s.invited ? <Badge tone="attention">{t('staff.invited')}</Badge> : <Badge tone="success">{t('staff.active')}</Badge>}</IndexTable.Cell>
              </IndexTable.Row>
            ))}
          </IndexTable>
        </Card>
      </BlockStack>
      <Modal
        open={open}
        onClose={() => setOpen(false)}
        title={t('staff.add')}
        primaryAction={{ content: t('staff.create'), onAction: submit, loading: fetcher.state !== 'idle' }}
        secondaryActions={[{ content: t('staff.cancel'), onAction: () => setOpen(false) }]}
      >
        <Modal.Section>
          <FormLayout>
            <TextField label={t('staff.name')} value={form.name} onChange={(name) => setForm({ ...form, name })} autoComplete="off" error={error('name')} />
            <TextField label={t('staff.email')} type="email" value={form.email} onChange={(email) => setForm({ ...form, email })} autoComplete="off" error={error('email')} />
            <Select
              label={t('staff.role')}
              options={STAFF_ROLES.map((r) => ({ label: t(`staff.roles.${r}`), value: r }))}
              value={form.role}
              onChange={(role) => setForm({ ...form, role })}
              helpText={t(`staff.roleHelp.${form.role}`)}
              error={error('role')}
            />
            <Select
              label={t('staff.language')}
              options={ADMIN_LANGUAGES.map((l) => ({ label: new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l, value: l }))}
              value={form.locale}
              onChange={(locale) => setForm({ ...form, locale })}
            />
          </FormLayout>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
