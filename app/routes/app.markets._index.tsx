import { Badge, Card, IndexTable, Page, Text } from '@shopify/polaris';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roundingLabel } from '#app/components/admin/rounding-label.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { roundingToChoice } from '#app/modules/markets/core/market-input.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.markets._index';

export const handle = { area: 'markets' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'markets');
  const config = await getMarketConfig(getDb());
  return {
    title: adminT(principal.locale)('nav.markets'),
    markets: config.markets.map((m) => ({
      id: m.id,
      name: m.name,
      countries: m.countries,
      currency: m.currency,
      languages: m.languages,
      enabled: m.enabled,
      taxInclusive: m.taxInclusive,
      adjustment: m.adjustmentPercent,
      rounding: roundingToChoice(m.rounding),
      rate: config.rates[m.currency]?.value ?? null,
    })),
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function MarketsIndex({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  return (
    <Page
      title={t('nav.markets')}
      secondaryActions={[
        { content: t('rates.openRates'), url: '/app/markets/rates' },
        { content: t('shipping.title'), url: '/app/markets/shipping' },
        { content: t('importRules.title'), url: '/app/markets/import-rules' },
      ]}
    >
      <Card padding="0">
        <IndexTable
          resourceName={{
            singular: t('markets.resourceName.singular'),
            plural: t('markets.resourceName.plural'),
          }}
          itemCount={loaderData.markets.length}
          selectable={false}
          headings={[
            { title: t('markets.name') },
            { title: t('markets.countries') },
            { title: t('markets.currency') },
            { title: t('markets.adjustment') },
            { title: t('markets.rounding') },
            { title: t('markets.status') },
          ]}
        >
          {loaderData.markets.map((m, i) => (
            <IndexTable.Row
              id={String(m.id)}
              key={m.id}
              position={i}
              onClick={() => navigate(`/app/markets/${m.id}`)}
            >
              <IndexTable.Cell>
                <Text as="span" fontWeight="semibold">
                  {m.name}
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>{m.countries.join(', ')}</IndexTable.Cell>
              <IndexTable.Cell>
                {m.currency}
                {m.rate ? ` · ${Number(m.rate)}` : ''}
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" numeric>
                  {Number(m.adjustment) > 0 ? '+' : ''}
                  {Number(m.adjustment)}%
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>{roundingLabel(t, m.rounding)}</IndexTable.Cell>
              <IndexTable.Cell>
                {m.enabled ? (
                  <Badge tone="success">{t('markets.enabled')}</Badge>
                ) : (
                  <Badge>{t('markets.disabled')}</Badge>
                )}
                {m.taxInclusive ? <Badge tone="info">{t('markets.taxInclusiveShort')}</Badge> : null}
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
    </Page>
  );
}
