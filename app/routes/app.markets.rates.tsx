import {
  Banner,
  BlockStack,
  Button,
  Card,
  DataTable,
  DropZone,
  FormLayout,
  InlineGrid,
  Layout,
  Page,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { useIntentErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { ManualRateInput, TaxRateInput } from '#app/modules/markets/core/rate-input.ts';
import { importEcbRates } from '#app/modules/markets/fx-import.server.ts';
import {
  listTaxRates,
  rateHistory,
  recordExchangeRate,
  setTaxRate,
} from '#app/modules/markets/rates.server.ts';
import { jobView, latestJob } from '#app/modules/jobs/jobs.server.ts';
import { FX_IMPORT_JOB } from '#app/modules/markets/fx-schedule.server.ts';
import { REPRICE_JOB, requestCatalogReprice } from '#app/modules/pricing/reprice-job.server.ts';
import { JobProgress } from '#app/components/admin/job-progress.tsx';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { submitMultipart } from '#app/components/admin/submit-multipart.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.markets.rates';
import { formatDate } from '#app/lib/format.ts';

export const handle = { area: 'markets' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'markets');
  const db = getDb();
  const [history, taxes, job] = await Promise.all([
    rateHistory(db),
    listTaxRates(db),
    latestJob(db, [REPRICE_JOB, FX_IMPORT_JOB]),
  ]);
  return {
    title: adminT(principal.locale)('rates.title'),
    history: history.map((r) => ({
      ...r,
      rate: String(Number(r.rate)),
      fetchedAt: r.fetchedAt.toISOString(),
    })),
    taxes: taxes.map((t) => ({
      country: t.countryCode,
      rate: String(Number(t.ratePercent)),
      source: t.source,
      effectiveFrom: t.effectiveFrom,
    })),
    job: jobView(job),
  };
}

/** Rates feed every price: after any change the catalog is re-priced, in the background. */
const reprice = (staffId: number) => requestCatalogReprice(getDb(), staffId);

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'markets');
  const db = getDb();
  const intent = String(form.get('intent'));
  const done = { key: 'rates.saved' };
  if (intent === 'rate') {
    const parsed = parseForm(form, ManualRateInput);
    if (!parsed.ok) return invalid(intent, parsed.errors);
    await recordExchangeRate(
      db,
      parsed.value.currency,
      parsed.value.rate,
      `Manual entry by ${auth.principal.email}`,
    );
    await reprice(auth.principal.id);
    return saved(intent, done);
  }
  if (intent === 'tax') {
    const parsed = parseForm(form, TaxRateInput);
    if (!parsed.ok) return invalid(intent, parsed.errors);
    await setTaxRate(
      db,
      parsed.value.countryCode,
      parsed.value.ratePercent,
      parsed.value.source,
      parsed.value.effectiveFrom,
    );
    await reprice(auth.principal.id);
    return saved(intent, done);
  }
  if (intent === 'ecb') {
    const file = form.get('file');
    const xml = typeof file === 'string' ? file : file ? await file.text() : '';
    const result = await importEcbRates(db, xml, 'ECB eurofxref upload');
    if (!result.ok) {
      // The first problem names the message; its kind's details (the missing currencies, say) fill it in.
      const code = result.errors[0]?.code ?? 'notEcb';
      return invalid(intent, {
        file: `${code}:${result.errors
          .filter((e) => e.code === code && e.detail)
          .map((e) => e.detail)
          .join(', ')}`,
      });
    }
    await reprice(auth.principal.id);
    return saved(intent, done);
  }
  return invalid(intent, { form: 'unknown' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Rates({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [rate, setRate] = useState({ currency: '', rate: '' });
  const [tax, setTax] = useState({ countryCode: '', ratePercent: '', source: '', effectiveFrom: '' });
  const [file, setFile] = useState<File | null>(null);
  const error = useIntentErrors(fetcher.data, 'rates.errors');
  const submit = (fields: Record<string, string | Blob>) => {
    submitMultipart(fetcher, csrfToken, fields);
  };
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  return (
    <Page title={t('rates.title')} backAction={{ content: t('nav.markets'), url: '/app/markets' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('rates.repriceTitle')}
                </Text>
                {loaderData.job ? (
                  <JobProgress job={loaderData.job} />
                ) : (
                  <Text as="p" tone="subdued">
                    {t('rates.repriceNone')}
                  </Text>
                )}
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('rates.fxTitle')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'numeric', 'text', 'text']}
                  headings={[t('rates.currency'), t('rates.rate'), t('rates.source'), t('rates.time')]}
                  rows={loaderData.history.map((r) => [r.currency, r.rate, r.source, when(r.fetchedAt)])}
                />
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('rates.taxTitle')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'numeric', 'text', 'text']}
                  headings={[
                    t('rates.country'),
                    t('rates.taxRate'),
                    t('rates.source'),
                    t('rates.effectiveFrom'),
                  ]}
                  rows={loaderData.taxes.map((r) => [r.country, `${r.rate}%`, r.source, r.effectiveFrom])}
                />
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  {t('rates.manualTitle')}
                </Text>
                <InlineGrid columns={2} gap="200">
                  <TextField
                    label={t('rates.currency')}
                    value={rate.currency}
                    onChange={(currency) => setRate({ ...rate, currency })}
                    autoComplete="off"
                    error={error('rate', 'currency')}
                  />
                  <TextField
                    label={t('rates.rate')}
                    value={rate.rate}
                    onChange={(value) => setRate({ ...rate, rate: value })}
                    autoComplete="off"
                    inputMode="decimal"
                    error={error('rate', 'rate')}
                  />
                </InlineGrid>
                <Button onClick={() => submit({ intent: 'rate', ...rate })}>{t('rates.record')}</Button>
              </FormLayout>
            </Card>
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  {t('rates.ecbTitle')}
                </Text>
                <DropZone
                  accept=".xml,application/xml,text/xml"
                  type="file"
                  allowMultiple={false}
                  onDrop={(files) => setFile(files[0] ?? null)}
                  label={t('rates.ecbFile')}
                  error={Boolean(error('ecb', 'file'))}
                >
                  {file ? (
                    <Text as="p">{file.name}</Text>
                  ) : (
                    <DropZone.FileUpload actionTitle={t('rates.chooseFile')} />
                  )}
                </DropZone>
                {error('ecb', 'file') ? <Banner tone="critical">{error('ecb', 'file')}</Banner> : null}
                <Button disabled={!file} onClick={() => file && submit({ intent: 'ecb', file })}>
                  {t('rates.importEcb')}
                </Button>
              </FormLayout>
            </Card>
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  {t('rates.taxEditTitle')}
                </Text>
                <InlineGrid columns={2} gap="200">
                  <TextField
                    label={t('rates.country')}
                    value={tax.countryCode}
                    onChange={(countryCode) => setTax({ ...tax, countryCode })}
                    autoComplete="off"
                    error={error('tax', 'countryCode')}
                  />
                  <TextField
                    label={t('rates.taxRate')}
                    value={tax.ratePercent}
                    onChange={(ratePercent) => setTax({ ...tax, ratePercent })}
                    suffix="%"
                    autoComplete="off"
                    error={error('tax', 'ratePercent')}
                  />
                </InlineGrid>
                <TextField
                  label={t('rates.source')}
                  value={tax.source}
                  onChange={(source) => setTax({ ...tax, source })}
                  autoComplete="off"
                  error={error('tax', 'source')}
                />
                <TextField
                  label={t('rates.effectiveFrom')}
                  type="date"
                  value={tax.effectiveFrom}
                  onChange={(effectiveFrom) => setTax({ ...tax, effectiveFrom })}
                  autoComplete="off"
                  error={error('tax', 'effectiveFrom')}
                />
                <Button onClick={() => submit({ intent: 'tax', ...tax })}>{t('rates.saveTax')}</Button>
              </FormLayout>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
