import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  FormLayout,
  InlineStack,
  Layout,
  Link,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, useFetcher, useNavigate } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { saveArticleSource, saveArticleTranslation } from '#app/admin/article-editor.server.ts';
import { invalid, parseForm, redirectWithToast, saved } from '#app/admin/form.server.ts';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { STATUS_TONES } from '#app/components/admin/article-status.ts';
import { getDb } from '#app/db/client.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { loadArticles } from '#app/modules/blog/article-queries.server.ts';
import {
  articleTranslations,
  deleteArticle,
  setArticlePublishedAt,
} from '#app/modules/blog/articles.server.ts';
import { allBlogs } from '#app/modules/blog/blogs.server.ts';
import { articleInput, articleTranslationInput } from '#app/modules/blog/core/article-input.ts';
import { publishState } from '#app/modules/blog/core/article-rules.ts';
import { allLocales } from '#app/modules/markets/core/market.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { loadMedia, MEDIA_MAX_BYTES } from '#app/modules/media/media.server.ts';
import { contentLanguages } from '#app/modules/seo/workspace.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.articles.$id';

export const handle = { area: 'content' satisfies AdminArea };

const BODY_LIMIT = MEDIA_MAX_BYTES + 512 * 1024;
const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,image/svg+xml';

/** "new", or an article id as the URL names it; anything else is no article. */
function idOf(param: string): number | 'new' | null {
  if (param === 'new') return 'new';
  return /^\d{1,9}$/.test(param) && Number(param) > 0 ? Number(param) : null;
}

/** The article in the shop's language, or one translation of it, with what the storefront will show. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'content');
  const db = getDb();
  const id = idOf(params.id);
  const t = adminT(principal.locale);
  if (id == null) throw data(null, { status: 404 });
  const config = await getMarketConfig(db);
  const languages = contentLanguages(config);
  const asked = new URL(request.url).searchParams.get('language') ?? config.shopLanguage;
  const language = id !== 'new' && languages.includes(asked) ? asked : config.shopLanguage;
  const blogs = (await allBlogs(db)).map((b) => ({ value: String(b.id), label: b.title, handle: b.handle }));
  const ui = principal.locale ?? 'en';
  const base = {
    languages: languages.map((l) => ({ value: l, label: languageName(l, ui) })),
    language,
    isSource: language === config.shopLanguage,
    sourceName: languageName(config.shopLanguage, ui),
    maxMegabytes: Math.round(MEDIA_MAX_BYTES / 1024 / 1024),
    blogs,
  };
  if (id === 'new') return { ...base, title: t('blog.editor.newTitle'), article: null, translation: null };
  const row = (await loadArticles(db, [id], null)).get(id);
  if (!row) throw data(null, { status: 404 });
  const image = row.imageId ? ((await loadMedia(db, [row.imageId])).get(row.imageId) ?? null) : null;
  const own =
    language === config.shopLanguage
      ? null
      : ((await articleTranslations(db, id)).get(language) ?? new Map());
  const locale = allLocales(config).find((l) => l.language === language) ?? allLocales(config)[0]!;
  const blog = blogs.find((b) => b.value === String(row.blogId));
  return {
    ...base,
    title: row.title,
    article: {
      id: row.id,
      blogId: String(row.blogId),
      title: row.title,
      handle: row.handle,
      bodyHtml: row.bodyHtml,
      summaryHtml: row.summaryHtml,
      authorName: row.authorName,
      authorBio: row.authorBio ?? '',
      tags: row.tags.join(', '),
      seoTitle: row.seoTitle ?? '',
      seoDescription: row.seoDescription ?? '',
      state: publishState(row.publishedAt, new Date()),
      publishedAt: row.publishedAt?.toISOString().slice(0, 16) ?? '',
      image: image ? { src: `${image.src}-400.webp`, alt: image.alt ?? '' } : null,
      url: blog
        ? `${locale.pathPrefix}/blogs/${encodeURIComponent(blog.handle)}/${encodeURIComponent(row.handle)}`
        : null,
    },
    translation: own
      ? {
          title: own.get('title') ?? '',
          handle: own.get('handle') ?? '',
          bodyHtml: own.get('body_html') ?? '',
          summaryHtml: own.get('summary_html') ?? '',
          seoTitle: own.get('meta_title') ?? '',
          seoDescription: own.get('meta_description') ?? '',
        }
      : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'content');
  const id = idOf(params.id);
  // An upload is read with a byte limit: a huge body is refused before it is buffered.
  const form = await limitedFormData(request, BODY_LIMIT);
  if (!form) return invalid('save', { image: 'too_large' }, { status: 413 });
  assertCsrf(request, form, auth);
  if (id == null) return invalid('save', { form: 'unknownArticle' }, { status: 404 });
  const db = getDb();
  const config = await getMarketConfig(db);
  const ctx = { db, config, staffId: auth.principal.id, now: new Date() };
  const intent = String(form.get('intent') ?? '');
  if (intent === 'save') {
    const parsed = parseForm(form, articleInput);
    if (!parsed.ok) return invalid('save', parsed.errors);
    const file = form.get('image');
    const upload = file instanceof File && file.size > 0 ? file : null;
    const result = await saveArticleSource(ctx, id === 'new' ? null : id, parsed.value, upload);
    if (!result.ok) return invalid('save', result.errors, { status: result.status });
    if (id === 'new') return redirectWithToast(`/app/articles/${result.id}`, { key: 'blog.editor.created' });
    return saved('save', { key: 'blog.editor.saved' });
  }
  if (id === 'new') return invalid('save', { form: 'unknownArticle' }, { status: 404 });
  if (intent === 'translate') {
    const parsed = parseForm(form, articleTranslationInput(contentLanguages(config)));
    if (!parsed.ok) return invalid('translate', parsed.errors);
    const result = await saveArticleTranslation(ctx, id, parsed.value);
    if (!result.ok) return invalid('translate', result.errors, { status: result.status });
    return saved('translate', { key: 'blog.editor.translationSaved' });
  }
  if (intent === 'unpublish') {
    if (!(await setArticlePublishedAt(db, id, null)))
      return invalid('unpublish', { form: 'unknownArticle' }, { status: 404 });
    return saved('unpublish', { key: 'blog.editor.unpublished' });
  }
  if (intent === 'delete') {
    if (!(await deleteArticle(db, id))) return invalid('delete', { form: 'unknownArticle' }, { status: 404 });
    return redirectWithToast('/app/blogs', { key: 'blog.editor.deleted' });
  }
  return invalid('save', { form: 'intent' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type LoaderData = Route.ComponentProps['loaderData'];

export default function ArticleEditor({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const a = d.article;
  return (
    <Page
      title={a ? a.title : d.title}
      backAction={{ content: t('blog.title'), url: '/app/blogs' }}
      titleMetadata={
        a ? <Badge tone={STATUS_TONES[a.state]}>{t(`blog.status.${a.state}`)}</Badge> : undefined
      }
      secondaryActions={
        a
          ? [
              ...(a.url && a.state === 'published'
                ? [{ content: t('blog.editor.view'), url: a.url, external: true }]
                : []),
              { content: t('blog.editor.seoEditor'), url: `/app/seo/article/${a.id}` },
            ]
          : undefined
      }
    >
      <Layout>
        {a ? (
          <Layout.Section>
            <Card>
              <Select
                label={t('blog.editor.language')}
                options={d.languages}
                value={d.language}
                onChange={(v) => navigate(`/app/articles/${a.id}?language=${encodeURIComponent(v)}`)}
              />
            </Card>
          </Layout.Section>
        ) : null}
        <Layout.Section>
          {d.isSource || !a ? (
            <SourceForm key={`source-${a?.id ?? 'new'}`} d={d} />
          ) : (
            <TranslationForm key={`${a.id}-${d.language}`} d={d} />
          )}
        </Layout.Section>
        {a ? (
          <Layout.Section variant="oneThird">
            <ArticleActions id={a.id} published={a.state !== 'draft'} />
          </Layout.Section>
        ) : null}
      </Layout>
    </Page>
  );
}

function Preview({ html }: { html: string }) {
  const { t } = useTranslation('admin');
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        {t('blog.editor.preview')}
      </Text>
      <Text as="p" tone="subdued">
        {t('blog.editor.previewHelp')}
      </Text>
      {/* Stored bodies are sanitized on write (an allow-list), so the preview shows what shoppers get. */}
      <Box padding="300" borderColor="border" borderWidth="025" borderRadius="200">
        <div className="article-preview" dangerouslySetInnerHTML={{ __html: html }} />
      </Box>
    </BlockStack>
  );
}

function SourceForm({ d }: { d: LoaderData }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'blog.errors', 'save');
  const a = d.article;
  const [v, setV] = useState({
    blogId: a?.blogId ?? d.blogs[0]?.value ?? '',
    title: a?.title ?? '',
    handle: a?.handle ?? '',
    bodyHtml: a?.bodyHtml ?? '',
    summaryHtml: a?.summaryHtml ?? '',
    authorName: a?.authorName ?? '',
    authorBio: a?.authorBio ?? '',
    tags: a?.tags ?? '',
    seoTitle: a?.seoTitle ?? '',
    seoDescription: a?.seoDescription ?? '',
    publish: a ? (a.state === 'draft' ? 'draft' : a.state === 'scheduled' ? 'schedule' : 'now') : 'draft',
    scheduleAt: a?.state === 'scheduled' ? a.publishedAt : '',
    imageAlt: a?.image?.alt ?? '',
  });
  const [removeImage, setRemoveImage] = useState(false);
  const set = (k: keyof typeof v) => (value: string) => setV({ ...v, [k]: value });
  const field = (k: keyof typeof v, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      label={label}
      name={k}
      value={v[k]}
      onChange={set(k)}
      autoComplete="off"
      error={error(k)}
      {...extra}
    />
  );
  if (d.blogs.length === 0)
    return (
      <Banner tone="warning" title={t('blog.editor.noBlogTitle')}>
        <p>
          <Link url="/app/blogs">{t('blog.editor.noBlog')}</Link>
        </p>
      </Banner>
    );
  return (
    <fetcher.Form method="post" encType="multipart/form-data">
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="intent" value="save" />
      <BlockStack gap="400">
        {error('form') ? <Banner tone="critical">{error('form')}</Banner> : null}
        <Card>
          <FormLayout>
            <Select
              label={t('blog.editor.blog')}
              name="blogId"
              options={d.blogs}
              value={v.blogId}
              onChange={set('blogId')}
              error={error('blogId')}
            />
            {field('title', t('blog.editor.title'))}
            {field('handle', t('blog.editor.handle'), { helpText: t('blog.editor.handleHelp') })}
            {field('bodyHtml', t('blog.editor.body'), {
              multiline: 12,
              helpText: t('blog.editor.bodyHelp'),
              monospaced: true,
            })}
            {field('summaryHtml', t('blog.editor.excerpt'), {
              multiline: 3,
              helpText: t('blog.editor.excerptHelp'),
            })}
            {field('authorName', t('blog.editor.author'))}
            {field('authorBio', t('blog.editor.authorBio'), { multiline: 2 })}
            {field('tags', t('blog.editor.tags'), { helpText: t('blog.editor.tagsHelp') })}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('blog.editor.image')}
            </Text>
            {a?.image ? (
              <img src={a.image.src} alt={a.image.alt} style={{ maxInlineSize: 200, display: 'block' }} />
            ) : null}
            <div>
              <label htmlFor="article-image" style={{ display: 'block', marginBlockEnd: 4 }}>
                {t('blog.editor.imageFile', { max: d.maxMegabytes })}
              </label>
              <input
                id="article-image"
                type="file"
                name="image"
                accept={ACCEPT}
                aria-invalid={error('image') ? true : undefined}
                aria-describedby={error('image') ? 'article-image-error' : undefined}
              />
              {error('image') ? (
                <Text as="p" tone="critical" id="article-image-error">
                  {error('image', { max: d.maxMegabytes })}
                </Text>
              ) : null}
            </div>
            {field('imageAlt', t('blog.editor.imageAlt'), { helpText: t('blog.editor.imageAltHelp') })}
            {a?.image ? (
              <Checkbox
                label={t('blog.editor.removeImage')}
                name="removeImage"
                checked={removeImage}
                onChange={setRemoveImage}
              />
            ) : null}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('blog.editor.publishing')}
            </Text>
            <Select
              label={t('blog.editor.publish')}
              name="publish"
              options={(['draft', 'now', 'schedule'] as const).map((p) => ({
                value: p,
                label: t(`blog.editor.publishModes.${p}`),
              }))}
              value={v.publish}
              onChange={set('publish')}
              error={error('publish')}
            />
            {v.publish === 'schedule'
              ? field('scheduleAt', t('blog.editor.scheduleAt'), {
                  type: 'datetime-local',
                  helpText: t('blog.editor.scheduleHelp'),
                })
              : null}
          </FormLayout>
        </Card>
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              {t('blog.editor.seo')}
            </Text>
            {field('seoTitle', t('blog.editor.seoTitle'), { maxLength: 255, showCharacterCount: true })}
            {field('seoDescription', t('blog.editor.seoDescription'), {
              multiline: 2,
              maxLength: 320,
              showCharacterCount: true,
            })}
          </FormLayout>
        </Card>
        {a ? (
          <Card>
            <Preview html={a.bodyHtml} />
          </Card>
        ) : null}
        <InlineStack>
          <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
            {a ? t('blog.editor.save') : t('blog.editor.create')}
          </Button>
        </InlineStack>
      </BlockStack>
    </fetcher.Form>
  );
}

function TranslationForm({ d }: { d: LoaderData }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'blog.errors', 'translate');
  const a = d.article!;
  const tr = d.translation!;
  const [v, setV] = useState(tr);
  const field = (
    k: keyof typeof v,
    label: string,
    placeholder: string,
    extra: Record<string, unknown> = {},
  ) => (
    <TextField
      label={label}
      name={k}
      value={v[k]}
      onChange={(value) => setV({ ...v, [k]: value })}
      autoComplete="off"
      placeholder={placeholder}
      error={error(k)}
      {...extra}
    />
  );
  return (
    <fetcher.Form method="post" encType="multipart/form-data">
      <input type="hidden" name="csrf" value={csrfToken} />
      <input type="hidden" name="intent" value="translate" />
      <input type="hidden" name="language" value={d.language} />
      <BlockStack gap="400">
        <Card>
          <FormLayout>
            <Text as="p" tone="subdued">
              {t('blog.editor.translating', { source: d.sourceName })}
            </Text>
            {error('form') ? <Banner tone="critical">{error('form')}</Banner> : null}
            {field('title', t('blog.editor.title'), a.title)}
            {field('handle', t('blog.editor.handle'), a.handle, {
              helpText: t('blog.editor.localizedHandleHelp'),
            })}
            {field('bodyHtml', t('blog.editor.body'), '', {
              multiline: 12,
              monospaced: true,
              helpText: t('blog.editor.bodyHelp'),
            })}
            {field('summaryHtml', t('blog.editor.excerpt'), '', { multiline: 3 })}
            {field('seoTitle', t('blog.editor.seoTitle'), a.seoTitle || a.title, {
              maxLength: 255,
              showCharacterCount: true,
            })}
            {field('seoDescription', t('blog.editor.seoDescription'), a.seoDescription, {
              multiline: 2,
              maxLength: 320,
              showCharacterCount: true,
            })}
          </FormLayout>
        </Card>
        {tr.bodyHtml ? (
          <Card>
            <Preview html={tr.bodyHtml} />
          </Card>
        ) : null}
        <InlineStack>
          <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
            {t('blog.editor.saveTranslation')}
          </Button>
        </InlineStack>
      </BlockStack>
    </fetcher.Form>
  );
}

function ArticleActions({ id, published }: { id: number; published: boolean }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const [confirming, setConfirming] = useState(false);
  return (
    <Card>
      <BlockStack gap="300">
        {published ? (
          <fetcher.Form method="post" encType="multipart/form-data">
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="intent" value="unpublish" />
            <Button submit>{t('blog.editor.unpublish')}</Button>
          </fetcher.Form>
        ) : null}
        {confirming ? (
          <fetcher.Form method="post" encType="multipart/form-data">
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="intent" value="delete" />
            <BlockStack gap="200">
              <Text as="p">{t('blog.editor.deleteConfirm', { id })}</Text>
              <InlineStack gap="200">
                <Button submit tone="critical">
                  {t('blog.editor.delete')}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t('blog.editor.cancel')}</Button>
              </InlineStack>
            </BlockStack>
          </fetcher.Form>
        ) : (
          <Button tone="critical" variant="plain" onClick={() => setConfirming(true)}>
            {t('blog.editor.delete')}
          </Button>
        )}
      </BlockStack>
    </Card>
  );
}
