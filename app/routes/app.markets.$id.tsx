import {
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  ChoiceList,
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
import { Schedules } from '#app/components/admin/market-schedules.tsx';
import { useTranslation } from 'react-i18next';
import { data, Form, useNavigation } from 'react-router';
import { adminForm, invalid, saved } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { roundingLabel } from '#app/components/admin/rounding-label.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { ROUNDING_CHOICES, roundingToChoice } from '#app/modules/markets/core/market-input.ts';
import { marketChoices, saveMarket } from '#app/modules/markets/market-admin.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import {
  listScheduledAdjustments,
  removeScheduledAdjustment,
  scheduleAdjustment,
} from '#app/modules/pricing/pricing.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.markets.$id';

export const handle = { area: 'markets' satisfies AdminArea };

async function marketOr404(id: string | undefined) {
  const config = await getMarketConfig(getDb());
  const market = config.markets.find((m) => String(m.id) === id);
  if (!market) throw data({ error: 'notFound' }, { status: 404 });
  return market;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'markets');
  const m = await marketOr404(params.id);
  const schedules = await listScheduledAdjustments(getDb(), m.id);
  const choices = marketChoices(await getMarketConfig(getDb()));
  // Names in the admin's language, made on the server so the server and browser render the same text.
  const currencyNames = new Intl.DisplayNames([principal.locale], { type: 'currency' });
  return {
    currencies: choices.currencies.map((code) => ({
      value: code,
      label: `${code} · ${currencyNames.of(code) ?? code}`,
    })),
    languages: choices.languages.map((code) => ({
      value: code,
      label: languageName(code, principal.locale),
    })),
    schedules: schedules.map((a) => ({
      id: a.id,
      percent: String(Number(a.percent)),
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt?.toISOString() ?? null,
    })),
    title: adminT(principal.locale)('markets.editTitle', { name: m.name }),
    market: {
      id: m.id,
      name: m.name,
      countries: m.countries.join(', '),
      currency: m.currency,
      languages: m.languages.join(', '),
      defaultLanguage: m.defaultLanguage,
      taxInclusive: m.taxInclusive,
      enabled: m.enabled,
      adjustmentPercent: String(Number(m.adjustmentPercent)),
      rounding: roundingToChoice(m.rounding),
      marginFloorPercent: m.marginFloorPercent == null ? '' : String(Number(m.marginFloorPercent)),
      compareAtMode: m.compareAtMode,
      incoterm: m.incoterm,
      returnWindowDays: String(m.returnWindowDays),
      returnShippingFee: m.returnShippingFee,
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'markets');
  const market = await marketOr404(params.id);
  const intent = form.get('intent');
  // The market module validates (its rules need the other markets and the rates): the route only replies.
  if (intent === 'schedule') {
    const result = await scheduleAdjustment(getDb(), market.id, {
      percent: String(form.get('percent') ?? ''),
      startsAt: String(form.get('startsAt') ?? ''),
      endsAt: String(form.get('endsAt') ?? ''),
    });
    return result.ok ? saved('schedule', null) : invalid('schedule', result.errors);
  }
  if (intent === 'unschedule') {
    const id = parseRowId(form.get('id'));
    if (!id) return invalid('unschedule', { form: 'notFound' }, { status: 404 });
    await removeScheduledAdjustment(getDb(), market.id, id);
    return saved('unschedule', null);
  }
  const result = await saveMarket(getDb(), market.id, Object.fromEntries(form));
  return result.ok
    ? saved('save', { key: 'markets.saved', values: { count: result.repriced } })
    : invalid('save', result.errors);
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function EditMarket({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const saving = useNavigation().state === 'submitting';
  const [v, setV] = useState(loaderData.market);
  const chosenLanguages = v.languages.split(/[\s,]+/).filter(Boolean);
  const setLanguages = (languages: string[]) => {
    // Keep the list in the order the storefront offers it, and the default among the chosen.
    const ordered = loaderData.languages.map((l) => l.value).filter((l) => languages.includes(l));
    setV({
      ...v,
      languages: ordered.join(', '),
      defaultLanguage: ordered.includes(v.defaultLanguage) ? v.defaultLanguage : (ordered[0] ?? ''),
    });
  };
  const set =
    <K extends keyof typeof v>(key: K) =>
    (value: (typeof v)[K]) =>
      setV({ ...v, [key]: value });
  const saveFailed = actionData?.intent === 'save' && !actionData.ok;
  const error = useFieldErrors(actionData, 'markets.errors', 'save');
  return (
    <Page title={loaderData.market.name} backAction={{ content: t('nav.markets'), url: '/app/markets' }}>
      <Form method="post">
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="taxInclusive" value={String(v.taxInclusive)} />
        <input type="hidden" name="enabled" value={String(v.enabled)} />
        <Layout>
          <Layout.Section>
            <BlockStack gap="400">
              {saveFailed ? <Banner tone="critical">{t('markets.fixErrors')}</Banner> : null}
              <Card>
                <FormLayout>
                  <TextField
                    label={t('markets.name')}
                    name="name"
                    value={v.name}
                    onChange={set('name')}
                    autoComplete="off"
                    error={error('name')}
                  />
                  <TextField
                    label={t('markets.countries')}
                    name="countries"
                    value={v.countries}
                    onChange={set('countries')}
                    autoComplete="off"
                    helpText={t('markets.countriesHelp')}
                    error={error('countries')}
                  />
                  <Select
                    label={t('markets.currency')}
                    name="currency"
                    options={loaderData.currencies}
                    value={v.currency}
                    onChange={set('currency')}
                    helpText={t('markets.currencyHelp')}
                    error={error('currency')}
                  />
                  <input type="hidden" name="languages" value={chosenLanguages.join(',')} />
                  <ChoiceList
                    title={t('markets.languages')}
                    allowMultiple
                    choices={loaderData.languages}
                    selected={chosenLanguages}
                    onChange={setLanguages}
                    error={error('languages')}
                  />
                  <Select
                    label={t('markets.defaultLanguage')}
                    name="defaultLanguage"
                    options={loaderData.languages.filter((l) => chosenLanguages.includes(l.value))}
                    value={v.defaultLanguage}
                    onChange={set('defaultLanguage')}
                    error={error('defaultLanguage')}
                  />
                  <Checkbox label={t('markets.enabled')} checked={v.enabled} onChange={set('enabled')} />
                  <Checkbox
                    label={t('markets.taxInclusive')}
                    helpText={t('markets.taxInclusiveHelp')}
                    checked={v.taxInclusive}
                    onChange={set('taxInclusive')}
                  />
                </FormLayout>
              </Card>
              <Card>
                <BlockStack gap="400">
                  <Text as="h2" variant="headingMd">
                    {t('markets.pricingRules')}
                  </Text>
                  <FormLayout>
                    <InlineGrid columns={2} gap="400">
                      <TextField
                        label={t('markets.adjustment')}
                        name="adjustmentPercent"
                        value={v.adjustmentPercent}
                        onChange={set('adjustmentPercent')}
                        suffix="%"
                        autoComplete="off"
                        inputMode="decimal"
                        error={error('adjustmentPercent')}
                      />
                      <Select
                        label={t('markets.rounding')}
                        name="rounding"
                        options={ROUNDING_CHOICES.map((c) => ({ label: roundingLabel(t, c), value: c }))}
                        value={v.rounding}
                        onChange={set('rounding')}
                        error={error('rounding')}
                      />
                    </InlineGrid>
                    <InlineGrid columns={2} gap="400">
                      <TextField
                        label={t('markets.marginFloor')}
                        name="marginFloorPercent"
                        value={v.marginFloorPercent}
                        onChange={set('marginFloorPercent')}
                        suffix="%"
                        autoComplete="off"
                        inputMode="decimal"
                        helpText={t('markets.marginFloorHelp')}
                        error={error('marginFloorPercent')}
                      />
                      <Select
                        label={t('markets.compareAtMode')}
                        name="compareAtMode"
                        options={[
                          { label: t('markets.compareAtAdjust'), value: 'adjust' },
                          { label: t('markets.compareAtDrop'), value: 'drop' },
                        ]}
                        value={v.compareAtMode}
                        onChange={(value) => set('compareAtMode')(value as 'adjust' | 'drop')}
                      />
                    </InlineGrid>
                    <Select
                      label={t('markets.incoterm')}
                      name="incoterm"
                      helpText={t('markets.incotermHelp')}
                      options={[
                        { label: t('orders.incoterm.DDP'), value: 'DDP' },
                        { label: t('orders.incoterm.DAP'), value: 'DAP' },
                      ]}
                      value={v.incoterm}
                      onChange={(value) => set('incoterm')(value as 'DDP' | 'DAP')}
                    />
                    <InlineGrid columns={2} gap="400">
                      <TextField
                        label={t('markets.returnWindowDays')}
                        name="returnWindowDays"
                        value={v.returnWindowDays}
                        onChange={set('returnWindowDays')}
                        suffix={t('markets.days')}
                        autoComplete="off"
                        inputMode="numeric"
                        helpText={t('markets.returnWindowHelp')}
                        error={error('returnWindowDays')}
                      />
                      <Select
                        label={t('markets.returnShippingFee')}
                        name="returnShippingFee"
                        options={[
                          { label: t('markets.returnFree'), value: 'free' },
                          { label: t('markets.returnCustomer'), value: 'customer' },
                        ]}
                        value={v.returnShippingFee}
                        onChange={(value) => set('returnShippingFee')(value as 'free' | 'customer')}
                      />
                    </InlineGrid>
                  </FormLayout>
                </BlockStack>
              </Card>
              <Button submit variant="primary" loading={saving}>
                {t('markets.save')}
              </Button>
            </BlockStack>
          </Layout.Section>
        </Layout>
      </Form>
      <Box paddingBlockStart="400">
        <Schedules schedules={loaderData.schedules} csrfToken={csrfToken} />
      </Box>
    </Page>
  );
}
