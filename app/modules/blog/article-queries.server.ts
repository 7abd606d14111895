import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { queryRows } from '#app/db/sql.server.ts';
import { articles, blogs } from '#app/db/schema/index.ts';
import { decodeCursor, encodeCursor, type CursorValue } from '#app/modules/catalog/core/cursor.ts';
import { idByTranslatedHandle, translationsOf } from '#app/modules/translations/translations.server.ts';
import {
  containsPattern,
  parseArticleQuery,
  type ArticleSortKey,
  type ArticleTerm,
} from './core/article-query.ts';
import type { PublishState } from './core/article-rules.ts';
import type { ArticleRow } from './articles.server.ts';

/** Articles by id; with `now`, only those published by then (the storefront's view). */
export async function loadArticles(
  db: Db,
  ids: number[],
  now: Date | null,
): Promise<Map<number, ArticleRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(articles)
    .where(and(inArray(articles.id, ids), now ? lte(articles.publishedAt, now) : undefined));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A published article by its source or localized handle, within a blog when given. Another
 * language's handle finds it too, so the page can redirect to the shopper's language's handle.
 */
export async function findArticleIdByHandle(
  db: Db,
  blogId: number | null,
  handle: string,
  language: string,
  now: Date,
): Promise<number | null> {
  if (handle.length > 255) return null;
  const published = and(
    lte(articles.publishedAt, now),
    blogId != null ? eq(articles.blogId, blogId) : undefined,
  );
  const [source] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.handle, handle), published))
    .limit(1);
  const translated = await idByTranslatedHandle(db, 'Article', handle, language);
  if (translated != null && translated !== source?.id) {
    const [row] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, translated), published));
    if (row) return row.id;
  }
  return source?.id ?? null;
}

export interface ArticleScope {
  blogId?: number | null;
  /** Language of translated titles and bodies for search and sorting. */
  language: string;
  /** Only articles published by then. */
  now: Date;
  query?: string | null;
}

export interface ArticlePageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
  sortKey: ArticleSortKey;
}

export interface ArticleListing {
  items: { id: number; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function termCondition(term: ArticleTerm): SQL {
  const like = containsPattern(term.value);
  const cond =
    term.kind === 'text'
      ? sql`(coalesce(tt.value, a.title) ilike ${like}
          or regexp_replace(coalesce(tb.value, a.body_html), '<[^>]*>', ' ', 'g') ilike ${like}
          or exists (select 1 from unnest(a.tags) tag where tag ilike ${like}))`
      : term.field === 'title'
        ? sql`coalesce(tt.value, a.title) ilike ${like}`
        : term.field === 'author'
          ? sql`a.author_name ilike ${like}`
          : term.field === 'blog_title'
            ? sql`b.title ilike ${like}`
            : sql`exists (select 1 from unnest(a.tags) tag where lower(tag) = lower(${term.value}))`;
  const negate = term.negate !== (term.kind === 'field' && term.field === 'tag_not');
  return negate ? sql`not ${cond}` : cond;
}

/** FROM/WHERE of the storefront's article candidates, translated title and body joined in one statement. */
function candidates(scope: ArticleScope): SQL {
  const where: SQL[] = [
    sql`a.published_at is not null`,
    sql`a.published_at <= ${scope.now.toISOString()}::timestamptz`,
  ];
  if (scope.blogId != null) where.push(sql`a.blog_id = ${scope.blogId}`);
  for (const term of scope.query ? parseArticleQuery(scope.query) : []) where.push(termCondition(term));
  return sql`from articles a join blogs b on b.id = a.blog_id
    left join ${translationsOf('title', scope.language)} tt on tt.resource_gid = 'gid://shopify/Article/' || a.id
    left join ${translationsOf('body_html', scope.language)} tb on tb.resource_gid = 'gid://shopify/Article/' || a.id
    where ${sql.join(where, sql` and `)}`;
}

const micros = (column: SQL) => sql`(extract(epoch from ${column}) * 1000000)::bigint`;

function sortExpression(key: ArticleSortKey): { expr: SQL; kind: 'int' | 'text' } {
  switch (key) {
    case 'TITLE':
      return { expr: sql`coalesce(tt.value, a.title)`, kind: 'text' };
    case 'AUTHOR':
      return { expr: sql`a.author_name`, kind: 'text' };
    case 'BLOG_TITLE':
      return { expr: sql`b.title`, kind: 'text' };
    case 'PUBLISHED_AT':
      return { expr: micros(sql`a.published_at`), kind: 'int' };
    case 'UPDATED_AT':
      return { expr: micros(sql`a.updated_at`), kind: 'int' };
    default:
      // ID, and RELEVANCE (no ranking is kept): id order, as Shopify's default.
      return { expr: sql`a.id::bigint`, kind: 'int' };
  }
}

export const MAX_ARTICLE_PAGE = 250;

/** One keyset page of published articles: cursors carry (sort value, id), so paging survives edits. */
export async function listArticles(
  db: Db,
  scope: ArticleScope,
  page: ArticlePageArgs,
): Promise<ArticleListing> {
  const { expr, kind } = sortExpression(page.sortKey);
  const backward = page.last != null && page.first == null;
  const limit = Math.min(backward ? page.last! : (page.first ?? 0), MAX_ARTICLE_PAGE);
  const cursorText = backward ? page.before : page.after;
  const cursor: CursorValue | null = cursorText ? decodeCursor(cursorText, page.sortKey, kind) : null;
  const descending = Boolean(page.reverse) !== backward;
  const dir = descending ? sql`desc` : sql`asc`;
  const cast = kind === 'int' ? sql`bigint` : sql`text`;
  const cursorCond = cursor
    ? sql`where (sv, id) ${descending ? sql`<` : sql`>`} (${cursor.v}::${cast}, ${cursor.id}::int)`
    : sql``;
  const rows = await queryRows<{ id: number; sv: string | number }>(
    db,
    sql`with c as (select a.id as id, ${expr} as sv ${candidates(scope)})
      select id, sv from c ${cursorCond} order by sv ${dir}, id ${dir} limit ${limit + 1}`,
  );
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backward) pageRows.reverse();
  return {
    items: pageRows.map((r) => ({
      id: Number(r.id),
      cursor: encodeCursor({
        k: page.sortKey,
        v: kind === 'int' ? Number(r.sv) : String(r.sv),
        id: Number(r.id),
      }),
    })),
    hasNextPage: backward ? Boolean(page.before) : more,
    hasPreviousPage: backward ? more : Boolean(page.after),
  };
}

/** Published articles matching a search, newest first, for search and predictive search. */
export async function searchArticleIds(
  db: Db,
  query: string,
  language: string,
  now: Date,
  limit: number,
): Promise<number[]> {
  if (!parseArticleQuery(query).length) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select a.id as id ${candidates({ language, now, query })}
      order by a.published_at desc, a.id desc limit ${Math.min(limit, MAX_ARTICLE_PAGE)}`,
  );
  return rows.map((r) => Number(r.id));
}

/** Distinct authors of a blog's published articles, for Blog.authors. */
export async function blogAuthors(
  db: Db,
  blogId: number,
  now: Date,
): Promise<{ name: string; bio: string | null }[]> {
  return db
    .selectDistinctOn([articles.authorName], { name: articles.authorName, bio: articles.authorBio })
    .from(articles)
    .where(and(eq(articles.blogId, blogId), lte(articles.publishedAt, now)))
    .orderBy(articles.authorName, desc(articles.publishedAt));
}

/** The admin's list: any state, newest first, filtered by blog, state and title, keyset by id. */
export async function adminArticles(
  db: Db,
  opts: {
    blogId?: number | null;
    state?: PublishState | null;
    q?: string | null;
    beforeId?: number;
    limit: number;
    now: Date;
  },
): Promise<ArticleRow[]> {
  const state =
    opts.state === 'draft'
      ? isNull(articles.publishedAt)
      : opts.state === 'scheduled'
        ? gt(articles.publishedAt, opts.now)
        : opts.state === 'published'
          ? lte(articles.publishedAt, opts.now)
          : undefined;
  return db
    .select()
    .from(articles)
    .where(
      and(
        opts.blogId ? eq(articles.blogId, opts.blogId) : undefined,
        state,
        opts.q ? sql`${articles.title} ilike ${containsPattern(opts.q)}` : undefined,
        opts.beforeId ? sql`${articles.id} < ${opts.beforeId}` : undefined,
      ),
    )
    .orderBy(desc(articles.id))
    .limit(opts.limit);
}

/** Sitemap rows: published articles with their blog's handle, in id order after `afterId`. */
export interface ArticleSitemapRow {
  id: number;
  handle: string;
  blogId: number;
  blogHandle: string;
  updatedAt: Date;
}

export async function articleSitemapBatch(
  db: Db,
  opts: { afterId: number; limit: number; now: Date },
): Promise<ArticleSitemapRow[]> {
  return db
    .select({
      id: articles.id,
      handle: articles.handle,
      blogId: articles.blogId,
      blogHandle: blogs.handle,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(blogs, eq(blogs.id, articles.blogId))
    .where(
      and(
        gt(articles.id, opts.afterId),
        isNotNull(articles.publishedAt),
        lte(articles.publishedAt, opts.now),
      ),
    )
    .orderBy(asc(articles.id))
    .limit(opts.limit);
}

/** Article ids in id order after `after` (all states), for the SEO module's bulk work. */
export async function articleIdBatch(
  db: Db,
  opts: { after: number; limit: number; query?: string },
): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        gt(articles.id, opts.after),
        opts.query?.trim()
          ? sql`(${articles.title} ilike ${containsPattern(opts.query.trim())} or ${articles.handle} ilike ${containsPattern(opts.query.trim())})`
          : undefined,
      ),
    )
    .orderBy(asc(articles.id))
    .limit(opts.limit);
  return rows.map((r) => r.id);
}

export async function countArticles(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
  return row?.n ?? 0;
}
