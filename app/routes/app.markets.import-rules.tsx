import {
  Badge,
  BlockStack,
  Button,
  ButtonGroup,
  Card,
  Checkbox,
  DataTable,
  FormLayout,
  InlineGrid,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useIntentErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { ruleStatuses, type RuleStatus } from '#app/modules/checkout/core/import-rule-status.ts';
import type { ImportRuleTerms } from '#app/modules/checkout/core/import-rules.ts';
import { importRuleInput } from '#app/modules/checkout/core/settings-input.ts';
import {
  decideImportRule,
  listImportRules,
  proposeImportRule,
} from '#app/modules/checkout/import-rules.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.markets.import-rules';

export const handle = { area: 'markets' satisfies AdminArea };

/**
 * Import rules per destination: every version with its source, date and state. Merchandisers
 * propose a version; only an owner approves it (checked here, on the server), and only an
 * approved version prices orders, from its date.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'markets');
  const db = getDb();
  const [config, versions] = await Promise.all([getMarketConfig(db), listImportRules(db)]);
  const countries = new Set(config.markets.flatMap((m) => m.countries));
  const served = versions.filter((v) => countries.has(v.destination.slice(0, 2)));
  const statuses = ruleStatuses(served, new Date().toISOString().slice(0, 10));
  return {
    title: adminT(principal.locale)('importRules.title'),
    canApprove: principal.role === 'owner',
    versions: served.map((v) => ({
      id: v.id,
      destination: v.destination,
      origins: v.origins?.join(', ') ?? '',
      effectiveFrom: v.effectiveFrom,
      currency: v.currency,
      terms: v.terms,
      sourceUrl: v.sourceUrl,
      note: v.note,
      library: v.libraryKey != null,
      status: statuses.get(v.id)!,
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'markets');
  const db = getDb();
  const intent = String(form.get('intent'));
  if (intent === 'propose') {
    const destination = String(form.get('destination') ?? '')
      .trim()
      .toUpperCase();
    // Amounts are in the destination's rule currency, so the schema depends on the destination.
    const currency = (await listImportRules(db)).find((v) => v.destination === destination)?.currency;
    if (!currency) return invalid(intent, { destination: 'destination' });
    const parsed = parseForm(form, importRuleInput(currency));
    if (!parsed.ok) return invalid(intent, parsed.errors);
    await proposeImportRule(db, parsed.value, auth.principal.id);
    return saved(intent, { key: 'importRules.proposed' });
  }
  if (intent === 'approve' || intent === 'reject') {
    if (auth.principal.role !== 'owner') return invalid(intent, { form: 'ownerOnly' }, { status: 403 });
    const id = parseRowId(form.get('id'));
    const done = id
      ? await decideImportRule(db, id, intent === 'approve' ? 'approved' : 'rejected', auth.principal.id)
      : false;
    if (!done) return invalid(intent, { form: 'notPending' }, { status: 409 });
    return saved(intent, { key: intent === 'approve' ? 'importRules.approved' : 'importRules.rejected' });
  }
  return invalid(intent, { form: 'unknown' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Version = Route.ComponentProps['loaderData']['versions'][number];

const TONES: Record<RuleStatus, 'success' | 'info' | 'attention' | 'critical' | undefined> = {
  inForce: 'success',
  scheduled: 'info',
  pending: 'attention',
  rejected: 'critical',
  superseded: undefined,
};

/** The proposal form's fields, as strings, from a version's terms (the starting point of a change). */
function fieldsFrom(v: Version | undefined) {
  const dec = (amount: number | null | undefined) =>
    amount == null || !v ? '' : toDecimalString({ amount, currencyCode: v.currency });
  const t: ImportRuleTerms | undefined = v?.terms;
  return {
    destination: v?.destination ?? '',
    origins: v?.origins ?? '',
    effectiveFrom: '',
    thresholdValue: t?.thresholdValue ?? 'goods',
    customsValue: t?.customsValue ?? 'cif',
    saleTaxMode: t?.saleTax.mode ?? 'never',
    saleTaxThreshold: dec(t?.saleTax.mode === 'up-to' ? t.saleTax.threshold : null),
    scheme: t?.saleTax.mode === 'up-to' ? t.saleTax.scheme : '',
    dutyFreeUpTo: dec(t?.duty.freeUpTo),
    flatAmount: dec(t?.duty.flatPerSubheading?.amount),
    flatUpTo: dec(t?.duty.flatPerSubheading?.upTo),
    importTaxPercent: t?.importTax.percent ?? '',
    importTaxFreeUpTo: dec(t?.importTax.freeUpTo),
    onDuty: String(t?.importTax.onDuty ?? true),
    onShipping: String(t?.importTax.onShipping ?? false),
    unestimated: String(t?.unestimated ?? false),
    sourceUrl: '',
    note: '',
  };
}

export default function ImportRules({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useIntentErrors(fetcher.data, 'importRules.errors');
  const { versions } = loaderData;
  const destinations = [...new Set(versions.map((v) => v.destination))];
  const current = (d: string) => versions.find((v) => v.destination === d && v.status === 'inForce');
  const [f, setF] = useState(() => fieldsFrom(current(destinations[0] ?? '')));
  const set = (k: keyof typeof f) => (value: string) => setF((p) => ({ ...p, [k]: value }));
  const money = (amount: number, currency: string) =>
    formatMoney(toDecimalString({ amount, currencyCode: currency }), currency, i18n.language);
  const submit = (fields: Record<string, string>) =>
    fetcher.submit({ ...fields, csrf: csrfToken }, { method: 'post' });
  const describe = (v: Version) => {
    const { saleTax, duty, importTax } = v.terms;
    const m = (a: number) => money(a, v.currency);
    return [
      saleTax.mode === 'up-to'
        ? t('importRules.saleTaxUpTo', { amount: m(saleTax.threshold), scheme: saleTax.scheme })
        : t(`importRules.saleTax.${saleTax.mode}`),
      duty.flatPerSubheading
        ? t('importRules.dutyFlat', {
            amount: m(duty.flatPerSubheading.amount),
            upTo: m(duty.flatPerSubheading.upTo),
          })
        : duty.freeUpTo != null
          ? t('importRules.dutyFreeUpTo', { amount: m(duty.freeUpTo) })
          : t('importRules.dutyAlways'),
      t('importRules.importTax', {
        rate: importTax.percent != null ? `${importTax.percent} %` : t('importRules.standardRate'),
      }) +
        (importTax.freeUpTo != null
          ? ` · ${t('importRules.taxFreeUpTo', { amount: m(importTax.freeUpTo) })}`
          : ''),
      t(`importRules.valuation.${v.terms.customsValue}`),
      ...(v.terms.unestimated ? [t('importRules.unestimated')] : []),
    ];
  };
  const options = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`importRules.${prefix}.${value}`) }));
  return (
    <Page title={loaderData.title} backAction={{ content: t('nav.markets'), url: '/app/markets' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Text as="p" tone="subdued">
              {t('importRules.intro')}
            </Text>
            {destinations.map((d) => (
              <div key={d} data-testid={`rules-${d}`}>
                <Card>
                  <BlockStack gap="200">
                    <Text as="h2" variant="headingMd">
                      {t('importRules.destination', { code: d })}
                    </Text>
                    <DataTable
                      columnContentTypes={['text', 'text', 'text', 'text']}
                      headings={[
                        t('importRules.effectiveFrom'),
                        t('importRules.terms'),
                        t('importRules.source'),
                        '',
                      ]}
                      rows={versions
                        .filter((v) => v.destination === d)
                        .map((v) => [
                          <BlockStack key="date" gap="100">
                            <span>{v.effectiveFrom}</span>
                            <Badge tone={TONES[v.status]}>{t(`importRules.status.${v.status}`)}</Badge>
                            {v.origins ? (
                              <span>{t('importRules.fromOrigins', { origins: v.origins })}</span>
                            ) : null}
                          </BlockStack>,
                          <BlockStack key="terms" gap="050">
                            {describe(v).map((line) => (
                              <span key={line}>{line}</span>
                            ))}
                            {v.note ? (
                              <Text as="span" tone="subdued">
                                {v.note}
                              </Text>
                            ) : null}
                          </BlockStack>,
                          <Link key="src" url={v.sourceUrl} target="_blank">
                            {new URL(v.sourceUrl).hostname}
                          </Link>,
                          v.status === 'pending' && loaderData.canApprove ? (
                            <ButtonGroup key="act">
                              <Button onClick={() => submit({ intent: 'approve', id: String(v.id) })}>
                                {t('importRules.approve')}
                              </Button>
                              <Button
                                tone="critical"
                                variant="plain"
                                onClick={() => submit({ intent: 'reject', id: String(v.id) })}
                              >
                                {t('importRules.reject')}
                              </Button>
                            </ButtonGroup>
                          ) : v.status === 'pending' ? (
                            <Text key="act" as="span" tone="subdued">
                              {t('importRules.awaitingOwner')}
                            </Text>
                          ) : (
                            ''
                          ),
                        ])}
                    />
                  </BlockStack>
                </Card>
              </div>
            ))}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <FormLayout>
              <Text as="h2" variant="headingMd">
                {t('importRules.propose')}
              </Text>
              <Text as="p" tone="subdued">
                {t('importRules.proposeHelp')}
              </Text>
              <Select
                label={t('importRules.destinationLabel')}
                options={destinations.map((d) => ({ value: d, label: d }))}
                value={f.destination}
                onChange={(d) => setF(fieldsFrom(current(d)))}
                error={error('propose', 'destination')}
              />
              <InlineGrid columns={2} gap="200">
                <TextField
                  label={t('importRules.effectiveFrom')}
                  type="date"
                  value={f.effectiveFrom}
                  onChange={set('effectiveFrom')}
                  autoComplete="off"
                  error={error('propose', 'effectiveFrom')}
                />
                <TextField
                  label={t('importRules.origins')}
                  helpText={t('importRules.originsHelp')}
                  value={f.origins}
                  onChange={set('origins')}
                  autoComplete="off"
                  error={error('propose', 'origins')}
                />
              </InlineGrid>
              <Select
                label={t('importRules.thresholdValueLabel')}
                options={options('thresholdValue', ['goods', 'customs-value'])}
                value={f.thresholdValue}
                onChange={set('thresholdValue')}
              />
              <Select
                label={t('importRules.customsValueLabel')}
                options={options('valuation', ['fob', 'cif', 'personal-use-60'])}
                value={f.customsValue}
                onChange={set('customsValue')}
              />
              <Select
                label={t('importRules.saleTaxLabel')}
                options={options('saleTax', ['always', 'up-to', 'never'])}
                value={f.saleTaxMode}
                onChange={set('saleTaxMode')}
              />
              {f.saleTaxMode === 'up-to' ? (
                <InlineGrid columns={2} gap="200">
                  <TextField
                    label={t('importRules.saleTaxThreshold')}
                    value={f.saleTaxThreshold}
                    onChange={set('saleTaxThreshold')}
                    autoComplete="off"
                    inputMode="decimal"
                    error={error('propose', 'saleTaxThreshold')}
                  />
                  <Select
                    label={t('importRules.scheme')}
                    options={[
                      { value: '', label: '—' },
                      ...['IOSS', 'UK_VAT', 'AU_LVG', 'SG_LVG'].map((s) => ({ value: s, label: s })),
                    ]}
                    value={f.scheme}
                    onChange={set('scheme')}
                    error={error('propose', 'scheme')}
                  />
                </InlineGrid>
              ) : null}
              <TextField
                label={t('importRules.dutyFreeUpToLabel')}
                helpText={t('importRules.emptyNone')}
                value={f.dutyFreeUpTo}
                onChange={set('dutyFreeUpTo')}
                autoComplete="off"
                inputMode="decimal"
                error={error('propose', 'dutyFreeUpTo')}
              />
              <InlineGrid columns={2} gap="200">
                <TextField
                  label={t('importRules.flatAmount')}
                  value={f.flatAmount}
                  onChange={set('flatAmount')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('propose', 'flatAmount')}
                />
                <TextField
                  label={t('importRules.flatUpTo')}
                  value={f.flatUpTo}
                  onChange={set('flatUpTo')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('propose', 'flatUpTo')}
                />
              </InlineGrid>
              <InlineGrid columns={2} gap="200">
                <TextField
                  label={t('importRules.importTaxPercent')}
                  helpText={t('importRules.emptyStandard')}
                  suffix="%"
                  value={f.importTaxPercent}
                  onChange={set('importTaxPercent')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('propose', 'importTaxPercent')}
                />
                <TextField
                  label={t('importRules.importTaxFreeUpTo')}
                  value={f.importTaxFreeUpTo}
                  onChange={set('importTaxFreeUpTo')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('propose', 'importTaxFreeUpTo')}
                />
              </InlineGrid>
              <Checkbox
                label={t('importRules.onDuty')}
                checked={f.onDuty === 'true'}
                onChange={(c) => set('onDuty')(String(c))}
              />
              <Checkbox
                label={t('importRules.onShipping')}
                checked={f.onShipping === 'true'}
                onChange={(c) => set('onShipping')(String(c))}
              />
              <Checkbox
                label={t('importRules.unestimatedLabel')}
                checked={f.unestimated === 'true'}
                onChange={(c) => set('unestimated')(String(c))}
              />
              <TextField
                label={t('importRules.sourceUrl')}
                type="url"
                value={f.sourceUrl}
                onChange={set('sourceUrl')}
                autoComplete="off"
                error={error('propose', 'sourceUrl')}
              />
              <TextField
                label={t('importRules.note')}
                value={f.note}
                onChange={set('note')}
                multiline={3}
                autoComplete="off"
                error={error('propose', 'note')}
              />
              <Button variant="primary" onClick={() => submit({ intent: 'propose', ...f })}>
                {t('importRules.submit')}
              </Button>
            </FormLayout>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
