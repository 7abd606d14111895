import {
  Badge,
  Banner,
  BlockStack,
  Button,
  Card,
  FormLayout,
  IndexTable,
  Modal,
  Page,
  Select,
  Text,
  TextField,
  useIndexResourceState,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { useFieldErrors, type FormReply } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { STAFF_ROLES } from '#app/modules/staff/core/role-names.ts';
import { ADMIN_LANGUAGES } from '#app/i18n/admin-config.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import {
  createLoginToken,
  createStaff,
  findStaffByEmail,
  listStaff,
} from '#app/modules/staff/staff.server.ts';
import { changeStaff } from '#app/modules/staff/staff-admin.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.staff';

export const handle = { area: 'staff' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'staff');
  const staff = await listStaff(getDb());
  return {
    title: adminT(principal.locale)('staff.title'),
    staff: staff.map((s) => ({
      id: s.id,
      name: s.name,
      email: s.email,
      role: s.role,
      locale: s.locale,
      invited: !s.passwordHash,
      suspended: s.disabledAt != null,
    })),
  };
}

const NewStaff = z.object({
  name: z.string('name').trim().min(1, 'name').max(200, 'name'),
  email: z.email('email').max(320, 'email'),
  role: z.enum(STAFF_ROLES, 'role'),
  locale: z.enum(ADMIN_LANGUAGES).catch('en'),
});

const EditStaff = z.object({
  name: z.string('name').trim().min(1, 'name').max(200, 'name'),
  role: z.enum(STAFF_ROLES, 'role'),
  locale: z.enum(ADMIN_LANGUAGES, 'language'),
});

const MEMBER_INTENTS = ['edit', 'suspend', 'reactivate', 'remove'] as const;

/**
 * Adds a staff member (owner only) and returns their one-time sign-in link; no password is ever set for them.
 * With an intent, edits, suspends, reactivates or removes one (the last active owner stays).
 */
export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'staff');
  const intent = String(form.get('intent') ?? 'create');
  if (intent !== 'create') return memberAction(form, intent);
  // Every field's error at once, keyed by field, shown next to the field.
  const parsed = parseForm(form, NewStaff);
  if (!parsed.ok) return invalid('create', parsed.errors);
  const db = getDb();
  if (await findStaffByEmail(db, parsed.value.email))
    return invalid('create', { email: 'duplicate' }, { status: 409 });
  const staff = await createStaff(db, parsed.value);
  const token = await createLoginToken(db, staff.id);
  // No toast: the page shows the sign-in link to pass on.
  return saved('create', null, {
    name: staff.name,
    email: staff.email,
    link: `${publicOrigin(request)}/app/login/link/${token}`,
  });
}

async function memberAction(form: FormData, intent: string) {
  const id = Number(form.get('id'));
  if (!(MEMBER_INTENTS as readonly string[]).includes(intent) || !Number.isSafeInteger(id) || id <= 0) {
    return invalid(intent, { form: 'notFound' });
  }
  const kind = intent as (typeof MEMBER_INTENTS)[number];
  let change: Parameters<typeof changeStaff>[2];
  if (kind === 'edit') {
    const parsed = parseForm(form, EditStaff);
    if (!parsed.ok) return invalid(kind, parsed.errors);
    change = { kind: 'edit', ...parsed.value };
  } else change = { kind };
  const result = await changeStaff(getDb(), id, change);
  if (!result.ok)
    return invalid(kind, { form: result.problem }, { status: result.problem === 'notFound' ? 404 : 409 });
  return saved(kind, { key: `staff.done.${kind}` });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Member = Route.ComponentProps['loaderData']['staff'][number];

export default function StaffPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const memberFetcher = useFetcher<typeof action>();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: '', email: '', role: 'merchandiser', locale: 'en' });
  const [editing, setEditing] = useState<Member | null>(null);
  const [edit, setEdit] = useState({ name: '', role: 'merchandiser', locale: 'en' });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const { selectedResources, allResourcesSelected, handleSelectionChange } = useIndexResourceState(
    loaderData.staff.map((s) => ({ id: String(s.id) })),
  );
  const result = fetcher.data;
  const error = useFieldErrors(result, 'staff.errors');
  const memberResult = memberFetcher.data;
  // Kept apart from the fetcher's reply: reopening or cancelling clears the errors shown.
  const [memberReply, setMemberReply] = useState<FormReply | null>(null);
  const memberError = useFieldErrors(memberReply, 'staff.errors');
  useOnChange(result, (reply) => {
    if (reply?.ok) {
      setOpen(false);
      setForm({ name: '', email: '', role: 'merchandiser', locale: 'en' });
    }
  });
  useOnChange(memberResult, (reply) => {
    if (!reply) return;
    if (!reply.ok) setMemberReply(reply);
    else {
      // The toast comes with the page's reload (see app/admin/toast.server.ts).
      setEditing(null);
      setConfirmRemove(false);
    }
  });
  const submit = () => fetcher.submit({ ...form, csrf: csrfToken }, { method: 'post' });
  const openEdit = (member: Member) => {
    setEditing(member);
    setEdit({ name: member.name, role: member.role, locale: member.locale });
    setConfirmRemove(false);
    setMemberReply(null);
  };
  const change = (intent: 'edit' | 'suspend' | 'reactivate' | 'remove') => {
    if (!editing) return;
    memberFetcher.submit(
      { intent, id: String(editing.id), csrf: csrfToken, ...(intent === 'edit' ? edit : {}) },
      { method: 'post' },
    );
  };
  const busy = memberFetcher.state !== 'idle';
  const languageOptions = ADMIN_LANGUAGES.map((l) => ({ label: languageName(l, i18n.language), value: l }));
  const roleOptions = STAFF_ROLES.map((r) => ({ label: t(`staff.roles.${r}`), value: r }));
  const status = (s: Member) => {
    if (s.suspended) return <Badge tone="critical">{t('staff.suspended')}</Badge>;
    return s.invited ? (
      <Badge tone="attention">{t('staff.invited')}</Badge>
    ) : (
      <Badge tone="success">{t('staff.active')}</Badge>
    );
  };
  return (
    <Page title={t('staff.title')} primaryAction={{ content: t('staff.add'), onAction: () => setOpen(true) }}>
      <BlockStack gap="400">
        {result?.ok && 'link' in result ? (
          <Banner tone="success" title={t('staff.linkTitle', { name: result.name })}>
            <BlockStack gap="200">
              <p>{t('staff.linkBody', { email: result.email })}</p>
              <Text as="p" breakWord>
                <code data-testid="signin-link">{result.link}</code>
              </Text>
            </BlockStack>
          </Banner>
        ) : null}
        <Card padding="0">
          <IndexTable
            resourceName={{
              singular: t('staff.resourceName.singular'),
              plural: t('staff.resourceName.plural'),
            }}
            itemCount={loaderData.staff.length}
            selectedItemsCount={allResourcesSelected ? 'All' : selectedResources.length}
            onSelectionChange={handleSelectionChange}
            selectable={false}
            headings={[
              { title: t('staff.name') },
              { title: t('staff.email') },
              { title: t('staff.role') },
              { title: t('staff.language') },
              { title: t('staff.status') },
              { title: t('staff.actions') },
            ]}
          >
            {loaderData.staff.map((s, index) => (
              <IndexTable.Row id={String(s.id)} key={s.id} position={index}>
                <IndexTable.Cell>
                  <Text as="span" fontWeight="semibold">
                    {s.name}
                  </Text>
                </IndexTable.Cell>
                <IndexTable.Cell>{s.email}</IndexTable.Cell>
                <IndexTable.Cell>{t(`staff.roles.${s.role}`)}</IndexTable.Cell>
                <IndexTable.Cell>{languageName(s.locale, i18n.language)}</IndexTable.Cell>
                <IndexTable.Cell>{status(s)}</IndexTable.Cell>
                <IndexTable.Cell>
                  <Button
                    size="slim"
                    onClick={() => openEdit(s)}
                    accessibilityLabel={t('staff.editNamed', { name: s.name })}
                  >
                    {t('staff.edit')}
                  </Button>
                </IndexTable.Cell>
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
            <TextField
              label={t('staff.name')}
              value={form.name}
              onChange={(name) => setForm({ ...form, name })}
              autoComplete="off"
              error={error('name')}
            />
            <TextField
              label={t('staff.email')}
              type="email"
              value={form.email}
              onChange={(email) => setForm({ ...form, email })}
              autoComplete="off"
              error={error('email')}
            />
            <Select
              label={t('staff.role')}
              options={roleOptions}
              value={form.role}
              onChange={(role) => setForm({ ...form, role })}
              helpText={t(`staff.roleHelp.${form.role}`)}
              error={error('role')}
            />
            <Select
              label={t('staff.language')}
              options={ADMIN_LANGUAGES.map((l) => ({
                label: new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l,
                value: l,
              }))}
              value={form.locale}
              onChange={(locale) => setForm({ ...form, locale })}
            />
          </FormLayout>
        </Modal.Section>
      </Modal>
      <Modal
        open={editing != null && !confirmRemove}
        onClose={() => setEditing(null)}
        title={t('staff.editTitle', { name: editing?.name ?? '' })}
        primaryAction={{ content: t('staff.save'), onAction: () => change('edit'), loading: busy }}
        secondaryActions={[
          editing?.suspended
            ? { content: t('staff.reactivate'), onAction: () => change('reactivate'), disabled: busy }
            : { content: t('staff.suspend'), onAction: () => change('suspend'), disabled: busy },
          {
            content: t('staff.remove'),
            destructive: true,
            onAction: () => {
              setMemberReply(null);
              setConfirmRemove(true);
            },
            disabled: busy,
          },
        ]}
      >
        <Modal.Section>
          <BlockStack gap="400">
            {memberError('form') ? (
              <Banner tone="critical">
                <p data-testid="staff-error">{memberError('form')}</p>
              </Banner>
            ) : null}
            {editing?.suspended ? <Banner tone="warning">{t('staff.suspendedNote')}</Banner> : null}
            <FormLayout>
              <TextField
                label={t('staff.name')}
                value={edit.name}
                onChange={(name) => setEdit({ ...edit, name })}
                autoComplete="off"
                error={memberError('name')}
              />
              <Select
                label={t('staff.role')}
                options={roleOptions}
                value={edit.role}
                onChange={(role) => setEdit({ ...edit, role })}
                helpText={t(`staff.roleHelp.${edit.role}`)}
                error={memberError('role')}
              />
              <Select
                label={t('staff.language')}
                options={languageOptions}
                value={edit.locale}
                onChange={(locale) => setEdit({ ...edit, locale })}
                error={memberError('locale')}
              />
            </FormLayout>
            <Text as="p" tone="subdued">
              {t('staff.suspendHelp')}
            </Text>
          </BlockStack>
        </Modal.Section>
      </Modal>
      <Modal
        open={editing != null && confirmRemove}
        onClose={() => {
          setMemberReply(null);
          setConfirmRemove(false);
        }}
        title={t('staff.removeTitle', { name: editing?.name ?? '' })}
        primaryAction={{
          content: t('staff.removeConfirm'),
          destructive: true,
          onAction: () => change('remove'),
          loading: busy,
        }}
        secondaryActions={[
          {
            content: t('staff.cancel'),
            onAction: () => {
              setMemberReply(null);
              setConfirmRemove(false);
            },
          },
        ]}
      >
        <Modal.Section>
          <BlockStack gap="400">
            {memberError('form') ? (
              <Banner tone="critical">
                <p data-testid="staff-error">{memberError('form')}</p>
              </Banner>
            ) : null}
            <p>{t('staff.removeBody', { name: editing?.name ?? '', email: editing?.email ?? '' })}</p>
          </BlockStack>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
