import {
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  DataTable,
  FormLayout,
  InlineStack,
  Layout,
  Modal,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { z } from 'zod';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { jobView, latestJob } from '#app/modules/jobs/jobs.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { SEO_RESOURCE_TYPES, TEMPLATE_FIELDS } from '#app/modules/seo/core/fields.ts';
import { TEMPLATE_VARIABLES } from '#app/modules/seo/core/template.ts';
import {
  enqueueTemplateRun,
  enqueueUndoRun,
  previewTemplate,
  SEO_TEMPLATE_JOB,
  SEO_TEMPLATE_UNDO_JOB,
  templateRuns,
} from '#app/modules/seo/templates.server.ts';
import { contentLanguages } from '#app/modules/seo/workspace.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { JobProgress } from '#app/components/admin/job-progress.tsx';
import { languageName } from '#app/lib/language-name.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.templates';

export const handle = { area: 'seo' satisfies AdminArea };
const PREVIEW = 10;

/** Bulk SEO templates: preview on real items, apply to a selection or to all as a job, undo a run. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const config = await getMarketConfig(db);
  const [job, runs] = await Promise.all([
    latestJob(db, [SEO_TEMPLATE_JOB, SEO_TEMPLATE_UNDO_JOB]),
    templateRuns(db),
  ]);
  return {
    title: adminT(principal.locale)('seo.templates.title'),
    languages: contentLanguages(config),
    sourceLanguage: config.shopLanguage,
    variables: TEMPLATE_VARIABLES,
    job: jobView(job),
    runs,
  };
}

const Request = z.object({
  type: z.enum(SEO_RESOURCE_TYPES),
  language: z.string().min(2).max(10),
  field: z.enum(TEMPLATE_FIELDS),
  template: z.string().max(2000),
  ids: z.string().max(20_000).optional(),
});

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'seo');
  const db = getDb();
  const config = await getMarketConfig(db);
  const intent = String(form.get('intent') ?? '');
  // Template problems come as a list (with line and variable names); the page shows them all under the template.
  const badRequest = { problems: [{ code: 'badRequest', params: {} }] };
  if (intent === 'undoRun') {
    const batch = String(form.get('batch') ?? '');
    if (!/^job:\d{1,10}$/.test(batch)) return invalid(intent, { batch: 'badRequest' }, { extra: badRequest });
    return saved(
      intent,
      { key: 'seo.templates.undoStarted' },
      { undoJobId: await enqueueUndoRun(db, batch, auth.principal.id) },
    );
  }
  const parsed = parseForm(form, Request);
  if (!parsed.ok || !contentLanguages(config).includes(parsed.value.language))
    return invalid(intent, parsed.ok ? { language: 'badRequest' } : parsed.errors, { extra: badRequest });
  const ids = parsed.value.ids
    ? parsed.value.ids
        .split(',')
        .map(Number)
        .filter((n) => Number.isSafeInteger(n) && n > 0)
        .slice(0, 1000)
    : null;
  const req = { ...parsed.value, ids: ids && ids.length ? ids : null };
  if (intent === 'preview') {
    const result = await previewTemplate(db, config, { ...req, ids: null }, PREVIEW);
    return result.ok
      ? saved(intent, null, result)
      : invalid(
          intent,
          { template: result.errors[0]?.code ?? 'badRequest' },
          { extra: { problems: result.errors } },
        );
  }
  const run = await enqueueTemplateRun(db, req, auth.principal.id);
  return run.ok
    ? saved(intent, { key: 'seo.templates.started' }, { jobId: run.jobId })
    : invalid(intent, { template: run.errors[0]?.code ?? 'badRequest' }, { extra: { problems: run.errors } });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function SeoTemplates({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const preview = useFetcher<typeof action>();
  const apply = useFetcher<typeof action>();
  const undo = useFetcher<typeof action>();
  const [form, setForm] = useState({
    type: 'product' as (typeof SEO_RESOURCE_TYPES)[number],
    language: d.sourceLanguage,
    field: 'meta_title' as (typeof TEMPLATE_FIELDS)[number],
    template: '{{ product.title }} – {{ product.vendor }} | {{ shop.name }}',
  });
  const [selected, setSelected] = useState<number[]>([]);
  const [confirmAll, setConfirmAll] = useState(false);
  const items = preview.data && 'items' in preview.data ? preview.data.items : [];
  useOnChange(preview.data, () => setSelected([]));
  const submit = (f: ReturnType<typeof useFetcher>, intent: string, extra: Record<string, string> = {}) =>
    f.submit({ ...form, ...extra, intent, csrf: csrfToken }, { method: 'post' });
  const errors = [preview.data, apply.data].flatMap((x) => (x && !x.ok && 'problems' in x ? x.problems : []));
  const running = d.job?.status === 'queued' || d.job?.status === 'running';
  return (
    <Page title={d.title} subtitle={t('seo.templates.subtitle')}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <FormLayout>
                <FormLayout.Group>
                  <Select
                    label={t('seo.templates.type')}
                    value={form.type}
                    onChange={(type) => setForm({ ...form, type: type as typeof form.type })}
                    options={SEO_RESOURCE_TYPES.map((type) => ({
                      value: type,
                      label: t(`seo.types.${type}`),
                    }))}
                  />
                  <Select
                    label={t('seo.language')}
                    value={form.language}
                    onChange={(language) => setForm({ ...form, language })}
                    options={d.languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
                  />
                  <Select
                    label={t('seo.templates.field')}
                    value={form.field}
                    onChange={(field) => setForm({ ...form, field: field as typeof form.field })}
                    options={TEMPLATE_FIELDS.map((f) => ({ value: f, label: t(`seo.fields.${f}`) }))}
                  />
                </FormLayout.Group>
                <TextField
                  label={t('seo.templates.template')}
                  value={form.template}
                  onChange={(template) => setForm({ ...form, template })}
                  autoComplete="off"
                  multiline={2}
                  helpText={`${t('seo.templates.variables', { list: d.variables[form.type].map((v) => `{{ ${v} }}`).join(', ') })}${form.field === 'handle' ? ` ${t('seo.templates.handleHint')}` : ''}`}
                  error={
                    errors.length
                      ? errors.map((e) => t(`seo.templates.errors.${e.code}`, e.params)).join(' ')
                      : undefined
                  }
                />
                <InlineStack gap="200">
                  <Button onClick={() => submit(preview, 'preview')} loading={preview.state !== 'idle'}>
                    {t('seo.templates.preview')}
                  </Button>
                </InlineStack>
              </FormLayout>
            </Card>
            {items.length ? (
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    {t('seo.templates.previewTitle')}
                  </Text>
                  <div lang={form.language}>
                    <DataTable
                      columnContentTypes={['text', 'text', 'text', 'text']}
                      headings={[
                        '',
                        t('seo.columns.title'),
                        t('seo.templates.current'),
                        t('seo.templates.new'),
                      ]}
                      rows={items.map((item) => [
                        <Checkbox
                          key={item.id}
                          label={t('seo.templates.select', { title: item.title })}
                          labelHidden
                          checked={selected.includes(item.id)}
                          onChange={(on) =>
                            setSelected((s) => (on ? [...s, item.id] : s.filter((x) => x !== item.id)))
                          }
                        />,
                        item.title,
                        item.before ?? '—',
                        <span key="after" data-testid="template-preview">
                          {item.after}
                        </span>,
                      ])}
                    />
                  </div>
                  <InlineStack gap="200">
                    <Button
                      disabled={!selected.length || running}
                      onClick={() => submit(apply, 'apply', { ids: selected.join(',') })}
                    >
                      {t('seo.templates.applySelected', { count: selected.length })}
                    </Button>
                    <Button variant="primary" disabled={running} onClick={() => setConfirmAll(true)}>
                      {t('seo.templates.applyAll')}
                    </Button>
                  </InlineStack>
                </BlockStack>
              </Card>
            ) : null}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('seo.templates.progress')}
                </Text>
                {d.job ? (
                  <JobProgress job={d.job} />
                ) : (
                  <Text as="p" tone="subdued">
                    {t('seo.templates.noRuns')}
                  </Text>
                )}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('seo.templates.runs')}
                </Text>
                {d.runs.length === 0 ? (
                  <Text as="p" tone="subdued">
                    {t('seo.templates.noRuns')}
                  </Text>
                ) : (
                  d.runs.map((run) => (
                    <InlineStack key={run.batch} align="space-between" blockAlign="center">
                      <Text as="span">
                        {t('seo.templates.runSummary', {
                          run: run.batch.slice(4),
                          changes: run.changes,
                          undone: run.undone,
                        })}
                      </Text>
                      <Button
                        disabled={run.undone >= run.changes}
                        onClick={() =>
                          undo.submit(
                            { intent: 'undoRun', batch: run.batch, csrf: csrfToken },
                            { method: 'post' },
                          )
                        }
                        accessibilityLabel={t('seo.templates.undoRunLabel', { run: run.batch.slice(4) })}
                      >
                        {t('seo.editor.undo')}
                      </Button>
                    </InlineStack>
                  ))
                )}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
      {apply.data && !apply.data.ok ? <Banner tone="critical">{t('seo.templates.notStarted')}</Banner> : null}
      <Modal
        open={confirmAll}
        onClose={() => setConfirmAll(false)}
        title={t('seo.templates.confirmTitle')}
        primaryAction={{
          content: t('seo.templates.applyAll'),
          onAction: () => {
            setConfirmAll(false);
            submit(apply, 'apply');
          },
        }}
        secondaryActions={[{ content: t('seo.templates.cancel'), onAction: () => setConfirmAll(false) }]}
      >
        <Modal.Section>
          <Text as="p">
            {t('seo.templates.confirmBody', {
              type: t(`seo.types.${form.type}`),
              field: t(`seo.fields.${form.field}`),
              language: languageName(form.language, i18n.language),
            })}
          </Text>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
