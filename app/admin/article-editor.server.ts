import type { Db } from '#app/db/client.server.ts';
import { loadArticles } from '#app/modules/blog/article-queries.server.ts';
import {
  ArticleError,
  articleHandleTaken,
  createArticle,
  updateArticle,
} from '#app/modules/blog/articles.server.ts';
import { loadBlogs } from '#app/modules/blog/blogs.server.ts';
import type { ArticleFormValue } from '#app/modules/blog/core/article-input.ts';
import { scheduleDate } from '#app/modules/blog/core/article-input.ts';
import { isValidHandle, publishedAtFor, type PublishChoice } from '#app/modules/blog/core/article-rules.ts';
import { slugify } from '#app/modules/seo/core/seo-checks.ts';
import type { MarketConfig } from '#app/modules/markets/core/market.ts';
import { MediaError, storeImage } from '#app/modules/media/media.server.ts';
import { resourceGid } from '#app/modules/seo/core/fields.ts';
import { applySeoChanges, type ChangeProblem, type SeoChange } from '#app/modules/seo/seo-fields.server.ts';
import type { FieldErrors } from './field-errors.ts';

/**
 * The article editor's writes, which span three modules: content (blog), the image (media) and
 * the handle and SEO text (the SEO module's one write path, so handle changes leave 301s and
 * revisions). Everything that can be refused is checked before anything is written; the SEO
 * changes (all-or-nothing themselves) go before the content, so a refusal there changes nothing.
 */

export type EditorResult = { ok: true; id: number } | { ok: false; errors: FieldErrors; status: number };

const SEO_FIELD: Record<string, string> = {
  handle: 'handle',
  meta_title: 'seoTitle',
  meta_description: 'seoDescription',
};

function seoErrors(problems: ChangeProblem[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) out[SEO_FIELD[p.change.field] ?? 'form'] ??= p.code;
  return out;
}

interface Context {
  db: Db;
  config: MarketConfig;
  staffId: number;
  now: Date;
}

export async function saveArticleSource(
  ctx: Context,
  id: number | null,
  v: ArticleFormValue,
  file: File | null,
): Promise<EditorResult> {
  const { db, config } = ctx;
  const source = config.shopLanguage;
  if (!(await loadBlogs(db, [v.blogId])).has(v.blogId))
    return { ok: false, errors: { blogId: 'unknownBlog' }, status: 400 };
  const existing = id == null ? null : ((await loadArticles(db, [id], null)).get(id) ?? null);
  if (id != null && !existing) return { ok: false, errors: { form: 'unknownArticle' }, status: 404 };
  const handle = v.handle || existing?.handle || slugify(v.title, source);
  if (!isValidHandle(handle)) return { ok: false, errors: { handle: 'handleRequired' }, status: 400 };
  if (await articleHandleTaken(db, v.blogId, id, handle, undefined))
    return { ok: false, errors: { handle: 'handleTaken' }, status: 409 };
  if (file && !v.imageAlt) return { ok: false, errors: { imageAlt: 'altRequired' }, status: 400 };
  const choice: PublishChoice =
    v.publish === 'schedule'
      ? { mode: 'schedule', at: scheduleDate(v.scheduleAt) }
      : v.publish === 'now'
        ? { mode: 'now' }
        : { mode: 'draft' };
  const publishedAt = publishedAtFor(choice, ctx.now, existing?.publishedAt ?? null);
  let imageId: number | null | undefined = v.removeImage ? null : undefined;
  if (file) {
    try {
      imageId = (await storeImage(db, new Uint8Array(await file.arrayBuffer()), { alt: v.imageAlt })).id;
    } catch (e) {
      if (e instanceof MediaError) return { ok: false, errors: { image: e.code }, status: 422 };
      throw e;
    }
  }
  const content = {
    title: v.title,
    bodyHtml: v.bodyHtml,
    summaryHtml: v.summaryHtml,
    authorName: v.authorName,
    authorBio: v.authorBio || null,
    tags: v.tags,
    publishedAt,
  };
  let articleId = id;
  try {
    if (articleId == null) {
      articleId = await createArticle(db, { blogId: v.blogId, handle, ...content, imageId: imageId ?? null });
    }
    const seo = await applySeoChanges(
      db,
      seoChanges('article', articleId, source, {
        handle,
        seoTitle: v.seoTitle,
        seoDescription: v.seoDescription,
      }),
      { origin: 'edit', staffId: ctx.staffId, config },
    );
    if (!seo.ok) return { ok: false, errors: seoErrors(seo.problems), status: 409 };
    if (existing) await updateArticle(db, articleId, { ...content, blogId: v.blogId, imageId });
  } catch (e) {
    if (e instanceof ArticleError) return { ok: false, errors: { handle: e.code }, status: 409 };
    throw e;
  }
  return { ok: true, id: articleId };
}

function seoChanges(
  type: 'article',
  id: number,
  language: string,
  v: { handle: string; seoTitle: string; seoDescription: string },
): SeoChange[] {
  const unitGid = resourceGid(type, id);
  return [
    { type, id, unitGid, field: 'handle', language, value: v.handle || null },
    { type, id, unitGid, field: 'meta_title', language, value: v.seoTitle || null },
    { type, id, unitGid, field: 'meta_description', language, value: v.seoDescription || null },
  ];
}

export interface TranslationFormValue {
  language: string;
  title: string;
  handle: string;
  bodyHtml: string;
  summaryHtml: string;
  seoTitle: string;
  seoDescription: string;
}

/** One language's translation: handle and SEO text through the SEO module, then title, body and excerpt. */
export async function saveArticleTranslation(
  ctx: Context,
  id: number,
  v: TranslationFormValue,
): Promise<EditorResult> {
  if (!(await loadArticles(ctx.db, [id], null)).has(id))
    return { ok: false, errors: { form: 'unknownArticle' }, status: 404 };
  if (v.language === ctx.config.shopLanguage)
    return { ok: false, errors: { language: 'unknownLanguage' }, status: 400 };
  const seo = await applySeoChanges(ctx.db, seoChanges('article', id, v.language, v), {
    origin: 'edit',
    staffId: ctx.staffId,
    config: ctx.config,
  });
  if (!seo.ok) return { ok: false, errors: seoErrors(seo.problems), status: 409 };
  await updateArticle(ctx.db, id, {
    translations: [
      { locale: v.language, field: 'title', value: v.title },
      { locale: v.language, field: 'body_html', value: v.bodyHtml },
      { locale: v.language, field: 'summary_html', value: v.summaryHtml },
    ],
  });
  return { ok: true, id };
}
