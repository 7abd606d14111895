import { Banner, BlockStack, Box, Button, Card, DataTable, DropZone, FormLayout, InlineGrid, Layout, List, Page, Text, TextField } from '@shopify/polaris';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useFetcher } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { assertCsrf, requireStaff } from '#app/lib/admin.server.ts';
import { adminT } from '#app/lib/admin-data.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { addRedirect, importRedirects, listNotFound, listRedirects } from '#app/modules/seo/redirects.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { AdminToast } from '#app/components/admin/admin-toast.tsx';
import { submitMultipart } from '#app/components/admin/submit-multipart.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.redirects';
import { formatDate } from '#app/lib/format.ts';

export const handle = { area: 'seo' satisfies AdminArea };

/** 301 redirects per locale, and the storefront's 404s with a one-click redirect. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const [rules, missing] = await Promise.all([listRedirects(db), listNotFound(db)]);
  return {
    title: adminT(principal.locale)('redirects.title'),
    redirects: rules.map((r) => ({ id: r.id, locale: r.locale, path: r.path, target: r.target, source: r.source, hits: r.hits })),
    notFound: missing.map((n) => ({ locale: n.locale, path: n.path, hits: n.hits, lastSeen: n.lastSeen.toISOString() })),
  };
}

const LOCALE = /^(\*|[a-z]{2,3}(-[A-Za-z]{2,4})?-[A-Z]{2})$/;

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'seo');
  // A CSV of up to 5 MB plus the other fields; reading stops once the body is larger.
  const form = await limitedFormData(request, 5_000_000 + 64 * 1024);
  if (!form) return data({ ok: false as const, problem: null, importProblems: [{ line: 0, code: 'tooLarge' }], imported: 0 }, { status: 413 });
  assertCsrf(request, form, auth);
  if (form.get('intent') === 'import') {
    const file = form.get('file');
    const result = await importRedirects(getDb(), typeof file === 'string' ? file : file ? await file.text() : '');
    return result.ok
      ? data({ ok: true as const, problem: null, importProblems: [], imported: result.imported })
      : data({ ok: false as const, problem: null, importProblems: result.problems, imported: 0 }, { status: 400 });
  }
  const locale = String(form.get('locale') ?? '*').trim() || '*';
  if (!LOCALE.test(locale)) return data({ ok: false as const, problem: 'invalidLocale' }, { status: 400 });
  const result = await addRedirect(getDb(), { locale, path: String(form.get('path') ?? ''), target: String(form.get('target') ?? '') });
  return result.ok ? data({ ok: true as const, problem: null }) : data({ ok: false as const, problem: result.problem }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Redirects({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [form, setForm] = useState({ locale: '*', path: '', target: '' });
  const [toast, setToast] = useState(false);
  useEffect(() => { if (fetcher.state === 'idle' && fetcher.data?.ok) { setToast(true); setForm({ locale: '*', path: '', target: '' }); } }, [fetcher.state, fetcher.data]);
  const problem = fetcher.data && !fetcher.data.ok && fetcher.data.problem ? t(`redirects.problems.${fetcher.data.problem}`) : undefined;
  const importer = useFetcher<typeof action>();
  const [file, setFile] = useState<File | null>(null);
  const imported = importer.data && 'importProblems' in importer.data ? importer.data : undefined;
  const upload = () => {
    if (!file) return;
    submitMultipart(importer, csrfToken, { intent: 'import', file });
  };
  const submit = (fields: typeof form) => fetcher.submit({ ...fields, csrf: csrfToken }, { method: 'post' });
  const when = (iso: string) => formatDate(iso, i18n.language, 'shortDateTime');
  return (
    <Page title={loaderData.title} secondaryActions={[{ content: t('redirects.export'), url: '/app/seo/redirects/export.csv', external: true }]}>
      {toast ? <AdminToast content={t('redirects.saved')} onDismiss={() => setToast(false)} /> : null}
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">{t('redirects.listTitle', { count: loaderData.redirects.length })}</Text>
                <DataTable columnContentTypes={['text', 'text', 'text', 'text', 'numeric']} headings={[t('redirects.locale'), t('redirects.path'), t('redirects.target'), t('redirects.source'), t('redirects.hits')]}
                  rows={loaderData.redirects.map((r) => [r.locale === '*' ? t('redirects.allLocales') : r.locale, r.path, r.target, t(`redirects.sources.${r.source}`), r.hits])} />
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">{t('redirects.notFoundTitle')}</Text>
                <DataTable columnContentTypes={['text', 'text', 'numeric', 'text', 'text']} headings={[t('redirects.locale'), t('redirects.path'), t('redirects.hits'), t('redirects.lastSeen'), '']}
                  rows={loaderData.notFound.map((n) => [n.locale, n.path, n.hits, when(n.lastSeen),
                    <Button key={`${n.locale}${n.path}`} variant="plain" onClick={() => setForm({ locale: n.locale, path: n.path, target: '' })} accessibilityLabel={t('redirects.createFor', { path: n.path })}>{t('redirects.create')}</Button>])} />
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <FormLayout>
              <Text as="h2" variant="headingMd">{t('redirects.add')}</Text>
              <TextField label={t('redirects.locale')} helpText={t('redirects.localeHelp')} value={form.locale} onChange={(locale) => setForm({ ...form, locale })} autoComplete="off" />
              <InlineGrid columns={1} gap="200">
                <TextField label={t('redirects.path')} value={form.path} onChange={(path) => setForm({ ...form, path })} autoComplete="off" error={problem} />
                <TextField label={t('redirects.target')} value={form.target} onChange={(target) => setForm({ ...form, target })} autoComplete="off" />
              </InlineGrid>
              <Button variant="primary" onClick={() => submit(form)} loading={fetcher.state !== 'idle'}>{t('redirects.save')}</Button>
            </FormLayout>
          </Card>
          <Box paddingBlockStart="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">{t('redirects.importTitle')}</Text>
                <Text as="p" tone="subdued">{t('redirects.importHelp')}</Text>
                <DropZone accept=".csv,text/csv" type="file" allowMultiple={false} onDrop={(files) => setFile(files[0] ?? null)} label={t('redirects.file')}>
                  {file ? <Box padding="300"><Text as="p">{file.name}</Text></Box> : <DropZone.FileUpload actionTitle={t('redirects.chooseFile')} />}
                </DropZone>
                <Button onClick={upload} disabled={!file} loading={importer.state !== 'idle'}>{t('redirects.import')}</Button>
                {imported?.ok ? <Banner tone="success">{t('redirects.imported', { count: imported.imported })}</Banner> : null}
                {imported && !imported.ok ? (
                  <Banner tone="critical" title={t('redirects.importFailed', { count: imported.importProblems.length })}>
                    <List>{imported.importProblems.slice(0, 100).map((p, i) => <List.Item key={i}>{t('redirects.importProblem', { line: p.line, message: t(`redirects.importProblems.${p.code}`) })}</List.Item>)}</List>
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
