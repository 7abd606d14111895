import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  DataTable,
  InlineStack,
  Layout,
  Link,
  List,
  Page,
  Select,
  Text,
} from '@shopify/polaris';
import { CsvDropZone } from '#app/components/admin/csv-drop-zone.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useFetcher, useSearchParams } from 'react-router';
import { invalid, saved } from '#app/admin/form.server.ts';
import { roundingLabel } from '#app/components/admin/rounding-label.ts';
import { getDb } from '#app/db/client.server.ts';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { variantChoices } from '#app/modules/catalog/variant-options.server.ts';
import { roundingToChoice } from '#app/modules/markets/core/market-input.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { importPriceList } from '#app/modules/pricing/price-list.server.ts';
import { explainPrice, floorClampedPrices } from '#app/modules/pricing/pricing.server.ts';
import { REPRICE_JOB, requestCatalogReprice } from '#app/modules/pricing/reprice-job.server.ts';
import { jobView, latestJob } from '#app/modules/jobs/jobs.server.ts';
import { FX_IMPORT_JOB } from '#app/modules/markets/fx-schedule.server.ts';
import { JobProgress } from '#app/components/admin/job-progress.tsx';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { submitMultipart } from '#app/components/admin/submit-multipart.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.pricing';

export const handle = { area: 'pricing' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'pricing');
  const db = getDb();
  const url = new URL(request.url);
  const config = await getMarketConfig(db);
  const choices = await variantChoices(db);
  const countries = config.markets.flatMap((m) =>
    m.countries.map((c) => ({ value: `${m.id}:${c}`, label: `${m.name} · ${c} (${m.currency})` })),
  );
  const variantId = Number(url.searchParams.get('variant') ?? choices[0]?.id ?? 0);
  const [marketId, country] = (url.searchParams.get('market') ?? countries[0]?.value ?? '').split(':');
  const explained =
    variantId && marketId && country
      ? await explainPrice(db, config, variantId, Number(marketId), country)
      : null;
  const money = (amount: number, currency: string) => ({
    amount: toDecimalString({ amount, currencyCode: currency }),
    currency,
  });
  const [floor, job] = await Promise.all([
    floorClampedPrices(db),
    latestJob(db, [REPRICE_JOB, FX_IMPORT_JOB]),
  ]);
  return {
    job: jobView(job),
    floor: {
      total: floor.total,
      rows: floor.rows.map((r) => ({
        ...r,
        price: money(r.price, r.currency),
        preview: `?variant=${r.variant_id}&market=${r.market_id}:${r.country_code}`,
      })),
    },
    title: adminT(principal.locale)('nav.pricing'),
    variants: choices.map((v) => ({ value: String(v.id), label: `${v.product} — ${v.title} (${v.sku})` })),
    markets: countries,
    selected: { variant: String(variantId), market: `${marketId}:${country}` },
    trace: explained && {
      price: money(explained.price, explained.currency),
      floorClamped: explained.floorClamped,
      steps: explained.trace.map((s) => ({
        step: s.step,
        amount: money(s.amount, s.step === 'base' ? explained.shopCurrency : explained.currency),
        detail:
          s.step === 'fx'
            ? `${Number(s.rate)}${s.snapshotId ? ` · #${s.snapshotId}` : ''}`
            : s.step === 'adjustment' || s.step === 'tax'
              ? `${Number(s.percent)}%`
              : s.step === 'rounding'
                ? roundingToChoice(s.rule)
                : s.step === 'floor'
                  ? toDecimalString({ amount: s.floor, currencyCode: explained.currency })
                  : '',
      })),
    },
  };
}

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'pricing');
  // A price list of up to 5 MB; reading stops once the body is larger.
  const form = await limitedFormData(request, 5_000_000 + 64 * 1024);
  const tooLarge = [{ line: 0, code: 'fileTooLarge' as const, value: null }];
  if (!form)
    return invalid('import', { file: 'fileTooLarge' }, { status: 413, extra: { problems: tooLarge } });
  assertCsrf(request, form, auth);
  if (form.get('intent') === 'reprice') {
    await requestCatalogReprice(getDb(), auth.principal.id);
    return saved('reprice', null);
  }
  const file = form.get('file');
  const csv = typeof file === 'string' ? file : file ? await file.text() : '';
  const result = await importPriceList(getDb(), csv);
  // A report per line rather than per field: the page lists the problems; the count of prices shows in place.
  return result.ok
    ? saved('import', null, { applied: result.applied })
    : invalid('import', {}, { extra: { problems: result.errors } });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function Pricing({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [params] = useSearchParams();
  const importer = useFetcher<typeof action>();
  const [file, setFile] = useState<File | null>(null);
  const [variant, setVariant] = useState(params.get('variant') ?? loaderData.selected.variant);
  const [marketChoice, setMarketChoice] = useState(params.get('market') ?? loaderData.selected.market);
  const fmt = (m: { amount: string; currency: string }) => formatMoney(m.amount, m.currency, i18n.language);
  const detail = (step: string, value: string) => (step === 'rounding' ? roundingLabel(t, value) : value);
  const result = importer.data?.intent === 'import' ? importer.data : undefined;
  const repricer = useFetcher<typeof action>();
  const upload = () => {
    if (!file) return;
    submitMultipart(importer, csrfToken, { file });
  };
  return (
    <Page
      title={t('nav.pricing')}
      secondaryActions={[{ content: t('pricing.export'), url: '/app/pricing/export.csv', external: true }]}
    >
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="400">
              <Text as="h2" variant="headingMd">
                {t('pricing.previewTitle')}
              </Text>
              <Form method="get">
                <InlineStack gap="300" blockAlign="end" wrap>
                  <Box minWidth="320px">
                    <Select
                      label={t('pricing.variant')}
                      name="variant"
                      options={loaderData.variants}
                      value={variant}
                      onChange={setVariant}
                    />
                  </Box>
                  <Box minWidth="240px">
                    <Select
                      label={t('pricing.market')}
                      name="market"
                      options={loaderData.markets}
                      value={marketChoice}
                      onChange={setMarketChoice}
                    />
                  </Box>
                  <Button submit>{t('pricing.show')}</Button>
                </InlineStack>
              </Form>
              {loaderData.trace ? (
                <BlockStack gap="200">
                  <DataTable
                    columnContentTypes={['text', 'text', 'numeric']}
                    headings={[t('pricing.step'), t('pricing.detail'), t('pricing.amount')]}
                    rows={loaderData.trace.steps.map((s) => [
                      t(`pricing.steps.${s.step}`),
                      detail(s.step, s.detail),
                      fmt(s.amount),
                    ])}
                  />
                  <Text as="p" variant="headingMd">
                    <span data-testid="preview-price">
                      {t('pricing.result', { price: fmt(loaderData.trace.price) })}
                    </span>
                  </Text>
                  {loaderData.trace.floorClamped ? (
                    <Banner tone="warning">{t('pricing.floorClamped')}</Banner>
                  ) : null}
                </BlockStack>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('pricing.floorTitle', { count: loaderData.floor.total })}
              </Text>
              {loaderData.floor.total === 0 ? (
                <Text as="p" tone="subdued">
                  {t('pricing.floorNone')}
                </Text>
              ) : (
                <DataTable
                  columnContentTypes={['text', 'text', 'numeric', 'text']}
                  headings={[t('pricing.variant'), t('pricing.market'), t('pricing.amount'), '']}
                  rows={loaderData.floor.rows.map((r) => [
                    `${r.product} — ${r.variant}${r.sku ? ` (${r.sku})` : ''}`,
                    r.country_code,
                    fmt(r.price),
                    <Link key={r.preview} url={r.preview}>
                      {t('pricing.showTrace')}
                    </Link>,
                  ])}
                />
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('pricing.recomputeTitle')}
                </Text>
                <Text as="p" tone="subdued">
                  {t('pricing.recomputeHelp')}
                </Text>
                <JobProgress job={loaderData.job} />
                <repricer.Form method="post">
                  <input type="hidden" name="csrf" value={csrfToken} />
                  <input type="hidden" name="intent" value="reprice" />
                  <Button
                    submit
                    loading={repricer.state !== 'idle'}
                    disabled={loaderData.job?.status === 'queued' || loaderData.job?.status === 'running'}
                  >
                    {t('pricing.recompute')}
                  </Button>
                </repricer.Form>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('pricing.importTitle')}
                </Text>
                <Text as="p" tone="subdued">
                  {t('pricing.importHelp')}
                </Text>
                <CsvDropZone
                  file={file}
                  onFile={setFile}
                  label={t('pricing.file')}
                  actionTitle={t('pricing.chooseFile')}
                />
                <Button
                  onClick={upload}
                  disabled={!file}
                  loading={importer.state !== 'idle'}
                  variant="primary"
                >
                  {t('pricing.import')}
                </Button>
                {result?.ok ? (
                  <Banner tone="success">{t('pricing.imported', { count: result.applied })}</Banner>
                ) : null}
                {result && !result.ok ? (
                  <Banner
                    tone="critical"
                    title={t('pricing.importFailed', { count: result.problems.length })}
                  >
                    <List>
                      {result.problems.slice(0, 50).map((e, i) => (
                        <List.Item key={i}>
                          {t('pricing.importError', {
                            line: e.line,
                            message: t(`pricing.errors.${e.code}`),
                            value: e.value ?? '',
                          })}
                        </List.Item>
                      ))}
                    </List>
                  </Banner>
                ) : null}
              </BlockStack>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
