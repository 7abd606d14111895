import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  FormLayout,
  InlineGrid,
  Layout,
  List,
  Page,
  Text,
  TextField,
} from '@shopify/polaris';
import { CsvDropZone } from '#app/components/admin/csv-drop-zone.tsx';
import { ScrollTable } from '#app/components/admin/scroll-table.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { invalid, saved } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import {
  addRedirect,
  importRedirects,
  listNotFound,
  listRedirects,
} from '#app/modules/seo/redirects.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { submitMultipart } from '#app/components/admin/submit-multipart.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.redirects';
import { formatDate } from '#app/lib/format.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';

export const handle = { area: 'seo' satisfies AdminArea };

/** 301 redirects per locale, and the storefront's 404s with a one-click redirect. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const [rules, missing] = await Promise.all([listRedirects(db), listNotFound(db)]);
  return {
    title: adminT(principal.locale)('redirects.title'),
    redirects: rules.map((r) => ({
      id: r.id,
      locale: r.locale,
      path: r.path,
      target: r.target,
      source: r.source,
      hits: r.hits,
    })),
    notFound: missing.map((n) => ({
      locale: n.locale,
      path: n.path,
      hits: n.hits,
      lastSeen: n.lastSeen.toISOString(),
    })),
  };
}

const LOCALE = /^(\*|[a-z]{2,3}(-[A-Za-z]{2,4})?-[A-Z]{2})$/;

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'seo');
  // A CSV of up to 5 MB plus the other fields; reading stops once the body is larger.
  const form = await limitedFormData(request, 5_000_000 + 64 * 1024);
  if (!form)
    return invalid(
      'import',
      { file: 'tooLarge' },
      { status: 413, extra: { importProblems: [{ line: 0, code: 'tooLarge' }] } },
    );
  assertCsrf(request, form, auth);
  if (form.get('intent') === 'import') {
    const file = form.get('file');
    const result = await importRedirects(
      getDb(),
      typeof file === 'string' ? file : file ? await file.text() : '',
    );
    // A report per line: the page lists the problems, or the count imported.
    return result.ok
      ? saved('import', null, { imported: result.imported })
      : invalid('import', {}, { extra: { importProblems: result.problems } });
  }
  const locale = String(form.get('locale') ?? '*').trim() || '*';
  if (!LOCALE.test(locale)) return invalid('add', { locale: 'invalidLocale' });
  const result = await addRedirect(getDb(), {
    locale,
    path: String(form.get('path') ?? ''),
    target: String(form.get('target') ?? ''),
  });
  if (!result.ok)
    return invalid('add', { [result.problem === 'invalidTarget' ? 'target' : 'path']: result.problem });
  return saved('add', { key: 'redirects.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Redirects({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [form, setForm] = useState({ locale: '*', path: '', target: '' });
  useOnChange(fetcher.state === 'idle' ? fetcher.data : undefined, (reply) => {
    if (reply?.ok) setForm({ locale: '*', path: '', target: '' });
  });
  const error = useFieldErrors(fetcher.data, 'redirects.problems', 'add');
  const importer = useFetcher<typeof action>();
  const [file, setFile] = useState<File | null>(null);
  const imported = importer.data?.intent === 'import' ? importer.data : undefined;
  const upload = () => {
    if (!file) return;
    submitMultipart(importer, csrfToken, { intent: 'import', file });
  };
  const submit = (fields: typeof form) => fetcher.submit({ ...fields, csrf: csrfToken }, { method: 'post' });
  const when = (iso: string) => formatDate(iso, i18n.language, 'shortDateTime');
  return (
    <Page
      title={loaderData.title}
      secondaryActions={[
        { content: t('redirects.export'), url: '/app/seo/redirects/export.csv', external: true },
      ]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('redirects.listTitle', { count: loaderData.redirects.length })}
                </Text>
                <ScrollTable
                  label={t('redirects.listTitle', { count: loaderData.redirects.length })}
                  numeric={[4]}
                  headings={[
                    t('redirects.locale'),
                    t('redirects.path'),
                    t('redirects.target'),
                    t('redirects.source'),
                    t('redirects.hits'),
                  ]}
                  rows={loaderData.redirects.map((r) => [
                    r.locale === '*' ? t('redirects.allLocales') : r.locale,
                    r.path,
                    r.target,
                    t(`redirects.sources.${r.source}`),
                    r.hits,
                  ])}
                />
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('redirects.notFoundTitle')}
                </Text>
                <ScrollTable
                  label={t('redirects.notFoundTitle')}
                  numeric={[2]}
                  headings={[
                    t('redirects.locale'),
                    t('redirects.path'),
                    t('redirects.hits'),
                    t('redirects.lastSeen'),
                    '',
                  ]}
                  rows={loaderData.notFound.map((n) => [
                    n.locale,
                    n.path,
                    n.hits,
                    when(n.lastSeen),
                    <Button
                      key={`${n.locale}${n.path}`}
                      variant="plain"
                      onClick={() => setForm({ locale: n.locale, path: n.path, target: '' })}
                      accessibilityLabel={t('redirects.createFor', { path: n.path })}
                    >
                      {t('redirects.create')}
                    </Button>,
                  ])}
                />
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <FormLayout>
              <Text as="h2" variant="headingMd">
                {t('redirects.add')}
              </Text>
              <TextField
                label={t('redirects.locale')}
                helpText={t('redirects.localeHelp')}
                value={form.locale}
                onChange={(locale) => setForm({ ...form, locale })}
                autoComplete="off"
                error={error('locale')}
              />
              <InlineGrid columns={1} gap="200">
                <TextField
                  label={t('redirects.path')}
                  value={form.path}
                  onChange={(path) => setForm({ ...form, path })}
                  autoComplete="off"
                  error={error('path')}
                />
                <TextField
                  label={t('redirects.target')}
                  value={form.target}
                  onChange={(target) => setForm({ ...form, target })}
                  autoComplete="off"
                  error={error('target')}
                />
              </InlineGrid>
              <Button variant="primary" onClick={() => submit(form)} loading={fetcher.state !== 'idle'}>
                {t('redirects.save')}
              </Button>
            </FormLayout>
          </Card>
          <Box paddingBlockStart="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('redirects.importTitle')}
                </Text>
                <Text as="p" tone="subdued">
                  {t('redirects.importHelp')}
                </Text>
                <CsvDropZone
                  file={file}
                  onFile={setFile}
                  label={t('redirects.file')}
                  actionTitle={t('redirects.chooseFile')}
                />
                <Button onClick={upload} disabled={!file} loading={importer.state !== 'idle'}>
                  {t('redirects.import')}
                </Button>
                {imported?.ok ? (
                  <Banner tone="success">{t('redirects.imported', { count: imported.imported })}</Banner>
                ) : null}
                {imported && !imported.ok ? (
                  <Banner
                    tone="critical"
                    title={t('redirects.importFailed', { count: imported.importProblems.length })}
                  >
                    <List>
                      {imported.importProblems.slice(0, 100).map((p, i) => (
                        <List.Item key={i}>
                          {t('redirects.importProblem', {
                            line: p.line,
                            message: t(`redirects.importProblems.${p.code}`),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </Banner>
                ) : null}
              </BlockStack>
            </Card>
          </Box>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
