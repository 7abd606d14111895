import { BlockStack, Card, InlineGrid, Layout, Page, SkeletonBodyText, Text } from '@shopify/polaris';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Await } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { catalogCounts } from '#app/modules/catalog/stats.server.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { staffCount } from '#app/modules/staff/staff.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app._index';

export const handle = { area: 'home' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'home');
  const db = getDb();
  // Counts stream in after the shell (skeleton meanwhile).
  const counts = Promise.all([catalogCounts(db), getMarketConfig(db), staffCount(db)]).then(
    ([catalog, config, staff]) => ({
      ...catalog,
      markets: config.markets.filter((m) => m.enabled).length,
      languages: new Set(allLocales(config).map((l) => l.language)).size,
      staff,
    }),
  );
  return { name: principal.name, title: adminT(principal.locale)('nav.home'), counts };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

const TILES = ['products', 'variants', 'collections', 'markets', 'languages', 'staff'] as const;

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  return (
    <Page title={t('home.title', { name: loaderData.name })} subtitle={t('home.subtitle')}>
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, sm: 2, md: 3 }} gap="400">
            {TILES.map((key) => (
              <Card key={key}>
                <BlockStack gap="200">
                  <Text as="h2" variant="headingSm" tone="subdued">
                    {t(`home.${key}`)}
                  </Text>
                  <Suspense fallback={<SkeletonBodyText lines={1} />}>
                    <Await resolve={loaderData.counts}>
                      {(counts) => (
                        <Text as="p" variant="heading2xl" numeric>
                          {new Intl.NumberFormat().format(counts[key])}
                        </Text>
                      )}
                    </Await>
                  </Suspense>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
