import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  DataTable,
  InlineStack,
  Layout,
  Link as PolarisLink,
  Page,
  Pagination,
  Select,
  Text,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher, useNavigate, useSearchParams } from 'react-router';
import { adminForm, invalid, saved } from '#app/admin/form.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { z } from 'zod';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { jobView, latestJob } from '#app/modules/jobs/jobs.server.ts';
import { hreflangOf, localeTag } from '#app/modules/markets/core/locale.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { auditIssues, enqueueSeoAudit, listAudits, SEO_AUDIT_JOB } from '#app/modules/seo/audit.server.ts';
import { AUDIT_CODES } from '#app/modules/seo/core/audit.ts';
import { resourceOfGid, type SeoResourceType } from '#app/modules/seo/core/fields.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import { JobProgress } from '#app/components/admin/job-progress.tsx';
import type { Route } from './+types/app.seo.audit';
import { formatDate } from '#app/lib/format.ts';

export const handle = { area: 'seo' satisfies AdminArea };
const PAGE = 50;

const Query = z.object({
  locale: z.string().max(20).optional().catch(undefined),
  code: z.enum(AUDIT_CODES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The SEO audit: run it per locale as a job, see each locale's score, drill into its issues. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'seo');
  const db = getDb();
  const params = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const locales = allLocales(await getMarketConfig(db)).map((l) => ({
    tag: localeTag(l),
    language: l.language,
    country: l.country,
  }));
  const [audits, job] = await Promise.all([listAudits(db), latestJob(db, [SEO_AUDIT_JOB])]);
  const selected = locales.find((l) => l.tag === params.locale) ?? null;
  const audit = selected ? (audits.find((a) => a.locale === selected.tag) ?? null) : null;
  return {
    title: adminT(principal.locale)('seoAudit.title'),
    job: jobView(job),
    locales,
    audits: audits.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    drill:
      selected && audit
        ? {
            locale: selected,
            counts: audit.counts,
            code: params.code ?? null,
            page: params.page,
            ...(await drillDown(audit.id, selected.language, params.code, params.page)),
          }
        : null,
  };
}

async function drillDown(auditId: number, language: string, code: string | undefined, page: number) {
  const db = getDb();
  const { total, items } = await auditIssues(db, auditId, { code, offset: (page - 1) * PAGE, limit: PAGE });
  // Resource titles for this page of issues (and the pages a duplicate is shared with), one query per type.
  const gids = new Set(
    items.flatMap((i) => [i.gid, ...(typeof i.detail.otherGid === 'string' ? [i.detail.otherGid] : [])]),
  );
  const byType = new Map<SeoResourceType, number[]>();
  for (const gid of gids) {
    const ref = resourceOfGid(gid);
    if (ref) byType.set(ref.type, [...(byType.get(ref.type) ?? []), ref.id]);
  }
  const titles = new Map<string, string>();
  for (const [type, ids] of byType)
    for (const s of await loadSubjects(db, type, ids)) titles.set(s.gid, s.title);
  const resource = (gid: string) => {
    const ref = resourceOfGid(gid);
    return (
      ref && {
        ...ref,
        title: titles.get(gid) ?? gid,
        url: `/app/seo/${ref.type}/${ref.id}?language=${encodeURIComponent(language)}`,
      }
    );
  };
  return {
    total,
    items: items.map((i) => ({
      ...i,
      resource: resource(i.gid),
      other: typeof i.detail.otherGid === 'string' ? resource(i.detail.otherGid) : null,
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { auth, form } = await adminForm(request, 'seo');
  const db = getDb();
  const choice = String(form.get('locale') ?? 'all');
  const tags = allLocales(await getMarketConfig(db)).map(localeTag);
  if (choice !== 'all' && !tags.includes(choice)) return invalid('run', { locale: 'unknownLocale' });
  const running = await latestJob(db, [SEO_AUDIT_JOB]);
  if (running?.status === 'queued' || running?.status === 'running')
    return invalid('run', { form: 'alreadyRunning' }, { status: 409 });
  await enqueueSeoAudit(db, choice === 'all' ? null : [choice], auth.principal.id);
  // The job's progress shows on the page: no toast.
  return saved('run', null);
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Loaded = Route.ComponentProps['loaderData'];
type LocaleRef = { language: string; country: string };
const scoreTone = (score: number) => (score >= 90 ? 'success' : score >= 70 ? 'warning' : 'critical');

export default function SeoAudit({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const runner = useFetcher<typeof action>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [choice, setChoice] = useState('all');
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const when = (iso: string) => formatDate(iso, i18n.language, 'dateTime');
  const localeName = (l: LocaleRef) => localeDisplayName(l, i18n.language);
  const go = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v == null) next.delete(k);
      else next.set(k, v);
    navigate(`?${next}`, { preventScrollReset: true });
  };
  const active = d.job?.status === 'queued' || d.job?.status === 'running';
  const error = useFieldErrors(runner.data, 'seoAudit.problems', 'run');
  const problem = error('locale') ?? error('form');
  const rows = d.locales.map((l) => {
    const a = d.audits.find((x) => x.locale === l.tag);
    return [
      <PolarisLink key={l.tag} url={`?locale=${encodeURIComponent(l.tag)}`} removeUnderline>
        {localeName(l)}
      </PolarisLink>,
      a ? (
        <Badge tone={scoreTone(a.score)}>{number(a.score)}</Badge>
      ) : (
        <Text as="span" tone="subdued">
          {t('seoAudit.notAudited')}
        </Text>
      ),
      a ? number(a.pagesChecked) : '',
      a ? number(a.errors) : '',
      a ? number(a.warnings) : '',
      a ? when(a.createdAt) : '',
    ];
  });
  return (
    <Page title={d.title} subtitle={t('seoAudit.subtitle')}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">
                  {t('seoAudit.localesTitle')}
                </Text>
                <DataTable
                  columnContentTypes={['text', 'numeric', 'numeric', 'numeric', 'numeric', 'text']}
                  headings={[
                    t('seoAudit.columns.locale'),
                    t('seoAudit.columns.score'),
                    t('seoAudit.columns.pages'),
                    t('seoAudit.columns.errors'),
                    t('seoAudit.columns.warnings'),
                    t('seoAudit.columns.when'),
                  ]}
                  rows={rows}
                />
                <Text as="p" tone="subdued">
                  {t('seoAudit.scoreHelp')}
                </Text>
              </BlockStack>
            </Card>
            {params.get('locale') ? <DrillDown drill={d.drill} localeName={localeName} go={go} /> : null}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('seoAudit.runTitle')}
              </Text>
              <Text as="p" tone="subdued">
                {t('seoAudit.runHelp')}
              </Text>
              <JobProgress job={d.job} />
              <runner.Form method="post">
                <BlockStack gap="300">
                  <input type="hidden" name="csrf" value={csrfToken} />
                  <Select
                    label={t('seoAudit.locale')}
                    name="locale"
                    value={choice}
                    onChange={setChoice}
                    options={[
                      { value: 'all', label: t('seoAudit.allLocales') },
                      ...d.locales.map((l) => ({ value: l.tag, label: localeName(l) })),
                    ]}
                  />
                  <Box>
                    <Button submit variant="primary" loading={runner.state !== 'idle'} disabled={active}>
                      {t('seoAudit.run')}
                    </Button>
                  </Box>
                  {problem ? <Banner tone="critical">{problem}</Banner> : null}
                </BlockStack>
              </runner.Form>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function DrillDown({
  drill: audit,
  localeName,
  go,
}: {
  drill: Loaded['drill'];
  localeName: (l: LocaleRef) => string;
  go: (patch: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation('admin');
  if (!audit)
    return (
      <Card>
        <Text as="p" tone="subdued">
          {t('seoAudit.noAuditYet')}
        </Text>
      </Card>
    );
  const counts: Record<string, number> = audit.counts;
  const pages = Math.max(1, Math.ceil(audit.total / PAGE));
  const codeOptions = [
    { value: '', label: t('seoAudit.allCodes') },
    ...AUDIT_CODES.filter((c) => (counts[c] ?? 0) > 0 || c === audit.code).map((c) => ({
      value: c,
      label: t('seoAudit.codeOption', { label: t(`seoAudit.codes.${c}`), count: counts[c] ?? 0 }),
    })),
  ];
  const rows = audit.items.map((issue) => [
    issue.resource ? (
      <BlockStack key={issue.id} gap="050">
        <Text as="span" fontWeight="semibold">
          {issue.resource.type === 'home' ? t('seoAudit.home') : issue.resource.title}
        </Text>
        {issue.resource.type === 'home' ? null : (
          <Text as="span" tone="subdued">
            {t(`seoAudit.types.${issue.resource.type}`)}
          </Text>
        )}
      </BlockStack>
    ) : (
      issue.gid
    ),
    <BlockStack key={`m${issue.id}`} gap="100">
      <InlineStack gap="200">
        <Badge tone={issue.severity === 'error' ? 'critical' : 'warning'}>
          {t(`seoAudit.severity.${issue.severity}`)}
        </Badge>
        <Text as="span">{t(`seoAudit.codes.${issue.code}`)}</Text>
      </InlineStack>
      <Text as="p" tone="subdued">
        {t(`seoAudit.messages.${issue.code}`, {
          ...issue.detail,
          context: typeof issue.detail.reason === 'string' ? issue.detail.reason : undefined,
          count: typeof issue.detail.count === 'number' ? issue.detail.count : undefined,
        })}
      </Text>
      {issue.other ? (
        <Text as="p" tone="subdued">
          {t('seoAudit.sharedWith')}{' '}
          <PolarisLink url={issue.other.url}>
            {issue.other.type === 'home' ? t('seoAudit.home') : issue.other.title}
          </PolarisLink>
        </Text>
      ) : null}
    </BlockStack>,
    issue.resource ? (
      <PolarisLink
        key={`f${issue.id}`}
        url={issue.resource.url}
        accessibilityLabel={t('seoAudit.fixLabel', { title: issue.resource.title })}
      >
        {t('seoAudit.fix')}
      </PolarisLink>
    ) : (
      ''
    ),
  ]);
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="end" wrap>
          <Text as="h2" variant="headingMd">
            {t('seoAudit.issuesTitle', { locale: localeName(audit.locale) })}
          </Text>
          <Box minWidth="16rem">
            <Select
              label={t('seoAudit.filter')}
              options={codeOptions}
              value={audit.code ?? ''}
              onChange={(code) => go({ code: code || null, page: null })}
            />
          </Box>
        </InlineStack>
        {audit.items.length === 0 ? (
          <Text as="p" tone="subdued">
            {t('seoAudit.noIssues')}
          </Text>
        ) : (
          <DataTable
            columnContentTypes={['text', 'text', 'text']}
            headings={[t('seoAudit.columns.page'), t('seoAudit.columns.issue'), '']}
            rows={rows}
            verticalAlign="top"
          />
        )}
        <InlineStack align="space-between" blockAlign="center">
          <Text as="p" tone="subdued">
            {t('seoAudit.issueCount', { count: audit.total })}
          </Text>
          <Pagination
            hasPrevious={audit.page > 1}
            onPrevious={() => go({ page: String(audit.page - 1) })}
            hasNext={audit.page < pages}
            onNext={() => go({ page: String(audit.page + 1) })}
            label={t('seoAudit.pageOf', { page: audit.page, pages })}
            accessibilityLabels={{ previous: t('seoAudit.previousPage'), next: t('seoAudit.nextPage') }}
          />
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

/** "German (Austria)": the language without its own region, so zh-CN in Singapore is "Chinese (Singapore)". */
function localeDisplayName(l: LocaleRef, uiLanguage: string): string {
  const tag = hreflangOf(l);
  try {
    return (
      new Intl.DisplayNames([uiLanguage], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? tag
    );
  } catch {
    return tag;
  }
}
