import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { isUniqueViolation } from '#app/db/pg-error.ts';
import { articles, blogs } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import { toGid } from '#app/lib/gid.ts';
import {
  deleteTranslation,
  translatedHandleOwners,
  translationRows,
  upsertTranslations,
} from '#app/modules/translations/translations.server.ts';
import { isValidHandle } from './core/article-rules.ts';
import { sanitizeArticleHtml } from './core/sanitize.ts';

export type ArticleRow = typeof articles.$inferSelect;

/** Fields an article translates in the editor; handle and SEO text go through the SEO module. */
export const ARTICLE_TEXT_FIELDS = ['title', 'body_html', 'summary_html'] as const;
export type ArticleTextField = (typeof ARTICLE_TEXT_FIELDS)[number];
type TranslatedField = ArticleTextField | 'handle' | 'meta_title' | 'meta_description';

export interface ArticleTranslation {
  locale: string;
  field: TranslatedField;
  value: string;
}

export interface ArticleInput {
  blogId: number;
  handle: string;
  title: string;
  bodyHtml: string;
  summaryHtml?: string;
  authorName: string;
  authorBio?: string | null;
  tags?: string[];
  imageId?: number | null;
  publishedAt: Date | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  translations?: ArticleTranslation[];
}

export type ArticleErrorCode = 'handleTaken' | 'invalidHandle' | 'unknownBlog' | 'unknownArticle';

/** A refused write; nothing was changed. */
export class ArticleError extends Error {
  readonly code: ArticleErrorCode;
  constructor(code: ArticleErrorCode) {
    super(`article write refused: ${code}`);
    this.code = code;
    this.name = 'ArticleError';
  }
}

const cleanHtml = (field: TranslatedField, value: string) =>
  field === 'body_html' || field === 'summary_html' ? sanitizeArticleHtml(value) : value.trim();

function sourceOf(
  row: Pick<ArticleRow, 'title' | 'bodyHtml' | 'summaryHtml' | 'handle' | 'seoTitle' | 'seoDescription'>,
) {
  return {
    title: row.title,
    body_html: row.bodyHtml,
    summary_html: row.summaryHtml,
    handle: row.handle,
    meta_title: row.seoTitle ?? '',
    meta_description: row.seoDescription ?? '',
  } satisfies Record<TranslatedField, string>;
}

/** Whether another article of the blog answers to `handle` (source, or a translation in `language`). */
export async function articleHandleTaken(
  db: Db,
  blogId: number,
  id: number | null,
  handle: string,
  language: string | undefined,
): Promise<boolean> {
  const [source] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(eq(articles.blogId, blogId), eq(articles.handle, handle), id ? ne(articles.id, id) : undefined),
    )
    .limit(1);
  if (source) return true;
  const owners = (await translatedHandleOwners(db, 'Article', handle, language))
    .map((o) => Number(o.gid.split('/').pop()))
    .filter((other) => other !== id);
  if (owners.length === 0) return false;
  const sameBlog = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(inArray(articles.id, owners), eq(articles.blogId, blogId)))
    .limit(1);
  return sameBlog.length > 0;
}

async function checkHandles(db: Db, blogId: number, id: number | null, input: ArticleInput): Promise<void> {
  const handles = [
    { handle: input.handle, locale: undefined as string | undefined },
    ...(input.translations ?? [])
      .filter((t) => t.field === 'handle')
      .map((t) => ({ handle: t.value.trim(), locale: t.locale })),
  ];
  for (const h of handles) {
    if (!isValidHandle(h.handle)) throw new ArticleError('invalidHandle');
    if (await articleHandleTaken(db, blogId, id, h.handle, h.locale)) throw new ArticleError('handleTaken');
  }
}

/** Creates an article with its translations; bodies are sanitized. Throws ArticleError, writing nothing. */
export async function createArticle(db: Db, input: ArticleInput): Promise<number> {
  try {
    const id = await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      const [blog] = await tx.select({ id: blogs.id }).from(blogs).where(eq(blogs.id, input.blogId));
      if (!blog) throw new ArticleError('unknownBlog');
      await checkHandles(tx, input.blogId, null, input);
      const [row] = await tx
        .insert(articles)
        .values({
          blogId: input.blogId,
          handle: input.handle,
          title: input.title.trim(),
          bodyHtml: sanitizeArticleHtml(input.bodyHtml),
          summaryHtml: sanitizeArticleHtml(input.summaryHtml ?? ''),
          authorName: input.authorName.trim(),
          authorBio: input.authorBio?.trim() || null,
          tags: input.tags ?? [],
          imageId: input.imageId ?? null,
          publishedAt: input.publishedAt,
          seoTitle: input.seoTitle ?? null,
          seoDescription: input.seoDescription ?? null,
        })
        .returning();
      await writeTranslations(tx, row!, input.translations ?? []);
      return row!.id;
    });
    emit('catalog-changed', { productIds: [] });
    return id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ArticleError('handleTaken');
    throw error;
  }
}

export interface ArticlePatch {
  blogId?: number;
  title?: string;
  bodyHtml?: string;
  summaryHtml?: string;
  authorName?: string;
  authorBio?: string | null;
  tags?: string[];
  /** undefined keeps the image; null removes it. */
  imageId?: number | null;
  publishedAt?: Date | null;
  /** Per-language title, body and summary; an empty value removes the translation (the source shows). */
  translations?: { locale: string; field: ArticleTextField; value: string }[];
}

/** Updates content fields (not the handle or SEO text, which the SEO module writes with redirects). */
export async function updateArticle(db: Db, id: number, patch: ArticlePatch): Promise<void> {
  try {
    await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      const [current] = await tx.select().from(articles).where(eq(articles.id, id));
      if (!current) throw new ArticleError('unknownArticle');
      if (patch.blogId != null && patch.blogId !== current.blogId) {
        const [blog] = await tx.select({ id: blogs.id }).from(blogs).where(eq(blogs.id, patch.blogId));
        if (!blog) throw new ArticleError('unknownBlog');
        if (await articleHandleTaken(tx, patch.blogId, id, current.handle, undefined))
          throw new ArticleError('handleTaken');
      }
      const [row] = await tx
        .update(articles)
        .set({
          ...(patch.blogId != null ? { blogId: patch.blogId } : {}),
          ...(patch.title != null ? { title: patch.title.trim() } : {}),
          ...(patch.bodyHtml != null ? { bodyHtml: sanitizeArticleHtml(patch.bodyHtml) } : {}),
          ...(patch.summaryHtml != null ? { summaryHtml: sanitizeArticleHtml(patch.summaryHtml) } : {}),
          ...(patch.authorName != null ? { authorName: patch.authorName.trim() } : {}),
          ...(patch.authorBio !== undefined ? { authorBio: patch.authorBio?.trim() || null } : {}),
          ...(patch.tags ? { tags: patch.tags } : {}),
          ...(patch.imageId !== undefined ? { imageId: patch.imageId } : {}),
          ...(patch.publishedAt !== undefined ? { publishedAt: patch.publishedAt } : {}),
          updatedAt: new Date(),
        })
        .where(eq(articles.id, id))
        .returning();
      const gid = toGid('Article', id);
      for (const t of patch.translations ?? []) {
        if (!t.value.trim()) await deleteTranslation(tx, gid, t.field, t.locale);
      }
      await writeTranslations(
        tx,
        row!,
        (patch.translations ?? []).filter((t) => t.value.trim()),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ArticleError('handleTaken');
    throw error;
  }
  emit('catalog-changed', { productIds: [] });
}

async function writeTranslations(db: Db, row: ArticleRow, rows: ArticleTranslation[]): Promise<void> {
  const source = sourceOf(row);
  const gid = toGid('Article', row.id);
  await upsertTranslations(
    db,
    rows.map((t) => ({
      resourceGid: gid,
      field: t.field,
      locale: t.locale,
      value: cleanHtml(t.field, t.value),
      source: source[t.field],
    })),
  );
}

/** Publishes (now or at a time) or, with null, unpublishes: a draft again. */
export async function setArticlePublishedAt(db: Db, id: number, publishedAt: Date | null): Promise<boolean> {
  const rows = await db
    .update(articles)
    .set({ publishedAt, updatedAt: new Date() })
    .where(eq(articles.id, id))
    .returning({ id: articles.id });
  if (rows.length) emit('catalog-changed', { productIds: [] });
  return rows.length > 0;
}

export async function deleteArticle(db: Db, id: number): Promise<boolean> {
  const rows = await db.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
  if (rows.length) emit('catalog-changed', { productIds: [] });
  return rows.length > 0;
}

/** Every stored translation of an article's content fields: locale → field → value (for the editor). */
export async function articleTranslations(db: Db, id: number): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const r of await translationRows(db, [toGid('Article', id)])) {
    const m = out.get(r.locale) ?? new Map<string, string>();
    m.set(r.field, r.value);
    out.set(r.locale, m);
  }
  return out;
}
