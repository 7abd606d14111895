import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { pages } from '#app/db/schema/index.ts';
import { toGid } from '#app/lib/gid.ts';
import { handleTranslations, idByTranslatedHandle, upsertTranslations, type TranslationInput } from '#app/modules/translations/translations.server.ts';

export type PageRow = typeof pages.$inferSelect;

export async function loadPages(db: Db, ids: number[]): Promise<Map<number, PageRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(pages).where(and(inArray(pages.id, ids), eq(pages.published, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A published page by its source or localized handle. */
export async function findPageIdByHandle(db: Db, handle: string, language: string): Promise<number | null> {
  if (handle.length > 255) return null;
  const id = await idByTranslatedHandle(db, 'Page', handle, language);
  const rows = await db.select({ id: pages.id }).from(pages)
    .where(and(id ? eq(pages.id, id) : eq(pages.handle, handle), eq(pages.published, true))).limit(1);
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
  const [row] = await db.insert(pages).values({ handle: input.handle, title: input.title, bodyHtml: input.bodyHtml, seoDescription: input.seoDescription ?? null }).returning({ id: pages.id });
  const gid = toGid('Page', row!.id);
  await upsertTranslations(db, (input.translations ?? []).map((t) => ({ ...t, resourceGid: gid })));
  return row!.id;
}

/** Published pages with localized handles, for sitemaps. */
export async function sitemapPages(db: Db): Promise<{ handle: string; handles: Map<string, string>; updatedAt: Date }[]> {
  const [rows, handles] = await Promise.all([
    db.select({ id: pages.id, handle: pages.handle, updatedAt: pages.updatedAt }).from(pages).where(eq(pages.published, true)).orderBy(pages.id),
    handleTranslations(db, 'gid://shopify/Page/'),
  ]);
  return rows.map((r) => ({ handle: r.handle, handles: handles.get(toGid('Page', r.id)) ?? new Map(), updatedAt: r.updatedAt }));
}
