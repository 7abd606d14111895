import {
  BlockStack,
  Button,
  Card,
  DataTable,
  FormLayout,
  InlineGrid,
  Layout,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { parseRowId } from '#app/lib/row-id.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { useIntentErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { DutyRateInput, shippingRateInput } from '#app/modules/checkout/core/settings-input.ts';
import {
  addShippingRate,
  listDutyRates,
  listShippingSettings,
  removeShippingRate,
  setDutyRate,
} from '#app/modules/checkout/settings.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.markets.shipping';

export const handle = { area: 'markets' satisfies AdminArea };

/** Shipping rates per market and duty rates per destination and HS chapter; import rules have their own page. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'markets');
  const db = getDb();
  const [config, zones, duties] = await Promise.all([
    getMarketConfig(db),
    listShippingSettings(db),
    listDutyRates(db),
  ]);
  const dec = (amount: number | null, currency: string) =>
    amount == null ? null : toDecimalString({ amount, currencyCode: currency });
  return {
    title: adminT(principal.locale)('shipping.title'),
    markets: config.markets.map((m) => ({ id: m.id, name: m.name, currency: m.currency })),
    rates: zones.flatMap((z) => {
      const market = config.markets.find((m) => m.id === z.marketId);
      const currency = market?.currency ?? config.shopCurrency;
      return z.rates.map((r) => ({
        id: r.id,
        market: market?.name ?? '',
        currency,
        service: r.service,
        kind: r.kind,
        amount: dec(r.amount, currency)!,
        freeOver: dec(r.freeOverAmount, currency),
        minGrams: r.minGrams,
        maxGrams: r.maxGrams,
        minDays: r.minDays,
        maxDays: r.maxDays,
      }));
    }),
    dutyRates: duties.map((r) => ({ ...r, ratePercent: String(Number(r.ratePercent)) })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'markets');
  const db = getDb();
  const intent = String(form.get('intent'));
  if (intent === 'addRate') {
    const config = await getMarketConfig(db);
    const market = config.markets.find((m) => m.id === parseRowId(form.get('marketId')));
    if (!market) return invalid(intent, { marketId: 'required' });
    // Amounts are in the market's currency, so the schema depends on the market chosen.
    const parsed = parseForm(form, shippingRateInput(market.currency));
    if (!parsed.ok) return invalid(intent, parsed.errors);
    await addShippingRate(db, market.id, { ...parsed.value, position: 100 });
  } else if (intent === 'removeRate') {
    const id = parseRowId(form.get('id'));
    if (!id) return invalid(intent, { form: 'notFound' }, { status: 404 });
    await removeShippingRate(db, id);
  } else if (intent === 'duty') {
    const parsed = parseForm(form, DutyRateInput);
    if (!parsed.ok) return invalid(intent, parsed.errors);
    await setDutyRate(db, parsed.value);
  } else {
    return invalid(intent, { form: 'unknown' });
  }
  return saved(intent, { key: 'shipping.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

function useForm<T extends Record<string, string>>(initial: T) {
  const [v, setV] = useState(initial);
  return [v, (k: keyof T) => (value: string) => setV((p) => ({ ...p, [k]: value })), setV] as const;
}

export default function ShippingAndDuties({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [rate, setRate] = useForm({
    marketId: String(loaderData.markets[0]?.id ?? ''),
    service: 'standard',
    kind: 'flat',
    amount: '',
    minGrams: '',
    maxGrams: '',
    freeOverAmount: '',
    minDays: '3',
    maxDays: '7',
  });
  const [duty, setDuty] = useForm({
    destination: '',
    hsChapter: '',
    ratePercent: '',
    source: '',
    effectiveFrom: '',
  });
  const error = useIntentErrors(fetcher.data, 'shipping.errors');
  const submit = (fields: Record<string, string>) =>
    fetcher.submit({ ...fields, csrf: csrfToken }, { method: 'post' });
  const money = (amount: string | null, currency: string) =>
    amount == null ? '—' : formatMoney(amount, currency, i18n.language);
  const grams = (min: number | null, max: number | null) =>
    min == null && max == null ? '—' : `${min ?? 0}–${max ?? '∞'} g`;
  const market = loaderData.markets.find((m) => String(m.id) === rate.marketId);
  return (
    <Page title={loaderData.title} backAction={{ content: t('nav.markets'), url: '/app/markets' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('shipping.ratesTitle')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'text', 'numeric', 'text', 'numeric', 'text', 'text']}
                  headings={[
                    t('shipping.market'),
                    t('shipping.service'),
                    t('shipping.price'),
                    t('shipping.weight'),
                    t('shipping.freeOver'),
                    t('shipping.days'),
                    '',
                  ]}
                  rows={loaderData.rates.map((r) => [
                    r.market,
                    `${t(`orders.services.${r.service}`)} · ${t(`shipping.kinds.${r.kind}`)}`,
                    money(r.amount, r.currency),
                    grams(r.minGrams, r.maxGrams),
                    money(r.freeOver, r.currency),
                    `${r.minDays}–${r.maxDays}`,
                    <Button
                      key={r.id}
                      variant="plain"
                      tone="critical"
                      onClick={() => submit({ intent: 'removeRate', id: String(r.id) })}
                      accessibilityLabel={t('shipping.removeRate', { market: r.market, service: r.service })}
                    >
                      {t('shipping.remove')}
                    </Button>,
                  ])}
                />
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('shipping.dutyTitle')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'text', 'numeric', 'text', 'text']}
                  headings={[
                    t('shipping.destination'),
                    t('shipping.hsChapter'),
                    t('shipping.rate'),
                    t('shipping.source'),
                    t('shipping.effectiveFrom'),
                  ]}
                  rows={loaderData.dutyRates.map((r) => [
                    r.destination,
                    r.hsChapter,
                    `${r.ratePercent}%`,
                    r.source,
                    r.effectiveFrom,
                  ])}
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
                  {t('shipping.addRate')}
                </Text>
                <Select
                  label={t('shipping.market')}
                  options={loaderData.markets.map((m) => ({
                    label: `${m.name} (${m.currency})`,
                    value: String(m.id),
                  }))}
                  value={rate.marketId}
                  onChange={setRate('marketId')}
                  error={error('addRate', 'marketId')}
                />
                <InlineGrid columns={2} gap="200">
                  <Select
                    label={t('shipping.service')}
                    options={['economy', 'standard', 'express'].map((s) => ({
                      label: t(`orders.services.${s}`),
                      value: s,
                    }))}
                    value={rate.service}
                    onChange={setRate('service')}
                  />
                  <Select
                    label={t('shipping.kind')}
                    options={['flat', 'weight'].map((k) => ({ label: t(`shipping.kinds.${k}`), value: k }))}
                    value={rate.kind}
                    onChange={setRate('kind')}
                  />
                </InlineGrid>
                <TextField
                  label={t('shipping.price')}
                  suffix={market?.currency}
                  value={rate.amount}
                  onChange={setRate('amount')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('addRate', 'amount')}
                />
                <InlineGrid columns={2} gap="200">
                  <TextField
                    label={t('shipping.minGrams')}
                    value={rate.minGrams}
                    onChange={setRate('minGrams')}
                    autoComplete="off"
                    inputMode="numeric"
                    error={error('addRate', 'minGrams')}
                  />
                  <TextField
                    label={t('shipping.maxGrams')}
                    value={rate.maxGrams}
                    onChange={setRate('maxGrams')}
                    autoComplete="off"
                    inputMode="numeric"
                    error={error('addRate', 'maxGrams')}
                  />
                </InlineGrid>
                <TextField
                  label={t('shipping.freeOver')}
                  suffix={market?.currency}
                  value={rate.freeOverAmount}
                  onChange={setRate('freeOverAmount')}
                  autoComplete="off"
                  inputMode="decimal"
                  error={error('addRate', 'freeOverAmount')}
                />
                <InlineGrid columns={2} gap="200">
                  <TextField
                    label={t('shipping.minDays')}
                    value={rate.minDays}
                    onChange={setRate('minDays')}
                    autoComplete="off"
                    inputMode="numeric"
                    error={error('addRate', 'minDays')}
                  />
                  <TextField
                    label={t('shipping.maxDays')}
                    value={rate.maxDays}
                    onChange={setRate('maxDays')}
                    autoComplete="off"
                    inputMode="numeric"
                    error={error('addRate', 'maxDays')}
                  />
                </InlineGrid>
                <Button
                  onClick={() => submit({ intent: 'addRate', ...rate })}
                  loading={fetcher.state !== 'idle'}
                >
                  {t('shipping.addRate')}
                </Button>
              </FormLayout>
            </Card>
            <Card>
              <FormLayout>
                <Text as="h2" variant="headingMd">
                  {t('shipping.setDuty')}
                </Text>
                <InlineGrid columns={3} gap="200">
                  <TextField
                    label={t('shipping.destination')}
                    value={duty.destination}
                    onChange={setDuty('destination')}
                    autoComplete="off"
                    error={error('duty', 'destination')}
                  />
                  <TextField
                    label={t('shipping.hsChapter')}
                    value={duty.hsChapter}
                    onChange={setDuty('hsChapter')}
                    autoComplete="off"
                    inputMode="numeric"
                    error={error('duty', 'hsChapter')}
                  />
                  <TextField
                    label={t('shipping.rate')}
                    suffix="%"
                    value={duty.ratePercent}
                    onChange={setDuty('ratePercent')}
                    autoComplete="off"
                    inputMode="decimal"
                    error={error('duty', 'ratePercent')}
                  />
                </InlineGrid>
                <TextField
                  label={t('shipping.source')}
                  value={duty.source}
                  onChange={setDuty('source')}
                  autoComplete="off"
                  error={error('duty', 'source')}
                />
                <TextField
                  label={t('shipping.effectiveFrom')}
                  type="date"
                  value={duty.effectiveFrom}
                  onChange={setDuty('effectiveFrom')}
                  autoComplete="off"
                  error={error('duty', 'effectiveFrom')}
                />
                <Button onClick={() => submit({ intent: 'duty', ...duty })}>{t('shipping.save')}</Button>
              </FormLayout>
            </Card>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
