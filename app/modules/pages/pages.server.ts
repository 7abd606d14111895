import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { pages } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import {
  idByTranslatedHandle,
  upsertTranslations,
  type TranslationInput,
} from '#app/modules/translations/translations.server.ts';

export type PageRow = typeof pages.$inferSelect;

export async function loadPages(db: Db, ids: number[]): Promise<Map<number, PageRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(pages)
    .where(and(inArray(pages.id, ids), eq(pages.published, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A published page by its source or localized handle. */
export async function findPageIdByHandle(db: Db, handle: string, language: string): Promise<number | null> {
  if (handle.length > 255) return null;
  const id = await idByTranslatedHandle(db, 'Page', handle, language);
  const rows = await db
    .select({ id: pages.id })
    .from(pages)
    .where(and(id ? eq(pages.id, id) : eq(pages.handle, handle), eq(pages.published, true)))
    .limit(1);
  return rows[0]?.id ?? null;
}

export interface PageInput {
  handle: string;
  title: string;
  bodyHtml: string;
  seoDescription?: string | null;
  translations?: Omit<TranslationInput, 'resourceGid'>[];
}

export async function createPage(db: Db, input: PageInput): Promise<number> {
  const [row] = await db
    .insert(pages)
    .values({
      handle: input.handle,
      title: input.title,
      bodyHtml: input.bodyHtml,
      seoDescription: input.seoDescription ?? null,
    })
    .returning({ id: pages.id });
  const gid = toGid('Page', row!.id);
  await upsertTranslations(
    db,
    (input.translations ?? []).map((t) => ({ ...t, resourceGid: gid })),
  );
  return row!.id;
}

/** Published pages, for sitemaps. */
export async function sitemapPages(db: Db): Promise<{ id: number; handle: string; updatedAt: Date }[]> {
  return db
    .select({ id: pages.id, handle: pages.handle, updatedAt: pages.updatedAt })
    .from(pages)
    .where(eq(pages.published, true))
    .orderBy(pages.id);
}

/** Source-language SEO columns of pages, for the SEO module. */
export async function pageSeoSources(db: Db, ids: number[]): Promise<Map<number, PageRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(pages).where(inArray(pages.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Published pages, in id order (search matches them in memory: a shop has tens, not thousands). */
export async function publishedPageIds(db: Db): Promise<number[]> {
  const rows = await db
    .select({ id: pages.id })
    .from(pages)
    .where(eq(pages.published, true))
    .orderBy(pages.id);
  return rows.map((r) => r.id);
}

export async function pageIds(db: Db): Promise<number[]> {
  return (await db.select({ id: pages.id }).from(pages).orderBy(pages.id)).map((r) => r.id);
}

export async function setPageSeoSource(
  db: Db,
  id: number,
  patch: { handle?: string; seoTitle?: string | null; seoDescription?: string | null },
): Promise<void> {
  await db
    .update(pages)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(pages.id, id));
}

export async function pageHandleOwner(db: Db, handle: string): Promise<number | null> {
  const [row] = await db.select({ id: pages.id }).from(pages).where(eq(pages.handle, handle)).limit(1);
  return row?.id ?? null;
}
