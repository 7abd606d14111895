import { and, asc, desc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { blogs } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import { toGid } from '#app/lib/gid.ts';
import {
  deleteTranslation,
  idByTranslatedHandle,
  translationRows,
  translatedHandleOwners,
  upsertTranslations,
  type TranslationInput,
} from '#app/modules/translations/translations.server.ts';
import { sourceDigest } from '#app/modules/translations/digest.server.ts';

export type BlogRow = typeof blogs.$inferSelect;
type LocalizedFields = Omit<TranslationInput, 'resourceGid' | 'source'> & { source?: string };

export interface BlogInput {
  handle: string;
  title: string;
  /** Per-language title and handle; the source text is filled in from the input. */
  translations?: Omit<TranslationInput, 'resourceGid' | 'source'>[];
}

function withSource(gid: string, input: { title: string; handle: string }, rows: LocalizedFields[]) {
  return rows.map((t) => ({
    ...t,
    resourceGid: gid,
    source: t.source ?? (t.field === 'handle' ? input.handle : input.title),
  }));
}

export async function createBlog(db: Db, input: BlogInput): Promise<number> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [row] = await tx
      .insert(blogs)
      .values({ handle: input.handle, title: input.title })
      .returning({ id: blogs.id });
    await upsertTranslations(tx, withSource(toGid('Blog', row!.id), input, input.translations ?? []));
    return row!.id;
  });
}

export async function updateBlogTitle(db: Db, id: number, title: string): Promise<void> {
  await db.update(blogs).set({ title, updatedAt: new Date() }).where(eq(blogs.id, id));
}

/**
 * A blog's title in one language: the source column in the shop's language, else a translation
 * stored with the digest of the source it translates (so a later source change marks it outdated);
 * an empty translation is removed and the source shows. False when the blog does not exist.
 */
export async function saveBlogTitle(
  db: Db,
  id: number,
  v: { language: string; title: string },
  sourceLanguage: string,
): Promise<boolean> {
  const found = await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [row] = await tx.select().from(blogs).where(eq(blogs.id, id));
    if (!row) return false;
    const gid = toGid('Blog', id);
    if (v.language === sourceLanguage) await updateBlogTitle(tx, id, v.title);
    else if (!v.title) await deleteTranslation(tx, gid, 'title', v.language);
    else
      await upsertTranslations(tx, [
        { resourceGid: gid, field: 'title', locale: v.language, value: v.title, source: row.title },
      ]);
    return true;
  });
  if (found) emit('catalog-changed', { productIds: [] });
  return found;
}

/** A blog's translated titles: language → title, and whether the source changed since. */
export async function blogTitleTranslations(
  db: Db,
  blog: Pick<BlogRow, 'id' | 'title'>,
): Promise<Map<string, { value: string; outdated: boolean }>> {
  const rows = await translationRows(db, [toGid('Blog', blog.id)]);
  const digest = sourceDigest(blog.title);
  return new Map(
    rows
      .filter((r) => r.field === 'title')
      .map((r) => [r.locale, { value: r.value, outdated: r.digest !== digest }]),
  );
}

export async function deleteBlog(db: Db, id: number): Promise<boolean> {
  return (await db.delete(blogs).where(eq(blogs.id, id)).returning({ id: blogs.id })).length > 0;
}

export async function loadBlogs(db: Db, ids: number[]): Promise<Map<number, BlogRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(blogs).where(inArray(blogs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** All blogs (a shop has a handful), in id order. */
export async function allBlogs(db: Db): Promise<BlogRow[]> {
  return db.select().from(blogs).orderBy(asc(blogs.id));
}

/** A page of blogs in id order after (or before, walking back) an id. */
export async function blogPage(
  db: Db,
  opts: { afterId?: number; beforeId?: number; limit: number; descending: boolean },
): Promise<BlogRow[]> {
  const conds = [
    opts.afterId != null ? (opts.descending ? lt : gt)(blogs.id, opts.afterId) : undefined,
    opts.beforeId != null ? (opts.descending ? gt : lt)(blogs.id, opts.beforeId) : undefined,
  ];
  return db
    .select()
    .from(blogs)
    .where(and(...conds))
    .orderBy(opts.descending ? desc(blogs.id) : asc(blogs.id))
    .limit(opts.limit);
}

/** A blog by its source or localized handle (another language's handle finds it too, so pages can redirect). */
export async function findBlogIdByHandle(db: Db, handle: string, language: string): Promise<number | null> {
  if (handle.length > 255) return null;
  const translated = await idByTranslatedHandle(db, 'Blog', handle, language);
  if (translated != null) return translated;
  const [row] = await db.select({ id: blogs.id }).from(blogs).where(eq(blogs.handle, handle)).limit(1);
  return row?.id ?? null;
}

export async function blogIds(db: Db): Promise<number[]> {
  return (await db.select({ id: blogs.id }).from(blogs).orderBy(blogs.id)).map((r) => r.id);
}

/** Source-language SEO columns, written by the SEO module's one write path. */
export async function setBlogSeoSource(
  db: Db,
  id: number,
  patch: { handle?: string; seoTitle?: string | null; seoDescription?: string | null },
): Promise<void> {
  await db
    .update(blogs)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(blogs.id, id));
}

/** Whether another blog answers to `handle` (in its source or, given a language, its translation). */
export async function blogHandleTaken(
  db: Db,
  id: number,
  handle: string,
  language: string | undefined,
): Promise<boolean> {
  const [source] = await db
    .select({ id: blogs.id })
    .from(blogs)
    .where(and(eq(blogs.handle, handle), ne(blogs.id, id)))
    .limit(1);
  if (source) return true;
  const owners = await translatedHandleOwners(db, 'Blog', handle, language);
  return owners.some((o) => o.gid !== toGid('Blog', id));
}
