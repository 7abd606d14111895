import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineError,
  InlineStack,
  Layout,
  Page,
  Select,
  Tabs,
  Text,
  TextField,
  Thumbnail,
} from '@shopify/polaris';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Form, useActionData, useNavigate, useNavigation } from 'react-router';
import { z } from 'zod';
import { invalid, parseForm, readAdminForm, saved } from '#app/admin/form.server.ts';
import type { FieldErrors } from '#app/admin/field-errors.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminT } from '#app/admin/admin-data.server.ts';
import { textDirection } from '#app/modules/markets/core/locale.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { fieldsOf, SEO_RESOURCE_TYPES, type SeoField } from '#app/modules/seo/core/fields.ts';
import { checkSeo } from '#app/modules/seo/core/seo-checks.ts';
import { renderedTitle } from '#app/modules/seo/core/page-title.ts';
import { loadSubjects } from '#app/modules/seo/subjects.server.ts';
import { undoRevision } from '#app/modules/seo/revisions.server.ts';
import {
  applySeoChanges,
  confirmTranslations,
  setIndexing,
  type SeoChange,
} from '#app/modules/seo/seo-fields.server.ts';
import { contentLanguages, editorData } from '#app/modules/seo/workspace.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { loadTranslations } from '#app/modules/translations/translations.server.ts';
import { htmlToText } from '#app/lib/html-text.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import { PRODUCT_IMAGE_WIDTHS } from '#app/db/seed/images.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { languageName } from '#app/lib/language-name.ts';
import { SerpPreview } from '#app/components/admin/seo/serp-preview.tsx';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.seo.$type.$id';
import { formatDate } from '#app/lib/format.ts';
import { useOnChange } from '#app/admin/use-on-change.ts';

export const handle = { area: 'seo' satisfies AdminArea };

const Params = z.object({
  type: z.enum(SEO_RESOURCE_TYPES),
  id: z.coerce.number().int().positive().max(2_147_483_647),
});

async function context(request: Request, params: Route.LoaderArgs['params']) {
  const auth = await requireStaff(request, 'seo');
  const parsed = Params.safeParse(params);
  if (!parsed.success) throw data(null, { status: 404 });
  const db = getDb();
  const config = await getMarketConfig(db);
  return { auth, db, config, ...parsed.data };
}

/** One resource's SEO in one language: listing, handle, social card, alt texts, indexing, history. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { auth, db, config, type, id } = await context(request, params);
  const languages = contentLanguages(config);
  const asked = new URL(request.url).searchParams.get('language');
  const language = asked && languages.includes(asked) ? asked : config.shopLanguage;
  const [editor, shop] = await Promise.all([editorData(db, config, type, id, language), getShop(db)]);
  if (!editor) throw data(null, { status: 404 });
  const t = adminT(auth.principal.locale);
  const { subject } = editor;
  // The preview falls back as the storefront does: the page's own title and text in this language, else the source.
  const translated =
    type === 'home' || language === config.shopLanguage
      ? undefined
      : (await loadTranslations(db, [subject.gid], language)).get(subject.gid);
  const translatedBody = translated?.get('body_html');
  const metaDescription = editor.values.find(
    (v) => v.field === 'meta_description' && v.unitGid === subject.gid,
  )?.value;
  return {
    title: type === 'home' ? t('seo.types.home') : subject.title,
    type,
    id,
    language,
    sourceLanguage: config.shopLanguage,
    shopName: shop.name,
    origin: new URL(request.url).origin,
    storefrontPath: editor.storefrontPath,
    languages: editor.languages,
    fields: editor.values.map((v) => ({
      unitGid: v.unitGid,
      field: v.field,
      source: v.source,
      value: v.value,
      status: v.status,
    })),
    // The storefront's home page has its own default title (with the shop's name) per language and no suffix.
    pageTitle:
      type === 'home'
        ? serverT(language)('home.metaTitle', { shop: shop.name })
        : (translated?.get('title') ?? subject.title),
    pageDescription:
      translatedBody && !metaDescription
        ? htmlToText(translatedBody).slice(0, 160)
        : editor.listing.description,
    images: subject.images.map((i, n) => ({ gid: i.gid, n: n + 1 })),
    imageSrcs:
      type === 'product'
        ? Object.fromEntries(subject.images.map((i) => [i.gid, i.src]))
        : ({} as Record<string, string>),
    indexing: editor.indexing,
    revisions: editor.revisions.map((r) => ({
      id: r.id,
      field: r.field,
      language: r.locale,
      before: r.before,
      after: r.after,
      origin: r.origin,
      undone: r.undoneBy != null,
      image:
        r.resourceGid === subject.gid ? null : subject.images.findIndex((i) => i.gid === r.resourceGid) + 1,
      at: r.createdAt.toISOString(),
    })),
  };
}

const field = (form: FormData, name: string) => (form.has(name) ? String(form.get(name) ?? '') : undefined);

/**
 * The indexing card. An Open Graph image is one of the store's own images or an https:// address;
 * empty means the default (the first product image). Anything else is refused, never stored as "none".
 */
const Indexing = z.object({
  noindex: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  sitemap_exclude: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  og_image: z
    .string('invalidOgImage')
    .optional()
    .refine(
      (v) => !v || /^\/images\/[\w/-]{1,200}$/.test(v) || /^https:\/\/\S{1,500}$/.test(v),
      'invalidOgImage',
    )
    .transform((v) => v || null),
});

export async function action({ request, params }: Route.ActionArgs) {
  const { auth, db, config, type, id } = await context(request, params);
  const form = await readAdminForm(request, auth);
  const staffId = auth.principal.id;
  if (form.get('intent') === 'undo') {
    const revisionId = Number(form.get('revision'));
    if (!Number.isSafeInteger(revisionId) || revisionId <= 0) return invalid('undo', { form: 'notFound' });
    const result = await undoRevision(db, revisionId, { type, id }, { config, staffId });
    return result.ok
      ? saved('undo', { key: 'seo.editor.undone' })
      : invalid('undo', { form: result.problem }, { status: 409 });
  }
  const language = String(form.get('language') ?? '');
  if (!contentLanguages(config).includes(language)) return invalid('save', { language: 'unknownLanguage' });
  if (form.get('intent') === 'confirm') {
    const confirmed = await confirmTranslations(db, config, type, id, language);
    return saved('confirm', { key: 'seo.editor.confirmed', values: { count: confirmed } });
  }
  // Checked before any write: a bad image refuses the whole save, so nothing changes.
  const indexing = form.has('indexing') ? parseForm(form, Indexing) : null;
  if (indexing && !indexing.ok) return invalid('save', indexing.errors);
  const [current] = await loadSubjects(db, type, [id]);
  if (!current) throw data(null, { status: 404 });
  const changes: SeoChange[] = [];
  for (const f of fieldsOf(type)) {
    const value = field(form, f);
    if (value !== undefined) changes.push({ type, id, unitGid: current.gid, field: f, language, value });
  }
  for (const image of current.images) {
    const value = field(form, `alt:${image.gid}`);
    if (value !== undefined) changes.push({ type, id, unitGid: image.gid, field: 'alt', language, value });
  }
  const result = await applySeoChanges(db, changes, { origin: 'edit', staffId, config });
  if (!result.ok) {
    const problems: FieldErrors = {};
    // A length limit travels as the detail: tooLong:60.
    for (const p of result.problems)
      problems[p.change.field === 'alt' ? `alt:${p.change.unitGid}` : p.change.field] =
        p.code === 'tooLong' ? `tooLong:${p.params?.max ?? ''}` : p.code;
    return invalid('save', problems);
  }
  if (indexing?.ok) {
    await setIndexing(db, type, id, {
      noindex: indexing.value.noindex,
      sitemapExclude: indexing.value.sitemap_exclude,
      ogImage: indexing.value.og_image,
    });
  }
  return saved(
    'save',
    { key: 'seo.editor.saved', values: { count: result.changed } },
    { changed: result.changed },
  );
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Values = Record<string, string>;

/** Thumbnails use the smallest width the build generates, so they never ask for a file that does not exist. */
const THUMBNAIL_WIDTH = Math.min(...PRODUCT_IMAGE_WIDTHS);

export default function SeoEditor({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const navigate = useNavigate();
  const nav = useNavigation();
  const result = useActionData<typeof action>();
  const isSource = d.language === d.sourceLanguage;
  const dir = textDirection(d.language);
  const initial = useMemo(
    () =>
      Object.fromEntries(
        d.fields.map((f) => [f.field === 'alt' ? `alt:${f.unitGid}` : f.field, f.value ?? '']),
      ) as Values,
    [d.fields],
  );
  const [values, setValues] = useState<Values>(initial);
  const [indexing, setIndexingState] = useState(d.indexing);
  useOnChange(initial, setValues);
  useOnChange(d.indexing, setIndexingState);
  const problem = useFieldErrors(result, 'seo.problems', 'save');
  const undoProblem = useFieldErrors(result, 'seo.undoProblems', 'undo')('form');
  const src = (name: string) =>
    d.fields.find((f) => (f.field === 'alt' ? `alt:${f.unitGid}` : f.field) === name);
  const fallback = (name: string) => src(name)?.source ?? '';
  const shown = (name: string) => values[name] || (isSource ? '' : fallback(name));
  // What a search engine gets: the SEO title (or the page title) with the shop name, as the storefront renders it.
  const baseTitle = shown('meta_title') || d.pageTitle;
  // The home page's title is rendered without the shop suffix (it names the shop itself).
  const titleShop = d.type === 'home' ? null : d.shopName;
  const fullTitle = renderedTitle(baseTitle, titleShop);
  const description = shown('meta_description') || d.pageDescription;
  const handle = d.type === 'home' ? 'home' : shown('handle');
  const path =
    d.type === 'home' ? d.storefrontPath : d.storefrontPath.replace(/[^/]*$/, encodeURIComponent(handle));
  // Lengths are judged on the rendered title, as the audit does.
  const warnings = checkSeo({
    locale: d.language,
    title: baseTitle,
    description,
    handle,
    shopName: titleShop,
    focusKeyword: shown('focus_keyword') || null,
    imageAlts: d.images.map((i) => shown(`alt:${i.gid}`) || null),
  });
  const statusBadge = (name: string) => {
    const f = src(name);
    if (!f || isSource || !f.source) return null;
    const tone = f.status === 'current' ? 'success' : f.status === 'outdated' ? 'warning' : 'attention';
    return <Badge tone={tone}>{t(`seo.status.${f.status}`)}</Badge>;
  };
  const help = (name: string) =>
    !isSource && fallback(name) ? t('seo.editor.sourceText', { text: fallback(name) }) : undefined;
  const text = (
    name: SeoField | `alt:${string}`,
    label: string,
    opts: { multiline?: number; prefix?: string; helpText?: string } = {},
  ) => (
    <TextField
      label={
        <InlineStack gap="200" blockAlign="center">
          <span>{label}</span>
          {statusBadge(name)}
        </InlineStack>
      }
      name={name}
      value={values[name] ?? ''}
      onChange={(v) => setValues((s) => ({ ...s, [name]: v }))}
      autoComplete="off"
      multiline={opts.multiline}
      prefix={opts.prefix}
      placeholder={isSource ? undefined : fallback(name) || undefined}
      helpText={opts.helpText ?? help(name)}
      error={problem(name)}
      showCharacterCount
    />
  );
  const tabs = d.languages.map((l) => ({
    id: `lang-${l.language}`,
    content: `${languageName(l.language, i18n.language)}${l.language === d.sourceLanguage ? ` · ${t('seo.source')}` : ''}`,
    badge:
      l.language !== d.sourceLanguage && l.missing + l.outdated > 0
        ? String(l.missing + l.outdated)
        : undefined,
  }));
  const when = (iso: string) => formatDate(iso, i18n.language, 'shortDateTime');
  const busy = nav.state !== 'idle';
  const outdated = isSource ? 0 : d.fields.filter((f) => f.status === 'outdated').length;
  return (
    <Page
      title={d.title}
      backAction={{
        content: t('nav.seo'),
        url: `/app/seo?type=${d.type}&language=${encodeURIComponent(d.language)}`,
      }}
      secondaryActions={[{ content: t('seo.editor.viewLive'), url: `${d.origin}${path}`, external: true }]}
    >
      <BlockStack gap="400">
        <Card padding="0">
          <Tabs
            tabs={tabs}
            selected={d.languages.findIndex((l) => l.language === d.language)}
            onSelect={(i) => navigate(`?language=${encodeURIComponent(d.languages[i]!.language)}`)}
          />
        </Card>
        {outdated > 0 ? (
          <Banner tone="warning">
            <BlockStack gap="200">
              <Text as="p">{t('seo.editor.outdatedBanner', { count: outdated })}</Text>
              <Form method="post">
                <input type="hidden" name="csrf" value={csrfToken} />
                <input type="hidden" name="intent" value="confirm" />
                <input type="hidden" name="language" value={d.language} />
                <Button submit>{t('seo.editor.markCurrent')}</Button>
              </Form>
            </BlockStack>
          </Banner>
        ) : null}
        {undoProblem ? <Banner tone="critical">{undoProblem}</Banner> : null}
        {result && !result.ok && result.intent === 'save' ? (
          <Banner tone="critical">{t('seo.editor.notSaved')}</Banner>
        ) : null}
        <Form method="post" key={d.language}>
          <input type="hidden" name="csrf" value={csrfToken} />
          <input type="hidden" name="language" value={d.language} />
          <input type="hidden" name="indexing" value="1" />
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <Card>
                  <FormLayout>
                    <Text as="h2" variant="headingMd">
                      {t('seo.editor.listing')}
                    </Text>
                    <div lang={d.language} dir={dir}>
                      <FormLayout>
                        {text('meta_title', t('seo.fields.meta_title'))}
                        {text('meta_description', t('seo.fields.meta_description'), { multiline: 3 })}
                        {d.type !== 'home'
                          ? text('handle', t('seo.fields.handle'), {
                              prefix: `${d.storefrontPath.replace(/[^/]*$/, '')}`,
                              helpText: help('handle') ?? t('seo.editor.handleHelp'),
                            })
                          : null}
                        {text('focus_keyword', t('seo.fields.focus_keyword'), {
                          helpText: help('focus_keyword') ?? t('seo.editor.focusHelp'),
                        })}
                      </FormLayout>
                    </div>
                  </FormLayout>
                </Card>
                <Card>
                  <FormLayout>
                    <Text as="h2" variant="headingMd">
                      {t('seo.editor.social')}
                    </Text>
                    <div lang={d.language} dir={dir}>
                      <FormLayout>
                        {text('og_title', t('seo.fields.og_title'), {
                          helpText: help('og_title') ?? t('seo.editor.ogHelp'),
                        })}
                        {text('og_description', t('seo.fields.og_description'), { multiline: 2 })}
                      </FormLayout>
                    </div>
                    {d.type === 'product' && Object.keys(d.imageSrcs).length ? (
                      <Select
                        label={t('seo.fields.og_image')}
                        name="og_image"
                        value={indexing.ogImage ?? ''}
                        onChange={(ogImage) => setIndexingState((s) => ({ ...s, ogImage: ogImage || null }))}
                        options={[
                          { value: '', label: t('seo.editor.ogImageDefault') },
                          ...d.images.map((i) => ({
                            value: d.imageSrcs[i.gid] ?? '',
                            label: t('seo.editor.imageN', { n: i.n }),
                          })),
                        ]}
                        error={problem('og_image')}
                      />
                    ) : (
                      <>
                        <input type="hidden" name="og_image" value={indexing.ogImage ?? ''} />
                        {problem('og_image') ? (
                          <InlineError fieldID="og_image" message={problem('og_image')!} />
                        ) : null}
                      </>
                    )}
                  </FormLayout>
                </Card>
                {d.images.length ? (
                  <Card>
                    <BlockStack gap="300">
                      <Text as="h2" variant="headingMd">
                        {t('seo.editor.altTexts')}
                      </Text>
                      {d.images.map((i) => (
                        <InlineStack key={i.gid} gap="300" blockAlign="start" wrap={false}>
                          {d.imageSrcs[i.gid] ? (
                            <Thumbnail
                              size="small"
                              source={`${d.imageSrcs[i.gid]}-${THUMBNAIL_WIDTH}.webp`}
                              alt=""
                            />
                          ) : null}
                          <Box width="100%">
                            <div lang={d.language} dir={dir}>
                              {text(`alt:${i.gid}`, t('seo.editor.imageN', { n: i.n }))}
                            </div>
                          </Box>
                        </InlineStack>
                      ))}
                    </BlockStack>
                  </Card>
                ) : null}
                <InlineStack align="end">
                  <Button submit variant="primary" loading={busy}>
                    {t('seo.editor.save')}
                  </Button>
                </InlineStack>
              </BlockStack>
            </Layout.Section>
            <Layout.Section variant="oneThird">
              <BlockStack gap="400">
                <SerpPreview
                  title={fullTitle}
                  description={description}
                  url={`${d.origin}${path}`}
                  dir={dir}
                />
                <Card>
                  <BlockStack gap="200">
                    <Text as="h2" variant="headingMd">
                      {t('seo.editor.warnings')}
                    </Text>
                    {warnings.length === 0 ? (
                      <Text as="p" tone="success">
                        {t('seo.noWarnings')}
                      </Text>
                    ) : (
                      <ul data-testid="seo-warnings" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                        {warnings.map((w) => (
                          <li key={w.code}>
                            <Text as="span">{t(`seo.warnings.${w.code}`, w.params ?? {})}</Text>
                          </li>
                        ))}
                      </ul>
                    )}
                  </BlockStack>
                </Card>
                <Card>
                  <BlockStack gap="200">
                    <Text as="h2" variant="headingMd">
                      {t('seo.editor.indexing')}
                    </Text>
                    <Checkbox
                      label={t('seo.editor.noindex')}
                      helpText={t('seo.editor.noindexHelp')}
                      name="noindex"
                      checked={indexing.noindex}
                      onChange={(noindex) => setIndexingState((s) => ({ ...s, noindex }))}
                    />
                    <Checkbox
                      label={t('seo.editor.sitemapExclude')}
                      name="sitemap_exclude"
                      checked={indexing.sitemapExclude}
                      onChange={(sitemapExclude) => setIndexingState((s) => ({ ...s, sitemapExclude }))}
                    />
                  </BlockStack>
                </Card>
              </BlockStack>
            </Layout.Section>
          </Layout>
        </Form>
        <Card>
          <BlockStack gap="300">
            <Text as="h2" variant="headingMd">
              {t('seo.editor.history')}
            </Text>
            {d.revisions.length === 0 ? (
              <Text as="p" tone="subdued">
                {t('seo.editor.noHistory')}
              </Text>
            ) : (
              <ul data-testid="seo-history" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {d.revisions.map((r) => (
                  <li
                    key={r.id}
                    style={{ padding: '8px 0', borderTop: '1px solid var(--p-color-border-secondary)' }}
                  >
                    <InlineStack align="space-between" blockAlign="center" gap="300" wrap={false}>
                      <BlockStack gap="050">
                        <Text as="p" fontWeight="semibold">
                          {r.image ? t('seo.editor.imageN', { n: r.image }) : t(`seo.fields.${r.field}`)} ·{' '}
                          {languageName(r.language, i18n.language)} · {t(`seo.origins.${r.origin}`)} ·{' '}
                          {when(r.at)}
                        </Text>
                        <Text as="p" tone="subdued" breakWord>
                          {t('seo.editor.change', { before: r.before ?? '∅', after: r.after ?? '∅' })}
                        </Text>
                      </BlockStack>
                      {r.undone ? (
                        <Badge>{t('seo.editor.wasUndone')}</Badge>
                      ) : (
                        <Form method="post">
                          <input type="hidden" name="csrf" value={csrfToken} />
                          <input type="hidden" name="intent" value="undo" />
                          <input type="hidden" name="revision" value={r.id} />
                          <Button
                            submit
                            accessibilityLabel={t('seo.editor.undoLabel', {
                              field: t(`seo.fields.${r.field}`),
                              after: r.after ?? '∅',
                            })}
                          >
                            {t('seo.editor.undo')}
                          </Button>
                        </Form>
                      )}
                    </InlineStack>
                  </li>
                ))}
              </ul>
            )}
          </BlockStack>
        </Card>
      </BlockStack>
    </Page>
  );
}
