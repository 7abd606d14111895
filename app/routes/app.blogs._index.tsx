import {
  Badge,
  BlockStack,
  Button,
  Card,
  EmptyState,
  FormLayout,
  IndexTable,
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
import { Form, useFetcher } from 'react-router';
import { z } from 'zod';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { isUniqueViolation } from '#app/db/pg-error.ts';
import { formatDate } from '#app/lib/format.ts';
import { adminArticles } from '#app/modules/blog/article-queries.server.ts';
import { allBlogs, blogHandleTaken, createBlog } from '#app/modules/blog/blogs.server.ts';
import { blogInput } from '#app/modules/blog/core/article-input.ts';
import { STATUS_TONES } from '#app/components/admin/article-status.ts';
import { publishState } from '#app/modules/blog/core/article-rules.ts';
import { slugify } from '#app/modules/seo/core/seo-checks.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.blogs._index';

export const handle = { area: 'content' satisfies AdminArea };

const PAGE = 50;
const filters = z.object({
  blog: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  status: z.enum(['draft', 'scheduled', 'published']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  before: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});

/** Blogs, and their articles newest first, filtered by blog, state and title. */
export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'content');
  const db = getDb();
  const f = filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const [blogs, rows] = await Promise.all([
    allBlogs(db),
    adminArticles(db, { blogId: f.blog, state: f.status, q: f.q, beforeId: f.before, limit: PAGE + 1, now }),
  ]);
  const blogTitle = new Map(blogs.map((b) => [b.id, b.title]));
  return {
    title: adminT(principal.locale)('blog.title'),
    filters: { blog: f.blog ? String(f.blog) : '', status: f.status ?? '', q: f.q ?? '' },
    blogs: blogs.map((b) => ({ id: b.id, title: b.title, handle: b.handle })),
    next: rows.length > PAGE ? rows[PAGE - 1]!.id : null,
    articles: rows.slice(0, PAGE).map((a) => ({
      id: a.id,
      title: a.title,
      blog: blogTitle.get(a.blogId) ?? '',
      author: a.authorName,
      state: publishState(a.publishedAt, now),
      publishedAt: a.publishedAt?.toISOString() ?? null,
    })),
  };
}

/** Adds a blog; its handle defaults to the title's slug. */
export async function action({ request }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'content');
  const parsed = parseForm(form, blogInput);
  if (!parsed.ok) return invalid('blog', parsed.errors);
  const db = getDb();
  const handle = parsed.value.handle || slugify(parsed.value.title, 'en');
  if (!handle) return invalid('blog', { handle: 'handleRequired' });
  if (await blogHandleTaken(db, 0, handle, undefined))
    return invalid('blog', { handle: 'handleTaken' }, { status: 409 });
  try {
    await createBlog(db, { title: parsed.value.title, handle });
  } catch (e) {
    if (isUniqueViolation(e)) return invalid('blog', { handle: 'handleTaken' }, { status: 409 });
    throw e;
  }
  return saved('blog', { key: 'blog.blogCreated' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function BlogsAdmin({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'blog.errors');
  const [blogTitle, setBlogTitle] = useState('');
  const [blogHandle, setBlogHandle] = useState('');
  const [q, setQ] = useState(d.filters.q);
  const [blog, setBlog] = useState(d.filters.blog);
  const [status, setStatus] = useState(d.filters.status);
  return (
    <Page title={d.title} primaryAction={{ content: t('blog.newArticle'), url: '/app/articles/new' }}>
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <BlockStack gap="0">
              <div style={{ padding: 'var(--p-space-400)' }}>
                <Form method="get" role="search" aria-label={t('blog.filters.label')}>
                  <InlineStack gap="300" blockAlign="end" wrap>
                    <Select
                      label={t('blog.filters.blog')}
                      name="blog"
                      options={[
                        { value: '', label: t('blog.filters.allBlogs') },
                        ...d.blogs.map((b) => ({ value: String(b.id), label: b.title })),
                      ]}
                      value={blog}
                      onChange={setBlog}
                    />
                    <Select
                      label={t('blog.filters.status')}
                      name="status"
                      options={[
                        { value: '', label: t('blog.filters.allStatuses') },
                        ...(['published', 'scheduled', 'draft'] as const).map((s) => ({
                          value: s,
                          label: t(`blog.status.${s}`),
                        })),
                      ]}
                      value={status}
                      onChange={setStatus}
                    />
                    <TextField
                      label={t('blog.filters.search')}
                      name="q"
                      value={q}
                      onChange={setQ}
                      autoComplete="off"
                    />
                    <Button submit>{t('blog.filters.apply')}</Button>
                  </InlineStack>
                </Form>
              </div>
              {d.articles.length ? (
                <IndexTable
                  resourceName={{ singular: t('blog.article'), plural: t('blog.articles') }}
                  itemCount={d.articles.length}
                  selectable={false}
                  headings={[
                    { title: t('blog.columns.title') },
                    { title: t('blog.columns.status') },
                    { title: t('blog.columns.blog') },
                    { title: t('blog.columns.author') },
                    { title: t('blog.columns.date') },
                  ]}
                >
                  {d.articles.map((a, i) => (
                    <IndexTable.Row id={String(a.id)} key={a.id} position={i}>
                      <IndexTable.Cell>
                        <Link url={`/app/articles/${a.id}`} removeUnderline>
                          {a.title}
                        </Link>
                      </IndexTable.Cell>
                      <IndexTable.Cell>
                        <Badge tone={STATUS_TONES[a.state]}>{t(`blog.status.${a.state}`)}</Badge>
                      </IndexTable.Cell>
                      <IndexTable.Cell>{a.blog}</IndexTable.Cell>
                      <IndexTable.Cell>{a.author}</IndexTable.Cell>
                      <IndexTable.Cell>
                        {a.publishedAt ? formatDate(a.publishedAt, i18n.language, 'long', 'UTC') : '—'}
                      </IndexTable.Cell>
                    </IndexTable.Row>
                  ))}
                </IndexTable>
              ) : (
                <EmptyState
                  heading={t('blog.emptyTitle')}
                  action={{ content: t('blog.newArticle'), url: '/app/articles/new' }}
                  image=""
                >
                  <p>{t('blog.emptyBody')}</p>
                </EmptyState>
              )}
              {d.next ? (
                <div style={{ padding: 'var(--p-space-400)' }}>
                  <Link url={`/app/blogs?${new URLSearchParams({ ...d.filters, before: String(d.next) })}`}>
                    {t('blog.older')}
                  </Link>
                </div>
              ) : null}
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <Card>
            <BlockStack gap="300">
              <Text as="h2" variant="headingMd">
                {t('blog.blogs')}
              </Text>
              <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {d.blogs.map((b) => (
                  <li key={b.id}>
                    <Link url={`/app/blogs/${b.id}`}>{b.title}</Link>{' '}
                    <Text as="span" tone="subdued">
                      /{b.handle}
                    </Text>{' '}
                    <Link url={`/app/seo/blog/${b.id}`} removeUnderline>
                      {t('blog.blogEditor.seoLink')}
                    </Link>
                  </li>
                ))}
              </ul>
              <fetcher.Form method="post">
                <input type="hidden" name="csrf" value={csrfToken} />
                <FormLayout>
                  <TextField
                    label={t('blog.newBlog.name')}
                    name="title"
                    value={blogTitle}
                    onChange={setBlogTitle}
                    autoComplete="off"
                    error={error('title')}
                  />
                  <TextField
                    label={t('blog.newBlog.handle')}
                    name="handle"
                    value={blogHandle}
                    onChange={setBlogHandle}
                    autoComplete="off"
                    error={error('handle')}
                  />
                  <Button submit loading={fetcher.state !== 'idle'}>
                    {t('blog.newBlog.submit')}
                  </Button>
                </FormLayout>
              </fetcher.Form>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
