import {
  Badge,
  BlockStack,
  Card,
  IndexTable,
  InlineStack,
  Link as PolarisLink,
  Page,
  Pagination,
  Select,
  Tabs,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { SEO_RESOURCE_TYPES } from '#app/modules/seo/core/fields.ts';
import { contentLanguages, listResources } from '#app/modules/seo/workspace.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { languageName } from '#app/lib/language-name.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';
import type { Route } from './+types/app.seo._index';

export const handle = { area: 'seo' satisfies AdminArea };
const PAGE = 50;

const Query = z.object({
  type: z.enum(SEO_RESOURCE_TYPES).catch('product'),
  language: z.string().max(10).optional().catch(undefined),
  q: z.string().max(100).catch(''),
  after: z.coerce.number().int().min(0).max(2_147_483_647).optional().catch(undefined),
});

/** Search listings: every resource of a type with its translation status and warnings in a language. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const config = await getMarketConfig(db);
  const params = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const languages = contentLanguages(config);
  const language =
    params.language && languages.includes(params.language) ? params.language : config.shopLanguage;
  const list = await listResources(db, config, params.type, {
    language,
    query: params.q,
    after: params.after,
    limit: PAGE,
  });
  return {
    title: adminT(principal.locale)('seo.title'),
    type: params.type,
    language,
    languages,
    sourceLanguage: config.shopLanguage,
    q: params.q,
    after: params.after ?? null,
    ...list,
  };
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function SeoOverview({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState(d.q);
  useOnChange(d.q, setQuery);
  const go = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v == null || v === '') next.delete(k);
      else next.set(k, v);
    if (!('after' in patch)) next.delete('after');
    navigate(`?${next}`);
  };
  const tabs = SEO_RESOURCE_TYPES.map((type) => ({ id: `seo-${type}`, content: t(`seo.types.${type}`) }));
  const isSource = d.language === d.sourceLanguage;
  return (
    <Page title={d.title} subtitle={t('seo.subtitle')}>
      <BlockStack gap="400">
        <Card padding="0">
          <Tabs
            tabs={tabs}
            selected={SEO_RESOURCE_TYPES.indexOf(d.type)}
            onSelect={(i) => go({ type: SEO_RESOURCE_TYPES[i]!, q: null })}
          />
          <div style={{ padding: 'var(--p-space-300)' }}>
            <InlineStack gap="300" wrap>
              <div style={{ minWidth: '14rem' }}>
                <Select
                  label={t('seo.language')}
                  options={d.languages.map((l) => ({
                    value: l,
                    label: `${languageName(l, i18n.language)}${l === d.sourceLanguage ? ` · ${t('seo.source')}` : ''}`,
                  }))}
                  value={d.language}
                  onChange={(language) => go({ language })}
                />
              </div>
              {d.type !== 'home' ? (
                <div style={{ minWidth: '18rem' }}>
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      go({ q: query });
                    }}
                  >
                    <TextField
                      label={t('seo.search')}
                      name="q"
                      autoComplete="off"
                      value={query}
                      onChange={setQuery}
                      clearButton
                      onClearButtonClick={() => go({ q: null })}
                    />
                  </form>
                </div>
              ) : null}
            </InlineStack>
          </div>
          <IndexTable
            resourceName={{ singular: t(`seo.types.${d.type}`), plural: t(`seo.types.${d.type}`) }}
            itemCount={d.items.length}
            selectable={false}
            headings={[
              { title: t('seo.columns.title') },
              { title: t('seo.columns.handle') },
              { title: t('seo.columns.translation') },
              { title: t('seo.columns.warnings') },
            ]}
          >
            {d.items.map((item, index) => (
              <IndexTable.Row id={String(item.id)} key={item.id} position={index}>
                <IndexTable.Cell>
                  <PolarisLink
                    url={`/app/seo/${item.type}/${item.id}?language=${encodeURIComponent(d.language)}`}
                    removeUnderline
                    dataPrimaryLink
                  >
                    <Text as="span" fontWeight="semibold">
                      {item.type === 'home' ? t('seo.types.home') : item.title}
                    </Text>
                  </PolarisLink>
                </IndexTable.Cell>
                <IndexTable.Cell>{item.handle ?? '—'}</IndexTable.Cell>
                <IndexTable.Cell>
                  {isSource ? (
                    <Badge>{t('seo.status.source')}</Badge>
                  ) : (
                    <InlineStack gap="100">
                      {item.missing ? (
                        <Badge tone="attention">
                          {t('seo.status.missingCount', { count: item.missing })}
                        </Badge>
                      ) : null}
                      {item.outdated ? (
                        <Badge tone="warning">
                          {t('seo.status.outdatedCount', { count: item.outdated })}
                        </Badge>
                      ) : null}
                      {!item.missing && !item.outdated ? (
                        <Badge tone="success">{t('seo.status.current')}</Badge>
                      ) : null}
                    </InlineStack>
                  )}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {item.warnings ? (
                    <Badge tone="warning">{t('seo.warningCount', { count: item.warnings })}</Badge>
                  ) : (
                    <Badge tone="success">{t('seo.noWarnings')}</Badge>
                  )}
                </IndexTable.Cell>
              </IndexTable.Row>
            ))}
          </IndexTable>
          <div style={{ padding: 'var(--p-space-300)' }}>
            <InlineStack align="space-between" blockAlign="center">
              <Text as="p" tone="subdued">
                {t('seo.totalCount', { count: d.total })}
              </Text>
              <Pagination
                hasPrevious={d.after != null}
                onPrevious={() => go({ after: null })}
                hasNext={d.next != null}
                onNext={() => go({ after: String(d.next) })}
                accessibilityLabels={{ previous: t('seo.firstPage'), next: t('seo.nextPage') }}
              />
            </InlineStack>
          </div>
        </Card>
      </BlockStack>
    </Page>
  );
}
