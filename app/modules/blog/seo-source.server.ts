import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { articles, blogs } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import { toGid } from '#app/lib/gid.ts';
import { handlesOf } from '#app/modules/translations/translations.server.ts';
import { loadMedia, type MediaFile } from '#app/modules/media/media.server.ts';
import type { ArticleRow } from './articles.server.ts';
import type { BlogRow } from './blogs.server.ts';

/** What the SEO module reads of an article: its row, its blog's handle (for the URL) and its image. */
export interface ArticleSeoSource extends ArticleRow {
  blogHandle: string;
  image: MediaFile | null;
}

export async function articleSeoSources(db: Db, ids: number[]): Promise<Map<number, ArticleSeoSource>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ article: articles, blogHandle: blogs.handle })
    .from(articles)
    .innerJoin(blogs, eq(blogs.id, articles.blogId))
    .where(inArray(articles.id, ids));
  const media = await loadMedia(
    db,
    rows.flatMap((r) => (r.article.imageId ? [r.article.imageId] : [])),
  );
  return new Map(
    rows.map((r) => [
      r.article.id,
      {
        ...r.article,
        blogHandle: r.blogHandle,
        image: r.article.imageId ? (media.get(r.article.imageId) ?? null) : null,
      },
    ]),
  );
}

export async function blogSeoSources(db: Db, ids: number[]): Promise<Map<number, BlogRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(blogs).where(inArray(blogs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Source-language SEO columns of an article, written by the SEO module's one write path. */
export async function setArticleSeoSource(
  db: Db,
  id: number,
  patch: { handle?: string; seoTitle?: string | null; seoDescription?: string | null },
): Promise<void> {
  await db
    .update(articles)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(articles.id, id));
  emit('catalog-changed', { productIds: [] });
}

/** The blog an article belongs to (handles are unique per blog). */
export async function articleBlogId(db: Db, id: number): Promise<number | null> {
  const [row] = await db.select({ blogId: articles.blogId }).from(articles).where(eq(articles.id, id));
  return row?.blogId ?? null;
}

/**
 * The handles of a blog's published articles, source and per language: their public URLs, which
 * move when the blog's handle does (drafts and scheduled ones have had no URL to keep).
 */
export async function publishedArticleHandles(
  db: Db,
  blogId: number,
  now: Date,
): Promise<{ handle: string; translated: Map<string, string> }[]> {
  const rows = await db
    .select({ id: articles.id, handle: articles.handle })
    .from(articles)
    .where(and(eq(articles.blogId, blogId), lte(articles.publishedAt, now)))
    .orderBy(articles.id);
  const translated = await handlesOf(
    db,
    rows.map((r) => toGid('Article', r.id)),
  );
  return rows.map((r) => ({
    handle: r.handle,
    translated: translated.get(toGid('Article', r.id)) ?? new Map<string, string>(),
  }));
}
