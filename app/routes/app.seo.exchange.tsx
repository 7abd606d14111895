import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  DataTable,
  DropZone,
  InlineError,
  Layout,
  Page,
  Select,
  Text,
} from '@shopify/polaris';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { invalid, saved } from '#app/admin/form.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { MAX_UPLOAD_BYTES } from '#app/modules/seo/core/exchange.ts';
import { SEO_RESOURCE_TYPES } from '#app/modules/seo/core/fields.ts';
import {
  exchangeLanguages,
  importExchange,
  parseExchangeUpload,
  type ExchangeProblem,
} from '#app/modules/seo/exchange.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { submitMultipart } from '#app/components/admin/submit-multipart.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.exchange';

export const handle = { area: 'seo' satisfies AdminArea };

const MAX_MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/** Translator exchange: download a language's SEO units as XLIFF or CSV, upload the translated file. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const config = await getMarketConfig(getDb());
  return {
    title: adminT(principal.locale)('seoExchange.title'),
    sourceLanguage: config.shopLanguage,
    languages: exchangeLanguages(config),
    maxMb: MAX_MB,
  };
}

/** A report per unit and line: the page lists every problem; the first one's code marks the file field. */
const problemsOnly = (problems: ExchangeProblem[], status: number) =>
  invalid('import', { file: problems[0]?.code ?? 'noFile' }, { status, extra: { problems } });

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'seo');
  // The file plus room for the other fields; reading stops as soon as the body is larger.
  const form = await limitedFormData(request, MAX_UPLOAD_BYTES + 64 * 1024);
  if (!form) return problemsOnly([{ unitId: null, code: 'fileTooLarge', params: { maxMb: MAX_MB } }], 413);
  assertCsrf(request, form, auth);
  const db = getDb();
  const config = await getMarketConfig(db);
  const language = String(form.get('language') ?? '');
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    return problemsOnly([{ unitId: null, code: 'noFile' }], 400);
  const parsed = parseExchangeUpload(file.name, new Uint8Array(await file.arrayBuffer()), {
    source: config.shopLanguage,
    target: language,
  });
  if (!parsed.ok) return problemsOnly(parsed.problems, 400);
  const result = await importExchange(db, config, parsed.file, { language, staffId: auth.principal.id });
  return result.ok ? saved('import', null, result) : problemsOnly(result.problems, 400);
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function SeoExchange({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const { languages, sourceLanguage, maxMb } = loaderData;
  const names = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'language' }), [i18n.language]);
  const languageOptions = languages.map((l) => ({ value: l, label: `${names.of(l) ?? l} · ${l}` }));

  const [exportLanguage, setExportLanguage] = useState(languages[0] ?? '');
  const [format, setFormat] = useState<string[]>(['xliff']);
  const [types, setTypes] = useState<string[]>([...SEO_RESOURCE_TYPES]);
  const [untranslated, setUntranslated] = useState(false);
  const query = new URLSearchParams({
    language: exportLanguage,
    format: format[0] ?? 'xliff',
    types: types.join(','),
    untranslated: untranslated ? '1' : '0',
  });

  const importer = useFetcher<typeof action>();
  const [importLanguage, setImportLanguage] = useState(languages[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const tooLarge = file != null && file.size > MAX_UPLOAD_BYTES;
  const upload = () => {
    if (!file || tooLarge) return;
    submitMultipart(importer, csrfToken, { language: importLanguage, file });
  };
  const result = importer.state === 'idle' ? importer.data : undefined;
  const message = (p: ExchangeProblem) => t(`seoExchange.problems.${p.code}`, { ...p.params });

  return (
    <Page title={loaderData.title}>
      <Layout>
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="400">
              <Text as="h2" variant="headingMd">
                {t('seoExchange.exportTitle')}
              </Text>
              <Text as="p" tone="subdued">
                {t('seoExchange.exportHelp', { source: names.of(sourceLanguage) ?? sourceLanguage })}
              </Text>
              {languages.length === 0 ? <Banner tone="info">{t('seoExchange.noLanguages')}</Banner> : null}
              <Select
                label={t('seoExchange.language')}
                options={languageOptions}
                value={exportLanguage}
                onChange={setExportLanguage}
                disabled={languages.length === 0}
              />
              <ChoiceList
                title={t('seoExchange.format')}
                choices={[
                  { label: t('seoExchange.formats.xliff'), value: 'xliff' },
                  { label: t('seoExchange.formats.csv'), value: 'csv' },
                ]}
                selected={format}
                onChange={setFormat}
              />
              <ChoiceList
                allowMultiple
                title={t('seoExchange.resourceTypes')}
                choices={SEO_RESOURCE_TYPES.map((type) => ({
                  label: t(`seoExchange.typesPlural.${type}`),
                  value: type,
                }))}
                selected={types}
                onChange={setTypes}
                error={types.length === 0 ? t('seoExchange.chooseType') : undefined}
              />
              <Checkbox
                label={t('seoExchange.onlyUntranslated')}
                helpText={t('seoExchange.onlyUntranslatedHelp')}
                checked={untranslated}
                onChange={setUntranslated}
              />
              <Box>
                <Button
                  variant="primary"
                  url={`/app/seo/exchange/export?${query.toString()}`}
                  download
                  external
                  disabled={languages.length === 0 || types.length === 0}
                >
                  {t('seoExchange.download')}
                </Button>
              </Box>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneHalf">
          <Card>
            <BlockStack gap="400">
              <Text as="h2" variant="headingMd">
                {t('seoExchange.importTitle')}
              </Text>
              <Text as="p" tone="subdued">
                {t('seoExchange.importHelp', { maxMb })}
              </Text>
              <Select
                label={t('seoExchange.language')}
                helpText={t('seoExchange.importLanguageHelp')}
                options={languageOptions}
                value={importLanguage}
                onChange={setImportLanguage}
                disabled={languages.length === 0}
              />
              <DropZone
                id="seo-exchange-file"
                accept=".xlf,.xliff,.csv"
                type="file"
                allowMultiple={false}
                onDrop={(files) => setFile(files[0] ?? null)}
                label={t('seoExchange.file')}
              >
                {file ? (
                  <Box padding="300">
                    <Text as="p">{file.name}</Text>
                  </Box>
                ) : (
                  <DropZone.FileUpload
                    actionTitle={t('seoExchange.chooseFile')}
                    actionHint={t('seoExchange.fileHint')}
                  />
                )}
              </DropZone>
              {tooLarge ? (
                <InlineError
                  fieldID="seo-exchange-file"
                  message={t('seoExchange.problems.fileTooLarge', { maxMb })}
                />
              ) : null}
              <Box>
                <Button
                  variant="primary"
                  onClick={upload}
                  disabled={!file || tooLarge || languages.length === 0}
                  loading={importer.state !== 'idle'}
                >
                  {t('seoExchange.import')}
                </Button>
              </Box>
            </BlockStack>
          </Card>
        </Layout.Section>
        {result?.ok ? (
          <Layout.Section>
            <Banner tone="success" title={t('seoExchange.imported', { count: result.changed })}>
              <Text as="p">{t('seoExchange.unchanged', { count: result.unchanged })}</Text>
            </Banner>
          </Layout.Section>
        ) : null}
        {result && !result.ok ? (
          <Layout.Section>
            <Banner tone="critical" title={t('seoExchange.importFailed', { count: result.problems.length })}>
              <BlockStack gap="200">
                <Text as="p">{t('seoExchange.nothingApplied')}</Text>
                <DataTable
                  columnContentTypes={['text', 'numeric', 'text']}
                  headings={[t('seoExchange.unit'), t('seoExchange.line'), t('seoExchange.problem')]}
                  rows={result.problems.map((p) => [
                    p.unitId ?? t('seoExchange.wholeFile'),
                    p.line ?? '',
                    message(p),
                  ])}
                />
              </BlockStack>
            </Banner>
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}
