import {
  Badge,
  BlockStack,
  Box,
  Button,
  Card,
  Layout,
  Link as PolarisLink,
  List,
  Page,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminForm, invalid, saved } from '#app/admin/form.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { publicOrigin } from '#app/lib/origin.server.ts';
import { resourceOfGid } from '#app/modules/seo/core/fields.ts';
import { robotsTxt } from '#app/modules/seo/core/robots.ts';
import { hiddenResources, robotsExtra, setRobotsExtra } from '#app/modules/seo/settings.server.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.indexing';

export const handle = { area: 'seo' satisfies AdminArea };

/** Indexing controls: the merchant's robots.txt rules, and every page hidden from search or the sitemap. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const [extra, hidden] = await Promise.all([robotsExtra(db), hiddenResources(db)]);
  const resources = await Promise.all(
    hidden.map(async (h) => {
      const ref = resourceOfGid(h.gid);
      const [subject] = ref ? await loadSubjects(db, ref.type, [ref.id]) : [];
      return ref && subject
        ? { ...ref, title: subject.title, noindex: h.noindex, sitemapExclude: h.sitemapExclude }
        : null;
    }),
  );
  return {
    title: adminT(principal.locale)('seo.indexing.title'),
    extra,
    sitemapUrl: `${publicOrigin(request)}/sitemap.xml`,
    hidden: resources.filter((r) => r != null),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'seo');
  // The module checks the rules line by line; the page lists every problem with its line next to the field.
  const result = await setRobotsExtra(getDb(), String(form.get('robots') ?? ''));
  if (!result.ok)
    return invalid(
      'robots',
      { robots: result.problems[0]?.code ?? 'unknownDirective' },
      { extra: { problems: result.problems } },
    );
  return saved('robots', { key: 'seo.indexing.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function SeoIndexing({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [rules, setRules] = useState(d.extra);
  useOnChange(d.extra, setRules);
  const problems = fetcher.data && !fetcher.data.ok ? fetcher.data.problems : [];
  return (
    <Page title={d.title}>
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('seo.indexing.robotsTitle')}
              </Text>
              <TextField
                label={t('seo.indexing.rules')}
                helpText={t('seo.indexing.rulesHelp')}
                value={rules}
                onChange={setRules}
                multiline={6}
                autoComplete="off"
                monospaced
                error={
                  problems.length
                    ? problems.map((p) => t(`seo.indexing.problems.${p.code}`, { line: p.line })).join(' ')
                    : undefined
                }
              />
              <Box>
                <Button
                  variant="primary"
                  loading={fetcher.state !== 'idle'}
                  onClick={() => fetcher.submit({ robots: rules, csrf: csrfToken }, { method: 'post' })}
                >
                  {t('seo.editor.save')}
                </Button>
              </Box>
              <Text as="h3" variant="headingSm">
                {t('seo.indexing.preview')}
              </Text>
              <pre
                data-testid="robots-preview"
                style={{
                  background: 'var(--p-color-bg-surface-secondary)',
                  padding: 12,
                  borderRadius: 8,
                  overflowX: 'auto',
                  margin: 0,
                }}
              >
                {robotsTxt(rules, d.sitemapUrl)}
              </pre>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">
                {t('seo.indexing.hiddenTitle')}
              </Text>
              {d.hidden.length === 0 ? (
                <Text as="p" tone="subdued">
                  {t('seo.indexing.noneHidden')}
                </Text>
              ) : (
                <List>
                  {d.hidden.map((r) => (
                    <List.Item key={`${r.type}${r.id}`}>
                      <PolarisLink url={`/app/seo/${r.type}/${r.id}`}>
                        {r.type === 'home' ? t('seo.types.home') : r.title}
                      </PolarisLink>{' '}
                      {r.noindex ? <Badge tone="warning">{t('seo.indexing.noindex')}</Badge> : null}{' '}
                      {r.sitemapExclude ? <Badge>{t('seo.indexing.notInSitemap')}</Badge> : null}
                    </List.Item>
                  ))}
                </List>
              )}
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
