import { Badge, BlockStack, Card, DataTable, InlineStack, Layout, Page, Text } from '@shopify/polaris';
import { parseRowId } from '#app/lib/row-id.ts';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { formatMoney } from '#app/lib/format.ts';
import { adminProduct } from '#app/modules/catalog/admin-products.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { toDecimalString } from '#app/modules/money/core/money.ts';
import { pricesByCountry } from '#app/modules/pricing/pricing.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.products.$id';

export const handle = { area: 'products' satisfies AdminArea };

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request, 'products');
  const id = parseRowId(params.id);
  const db = getDb();
  const found = id ? await adminProduct(db, id) : null;
  if (!found) throw data({ error: 'notFound' }, { status: 404 });
  const [config, prices] = await Promise.all([
    getMarketConfig(db),
    pricesByCountry(
      db,
      found.variants.map((v) => v.id),
    ),
  ]);
  const shop = (amount: number | null) =>
    amount == null ? null : toDecimalString({ amount, currencyCode: config.shopCurrency });
  const marketName = new Map(config.markets.map((m) => [m.id, m.name]));
  return {
    title: found.product.title,
    product: {
      title: found.product.title,
      vendor: found.product.vendor,
      productType: found.product.productType,
      status: found.product.status,
      tags: found.product.tags,
      handle: found.product.handle,
    },
    currency: config.shopCurrency,
    variants: found.variants.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      price: shop(v.priceAmount)!,
      compareAt: shop(v.compareAtAmount),
      cost: shop(v.unitCostAmount),
      inventory: v.inventoryQuantity,
      hsCode: v.hsCode,
      origin: v.countryOfOrigin,
      prices: prices
        .filter((p) => Number(p.variant_id) === v.id)
        .map((p) => ({
          market: marketName.get(Number(p.market_id)) ?? '',
          country: p.country_code,
          currency: p.currency,
          price: toDecimalString({ amount: Number(p.price), currencyCode: p.currency }),
          compareAt:
            p.compare_at == null
              ? null
              : toDecimalString({ amount: Number(p.compare_at), currencyCode: p.currency }),
          floorClamped: p.floor_clamped,
        })),
    })),
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function ProductDetail({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { product, variants, currency } = loaderData;
  const fmt = (amount: string | null, c = currency) =>
    amount == null ? '—' : formatMoney(amount, c, i18n.language);
  return (
    <Page
      title={product.title}
      backAction={{ content: t('nav.products'), url: '/app/products' }}
      titleMetadata={
        <Badge tone={product.status === 'active' ? 'success' : undefined}>
          {t(`products.statuses.${product.status}`)}
        </Badge>
      }
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  {t('products.variants')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'text', 'numeric', 'numeric', 'numeric', 'numeric', 'text']}
                  headings={[
                    t('products.variant'),
                    t('products.sku'),
                    t('products.price', { currency }),
                    t('products.compareAt'),
                    t('products.cost'),
                    t('products.inventory'),
                    t('products.customs'),
                  ]}
                  rows={variants.map((v) => [
                    v.title,
                    v.sku ?? '—',
                    fmt(v.price),
                    fmt(v.compareAt),
                    fmt(v.cost),
                    v.inventory,
                    `${v.hsCode ?? '—'} · ${v.origin ?? '—'}`,
                  ])}
                />
              </BlockStack>
            </Card>
            {variants.map((v) => (
              <Card key={v.id}>
                <BlockStack gap="200">
                  <InlineStack gap="200" blockAlign="center">
                    <Text as="h3" variant="headingSm">
                      {t('products.pricesFor', { variant: v.title })}
                    </Text>
                    <Text as="span" tone="subdued">
                      {v.sku}
                    </Text>
                  </InlineStack>
                  <DataTable
                    columnContentTypes={['text', 'text', 'numeric', 'numeric', 'text']}
                    headings={[
                      t('products.market'),
                      t('products.country'),
                      t('products.shownPrice'),
                      t('products.compareAt'),
                      '',
                    ]}
                    rows={v.prices.map((p) => [
                      p.market,
                      p.country,
                      fmt(p.price, p.currency),
                      fmt(p.compareAt, p.currency),
                      p.floorClamped ? (
                        <Badge tone="warning" key="f">
                          {t('products.floorClamped')}
                        </Badge>
                      ) : (
                        ''
                      ),
                    ])}
                  />
                </BlockStack>
              </Card>
            ))}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="p">
                <Text as="span" tone="subdued">
                  {t('products.vendor')}:{' '}
                </Text>
                {product.vendor}
              </Text>
              <Text as="p">
                <Text as="span" tone="subdued">
                  {t('products.type')}:{' '}
                </Text>
                {product.productType}
              </Text>
              <Text as="p">
                <Text as="span" tone="subdued">
                  {t('products.handle')}:{' '}
                </Text>
                {product.handle}
              </Text>
              <InlineStack gap="100">
                {product.tags.map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
              </InlineStack>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
