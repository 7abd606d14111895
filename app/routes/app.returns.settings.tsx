import {
  BlockStack,
  Button,
  Card,
  Checkbox,
  FormLayout,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher, useNavigate } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { parseRowId } from '#app/lib/row-id.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { policyInput } from '#app/modules/returns/core/policy-input.ts';
import { returnPolicy, savePolicy } from '#app/modules/returns/policies.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.returns.settings';

export const handle = { area: 'returns' satisfies AdminArea };

async function marketOf(db: ReturnType<typeof getDb>, raw: string | null) {
  const config = await getMarketConfig(db);
  const id = parseRowId(raw ?? '');
  return { config, market: config.markets.find((m) => m.id === id) ?? config.markets[0] };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'returns');
  const db = getDb();
  const { config, market } = await marketOf(db, new URL(request.url).searchParams.get('market'));
  if (!market) throw new Response(null, { status: 404 });
  const policy = await returnPolicy(db, market);
  const r = policy.row;
  const a = r.returnAddress;
  return {
    title: adminT(principal.locale)('returns.settings.title'),
    markets: config.markets.map((m) => ({ label: m.name, value: String(m.id) })),
    market: {
      id: market.id,
      currency: market.currency,
      windowDays: market.returnWindowDays,
      shippingPaidBy: market.returnShippingFee,
      eu: policy.rules.eu,
    },
    values: {
      graceDays: String(r.graceDays),
      returnShippingFee: toDecimalString({ amount: r.returnShippingFee, currencyCode: market.currency }),
      restockingFeePercent: String(r.restockingFeeBps / 100),
      storeCreditBonusPercent: String(r.storeCreditBonusBps / 100),
      storeCreditExpiryDays: r.storeCreditExpiryDays == null ? '' : String(r.storeCreditExpiryDays),
      finalSaleTags: r.finalSaleTags.join(', '),
      finalSaleCollections: r.finalSaleCollections.join(', '),
      nonReturnableTags: r.nonReturnableTags.join(', '),
      excludeDiscounted: r.excludeDiscounted,
      refundDuties: r.refundDuties,
      refundShipping: r.refundShipping,
      addressName: a?.name ?? '',
      address1: a?.address1 ?? '',
      address2: a?.address2 ?? '',
      city: a?.city ?? '',
      zip: a?.zip ?? '',
      countryCode: a?.countryCode ?? '',
    },
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'returns');
  const db = getDb();
  const { market } = await marketOf(db, String(form.get('marketId') ?? ''));
  if (!market || String(market.id) !== String(form.get('marketId')))
    return invalid('save', { form: 'notFound' }, { status: 404 });
  const parsed = parseForm(form, policyInput(market.currency));
  if (!parsed.ok) return invalid('save', parsed.errors);
  const v = parsed.value;
  await savePolicy(db, {
    marketId: market.id,
    graceDays: v.graceDays,
    returnShippingFee: v.returnShippingFee,
    restockingFeeBps: v.restockingFeePercent,
    storeCreditBonusBps: v.storeCreditBonusPercent,
    storeCreditExpiryDays: v.storeCreditExpiryDays,
    finalSaleTags: v.finalSaleTags,
    finalSaleCollections: v.finalSaleCollections,
    nonReturnableTags: v.nonReturnableTags,
    excludeDiscounted: v.excludeDiscounted,
    refundDuties: v.refundDuties,
    refundShipping: v.refundShipping,
    returnAddress: v.address1
      ? {
          name: v.addressName,
          address1: v.address1,
          ...(v.address2 ? { address2: v.address2 } : {}),
          city: v.city,
          zip: v.zip,
          countryCode: v.countryCode,
        }
      : null,
  });
  return saved('save', { key: 'returns.settings.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Values = Route.ComponentProps['loaderData']['values'];

export default function ReturnSettings({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  // A new market's values replace the form's (the key remounts it).
  return (
    <Page title={d.title} backAction={{ content: t('nav.returns'), url: '/app/returns' }}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <Select
                label={t('orders.market')}
                options={d.markets}
                value={String(d.market.id)}
                onChange={(v) => navigate(`/app/returns/settings?market=${v}`)}
              />
            </Card>
            <PolicyForm key={d.market.id} market={d.market} initial={d.values} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function PolicyForm({
  market,
  initial,
}: {
  market: Route.ComponentProps['loaderData']['market'];
  initial: Values;
}) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'returns.settings.errors');
  const [v, setV] = useState(initial);
  const text = (name: keyof Values, label: string, help?: string, suffix?: string) => (
    <TextField
      label={label}
      name={name}
      value={String(v[name])}
      onChange={(value) => setV({ ...v, [name]: value })}
      autoComplete="off"
      helpText={help}
      suffix={suffix}
      error={error(name)}
    />
  );
  const check = (
    name: 'excludeDiscounted' | 'refundDuties' | 'refundShipping',
    label: string,
    help?: string,
  ) => (
    <>
      <input type="hidden" name={name} value={v[name] ? 'true' : 'false'} />
      <Checkbox label={label} helpText={help} checked={v[name]} onChange={(c) => setV({ ...v, [name]: c })} />
    </>
  );
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="marketId" value={market.id} />
      <BlockStack gap="400">
        <Card>
          <BlockStack gap="200">
            <Text as="h2" variant="headingMd">
              {t('returns.settings.window')}
            </Text>
            <Text as="p">
              {t('returns.settings.windowIs', { count: market.windowDays })}{' '}
              {t(`returns.settings.paidBy.${market.shippingPaidBy}`)}{' '}
              <Link url={`/app/markets/${market.id}`}>{t('returns.settings.editMarket')}</Link>
            </Text>
            {market.eu ? (
              <Text as="p" tone="subdued">
                {t('returns.settings.euFloor')}
              </Text>
            ) : null}
          </BlockStack>
        </Card>
        <Card>
          <FormLayout>
            {text('graceDays', t('returns.settings.graceDays'), t('returns.settings.graceDaysHelp'))}
            {text(
              'returnShippingFee',
              t('returns.settings.returnShippingFee'),
              market.shippingPaidBy === 'customer'
                ? t('returns.settings.returnShippingFeeHelp')
                : t('returns.settings.returnShippingFeeFree'),
              market.currency,
            )}
            {text('restockingFeePercent', t('returns.settings.restockingFee'), undefined, '%')}
            {check(
              'refundDuties',
              t('returns.settings.refundDuties'),
              t('returns.settings.refundDutiesHelp'),
            )}
            {check('refundShipping', t('returns.settings.refundShipping'))}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('returns.settings.storeCredit')}
            </Text>
            {text(
              'storeCreditBonusPercent',
              t('returns.settings.creditBonus'),
              t('returns.settings.creditBonusHelp'),
              '%',
            )}
            {text(
              'storeCreditExpiryDays',
              t('returns.settings.creditExpiry'),
              t('returns.settings.creditExpiryHelp'),
            )}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('returns.settings.exclusions')}
            </Text>
            {text('finalSaleTags', t('returns.settings.finalSaleTags'), t('returns.settings.commaList'))}
            {text(
              'finalSaleCollections',
              t('returns.settings.finalSaleCollections'),
              t('returns.settings.commaList'),
            )}
            {text(
              'nonReturnableTags',
              t('returns.settings.nonReturnableTags'),
              t('returns.settings.nonReturnableHelp'),
            )}
            {check(
              'excludeDiscounted',
              t('returns.settings.excludeDiscounted'),
              market.eu ? t('returns.settings.euExclusions') : undefined,
            )}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('returns.settings.address')}
            </Text>
            {text('addressName', t('returns.settings.addressName'))}
            {text('address1', t('returns.settings.address1'))}
            {text('address2', t('returns.settings.address2'))}
            <FormLayout.Group>
              {text('zip', t('returns.settings.zip'))}
              {text('city', t('returns.settings.city'))}
              {text('countryCode', t('returns.settings.countryCode'))}
            </FormLayout.Group>
          </FormLayout>
        </Card>
        {error('form') ? (
          <Text as="p" tone="critical">
            {error('form')}
          </Text>
        ) : null}
        <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
          {t('returns.settings.save')}
        </Button>
      </BlockStack>
    </fetcher.Form>
  );
}
