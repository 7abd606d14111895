import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { articles, blogs } from '#app/db/schema/index.ts';
import { articleSitemapBatch, type ArticleSitemapRow } from './article-queries.server.ts';

/** Sitemap rows as the catalog's: id, source handle and last change. */
export interface BlogSitemapRow {
  id: number;
  handle: string;
  updatedAt: Date;
}

/** Blogs with at least one published article: an empty blog is not worth a crawler's visit. */
export async function sitemapBlogs(db: Db, now = new Date()): Promise<BlogSitemapRow[]> {
  return db
    .selectDistinct({ id: blogs.id, handle: blogs.handle, updatedAt: blogs.updatedAt })
    .from(blogs)
    .innerJoin(
      articles,
      and(eq(articles.blogId, blogs.id), isNotNull(articles.publishedAt), lte(articles.publishedAt, now)),
    )
    .orderBy(asc(blogs.id));
}

/** Published articles in id order, streamed in keyset batches (the same walk as the product files). */
export async function* sitemapArticleBatches(
  db: Db,
  now: Date,
  batch = 500,
): AsyncGenerator<ArticleSitemapRow[]> {
  for (let afterId = 0; ;) {
    const rows = await articleSitemapBatch(db, { afterId, limit: batch, now });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** Every published article (the Storefront API's `sitemap(type: ARTICLE)` pages these by 250). */
export async function sitemapArticles(db: Db, now: Date): Promise<ArticleSitemapRow[]> {
  const out: ArticleSitemapRow[] = [];
  for await (const rows of sitemapArticleBatches(db, now)) out.push(...rows);
  return out;
}
