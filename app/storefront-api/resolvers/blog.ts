import type { GraphQLResolveInfo } from 'graphql';
import { toGid } from '#app/lib/gid.ts';
import type { ArticleRow } from '#app/modules/blog/articles.server.ts';
import {
  blogAuthors,
  findArticleIdByHandle,
  listArticles,
  loadArticles,
  searchArticleIds,
  type ArticleListing,
  type ArticlePageArgs,
} from '#app/modules/blog/article-queries.server.ts';
import { allBlogs, findBlogIdByHandle, loadBlogs, type BlogRow } from '#app/modules/blog/blogs.server.ts';
import { ARTICLE_SORT_KEYS, type ArticleSortKey } from '#app/modules/blog/core/article-query.ts';
import { deriveExcerpt } from '#app/modules/blog/core/article-rules.ts';
import { loadMedia, type MediaFile } from '#app/modules/media/media.server.ts';
import { contextPrefix, ensureTranslations, inContext, type StorefrontContext } from '../context.server.ts';
import { mediaImageRef } from './media.ts';
import { seoMetafield, seoText } from './seo-metafields.ts';
import {
  assertPageArgs,
  htmlToText,
  idOrHandle,
  pageInfo,
  tr,
  truncate,
  userError,
  withCursorErrors,
} from './shared.ts';

type Args = Record<string, unknown>;
type Info = GraphQLResolveInfo;

export interface BlogRef {
  __typename: 'Blog';
  row: BlogRow;
}

/** An article as resolvers read it; search results add Shopify's `trackingParameters` to it. */
export interface ArticleRef {
  __typename: 'Article';
  row: ArticleRow;
  blog: BlogRef;
  image: MediaFile | null;
  trackingParameters?: string | null;
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

const articleGid = (a: ArticleRef) => toGid('Article', a.row.id);
const blogGid = (b: BlogRef) => toGid('Blog', b.row.id);

/** Published articles by id, with their blogs, images and translations loaded for the operation. */
export async function articleRefs(
  ctx: StorefrontContext,
  info: Info,
  ids: number[],
): Promise<Map<number, ArticleRef>> {
  const c = await inContext(ctx, info);
  const rows = await loadArticles(ctx.db, ids, ctx.now);
  const list = [...rows.values()];
  const [blogs, media] = await Promise.all([
    loadBlogs(ctx.db, [...new Set(list.map((r) => r.blogId))]),
    loadMedia(
      ctx.db,
      list.flatMap((r) => (r.imageId ? [r.imageId] : [])),
    ),
  ]);
  await ensureTranslations(
    ctx,
    [...list.map((r) => toGid('Article', r.id)), ...[...blogs.keys()].map((id) => toGid('Blog', id))],
    c.language,
  );
  const out = new Map<number, ArticleRef>();
  for (const id of ids) {
    const row = rows.get(id);
    const blog = row && blogs.get(row.blogId);
    if (!row || !blog) continue;
    out.set(id, {
      __typename: 'Article',
      row,
      blog: { __typename: 'Blog', row: blog },
      image: row.imageId ? (media.get(row.imageId) ?? null) : null,
    });
  }
  return out;
}

/** Blogs by id with their translations loaded (for `blog(id:)` and `node`/`nodes`). */
export async function blogRefs(
  ctx: StorefrontContext,
  info: Info,
  ids: number[],
): Promise<Map<number, BlogRef>> {
  const c = await inContext(ctx, info);
  const rows = await loadBlogs(ctx.db, ids);
  await ensureTranslations(
    ctx,
    [...rows.keys()].map((id) => toGid('Blog', id)),
    c.language,
  );
  return new Map([...rows].map(([id, row]) => [id, { __typename: 'Blog' as const, row }]));
}

/**
 * Published articles matching a search in the operation's language, newest first. The search and
 * predictive search resolvers call this and add each result's tracking parameters.
 */
export async function searchArticleRefs(
  ctx: StorefrontContext,
  info: Info,
  query: string,
  limit: number,
): Promise<ArticleRef[]> {
  const { language } = await inContext(ctx, info);
  const ids = await searchArticleIds(ctx.db, query, language, ctx.now, limit);
  const refs = await articleRefs(ctx, info, ids);
  return ids.flatMap((id) => refs.get(id) ?? []);
}

function sortKeyOf(value: unknown): ArticleSortKey {
  if (value == null) return 'ID';
  if (!(ARTICLE_SORT_KEYS as readonly unknown[]).includes(value)) throw userError('Invalid sortKey');
  return value as ArticleSortKey;
}

async function articleConnection(
  ctx: StorefrontContext,
  info: Info,
  blogId: number | null,
  args: PageArgs & { sortKey?: unknown },
) {
  assertPageArgs(args);
  const { language } = await inContext(ctx, info);
  const page: ArticlePageArgs = { ...args, sortKey: sortKeyOf(args.sortKey) };
  const listing: ArticleListing = await withCursorErrors(() =>
    listArticles(ctx.db, { blogId, language, now: ctx.now }, page),
  );
  const refs = await articleRefs(
    ctx,
    info,
    listing.items.map((i) => i.id),
  );
  const edges = listing.items.flatMap((i) => {
    const node = refs.get(i.id);
    return node ? [{ cursor: i.cursor, node }] : [];
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: pageInfo(edges, listing.hasNextPage, listing.hasPreviousPage),
  };
}

const BLOG_SORT_KEYS = ['HANDLE', 'ID', 'RELEVANCE', 'TITLE'] as const;
const blogCursor = (id: number) => Buffer.from(`blog:${id}`).toString('base64url');
function blogCursorId(cursor: string | null | undefined): number | null {
  if (cursor == null) return null;
  const m = /^blog:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw userError(`Invalid cursor: ${cursor.slice(0, 64)}`);
  return Number(m[1]);
}

/** Blogs are few (a handful per shop): sorted and paged in memory, cursors naming the blog. */
async function blogConnection(ctx: StorefrontContext, info: Info, args: PageArgs & { sortKey?: unknown }) {
  assertPageArgs(args);
  const sortKey = args.sortKey ?? 'ID';
  if (!(BLOG_SORT_KEYS as readonly unknown[]).includes(sortKey)) throw userError('Invalid sortKey');
  const c = await inContext(ctx, info);
  const rows = await allBlogs(ctx.db);
  await ensureTranslations(
    ctx,
    rows.map((r) => toGid('Blog', r.id)),
    c.language,
  );
  const key = (r: BlogRow) =>
    sortKey === 'TITLE'
      ? tr(ctx, toGid('Blog', r.id), 'title', r.title)
      : sortKey === 'HANDLE'
        ? tr(ctx, toGid('Blog', r.id), 'handle', r.handle)
        : '';
  const sorted = [...rows].sort((a, b) => key(a).localeCompare(key(b), c.language) || a.id - b.id);
  if (args.reverse) sorted.reverse();
  const afterId = blogCursorId(args.after);
  const beforeId = blogCursorId(args.before);
  const lo = afterId == null ? 0 : sorted.findIndex((r) => r.id === afterId) + 1;
  const hiIndex = beforeId == null ? -1 : sorted.findIndex((r) => r.id === beforeId);
  const hi = hiIndex < 0 ? sorted.length : hiIndex;
  const start = args.first != null ? lo : Math.max(lo, hi - (args.last ?? 0));
  const end = args.first != null ? Math.min(hi, lo + args.first) : hi;
  const edges = sorted.slice(start, end).map((row) => ({
    cursor: blogCursor(row.id),
    node: { __typename: 'Blog' as const, row },
  }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: pageInfo(edges, end < hi, start > lo) };
}

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1
    ? { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1)! }
    : { firstName: parts[0] ?? '', lastName: '' };
}

const author = (name: string, bio: string | null) => ({ name, ...splitName(name), bio });

const blogPath = (ctx: StorefrontContext, b: BlogRef) =>
  `${contextPrefix(ctx)}/blogs/${encodeURIComponent(tr(ctx, blogGid(b), 'handle', b.row.handle))}`;

export const blogResolvers = {
  QueryRoot: {
    blog: async (
      _: unknown,
      args: { id?: string | null; handle?: string | null },
      ctx: StorefrontContext,
      info: Info,
    ) => {
      const c = await inContext(ctx, info);
      const id = await idOrHandle(
        args.id,
        args.handle,
        'Blog',
        (h) => findBlogIdByHandle(ctx.db, h, c.language),
        'blog',
      );
      return id == null ? null : ((await blogRefs(ctx, info, [id])).get(id) ?? null);
    },
    blogs: (_: unknown, args: PageArgs & { sortKey?: unknown }, ctx: StorefrontContext, info: Info) =>
      blogConnection(ctx, info, args),
    article: async (_: unknown, args: { id: string }, ctx: StorefrontContext, info: Info) => {
      const id = await idOrHandle(args.id, null, 'Article', async () => null, 'article');
      if (id == null) return null;
      return (await articleRefs(ctx, info, [id])).get(id) ?? null;
    },
    articles: (_: unknown, args: PageArgs & { sortKey?: unknown }, ctx: StorefrontContext, info: Info) =>
      articleConnection(ctx, info, null, args),
  },
  Blog: {
    id: blogGid,
    handle: (b: BlogRef, _: Args, ctx: StorefrontContext) => tr(ctx, blogGid(b), 'handle', b.row.handle),
    title: (b: BlogRef, _: Args, ctx: StorefrontContext) => tr(ctx, blogGid(b), 'title', b.row.title),
    seo: (b: BlogRef, _: Args, ctx: StorefrontContext) => ({
      title: seoText(ctx, blogGid(b), 'meta_title', b.row.seoTitle),
      description: seoText(ctx, blogGid(b), 'meta_description', b.row.seoDescription),
    }),
    articleByHandle: async (b: BlogRef, args: { handle: string }, ctx: StorefrontContext, info: Info) => {
      const c = await inContext(ctx, info);
      const id = await findArticleIdByHandle(ctx.db, b.row.id, args.handle, c.language, ctx.now);
      return id == null ? null : ((await articleRefs(ctx, info, [id])).get(id) ?? null);
    },
    articles: (b: BlogRef, args: PageArgs & { sortKey?: unknown }, ctx: StorefrontContext, info: Info) =>
      articleConnection(ctx, info, b.row.id, args),
    authors: async (b: BlogRef, _: Args, ctx: StorefrontContext) =>
      (await blogAuthors(ctx.db, b.row.id, ctx.now)).map((a) => author(a.name, a.bio)),
    onlineStoreUrl: (b: BlogRef, _: Args, ctx: StorefrontContext) => `${ctx.origin}${blogPath(ctx, b)}`,
    metafield: (b: BlogRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) =>
      seoMetafield(ctx, blogGid(b), args),
  },
  Article: {
    id: articleGid,
    handle: (a: ArticleRef, _: Args, ctx: StorefrontContext) =>
      tr(ctx, articleGid(a), 'handle', a.row.handle),
    title: (a: ArticleRef, _: Args, ctx: StorefrontContext) => tr(ctx, articleGid(a), 'title', a.row.title),
    contentHtml: (a: ArticleRef, _: Args, ctx: StorefrontContext) =>
      tr(ctx, articleGid(a), 'body_html', a.row.bodyHtml),
    content: (a: ArticleRef, args: { truncateAt?: number | null }, ctx: StorefrontContext) =>
      truncate(htmlToText(tr(ctx, articleGid(a), 'body_html', a.row.bodyHtml)), args.truncateAt),
    // The summary as written, else the body's opening as a paragraph (Shopify derives it too).
    excerptHtml: (a: ArticleRef, _: Args, ctx: StorefrontContext) => {
      const summary = tr(ctx, articleGid(a), 'summary_html', a.row.summaryHtml);
      if (summary) return summary;
      const text = deriveExcerpt('', tr(ctx, articleGid(a), 'body_html', a.row.bodyHtml));
      return text ? `<p>${text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)}</p>` : null;
    },
    excerpt: (a: ArticleRef, args: { truncateAt?: number | null }, ctx: StorefrontContext) => {
      const text = deriveExcerpt(
        tr(ctx, articleGid(a), 'summary_html', a.row.summaryHtml),
        tr(ctx, articleGid(a), 'body_html', a.row.bodyHtml),
      );
      return text ? truncate(text, args.truncateAt) : null;
    },
    authorV2: (a: ArticleRef) => author(a.row.authorName, a.row.authorBio),
    blog: (a: ArticleRef) => a.blog,
    image: (a: ArticleRef, _: Args, ctx: StorefrontContext) =>
      a.image ? mediaImageRef(ctx, a.image).image : null,
    publishedAt: (a: ArticleRef) => (a.row.publishedAt ?? a.row.createdAt).toISOString(),
    seo: (a: ArticleRef, _: Args, ctx: StorefrontContext) => ({
      title: seoText(ctx, articleGid(a), 'meta_title', a.row.seoTitle),
      description: seoText(ctx, articleGid(a), 'meta_description', a.row.seoDescription),
    }),
    tags: (a: ArticleRef) => a.row.tags,
    onlineStoreUrl: (a: ArticleRef, _: Args, ctx: StorefrontContext) =>
      `${ctx.origin}${blogPath(ctx, a.blog)}/${encodeURIComponent(tr(ctx, articleGid(a), 'handle', a.row.handle))}`,
    // Shopify's search tracking string: present only on results of search and predictive search.
    trackingParameters: (a: ArticleRef) => a.trackingParameters ?? null,
    metafield: (a: ArticleRef, args: { namespace?: string | null; key: string }, ctx: StorefrontContext) =>
      seoMetafield(ctx, articleGid(a), args),
  },
};
