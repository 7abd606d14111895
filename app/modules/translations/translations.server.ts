import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { translations } from '#app/db/schema/index.ts';
import { sourceDigest } from './digest.server.ts';

/** Translatable field keys, as in Shopify's translatable content. */
export type TranslatableField =
  | 'title'
  | 'body_html'
  | 'summary_html'
  | 'handle'
  | 'meta_title'
  | 'meta_description'
  | 'alt'
  | 'name'
  | 'og_title'
  | 'og_description'
  | 'focus_keyword';

/**
 * One field's translations in one locale as a relation (resource_gid, value), for another
 * module's raw SQL to join: searching and sorting by translated text stays one indexed statement.
 */
export function translationsOf(field: TranslatableField, locale: string): SQL {
  return sql`(select resource_gid, value from translations where field = ${field} and locale = ${locale})`;
}

/** (gid -> field -> value) for one locale. */
export type TranslationMap = Map<string, Map<string, string>>;

export async function loadTranslations(db: Db, gids: string[], locale: string): Promise<TranslationMap> {
  const out: TranslationMap = new Map();
  if (gids.length === 0) return out;
  const rows = await db
    .select({ gid: translations.resourceGid, field: translations.field, value: translations.value })
    .from(translations)
    .where(and(eq(translations.locale, locale), inArray(translations.resourceGid, gids)));
  for (const row of rows) {
    let fields = out.get(row.gid);
    if (!fields) out.set(row.gid, (fields = new Map()));
    fields.set(row.field, row.value);
  }
  return out;
}

export interface TranslationInput {
  resourceGid: string;
  field: TranslatableField;
  locale: string;
  value: string;
  /** The source text this value translates; its digest is stored with the row. */
  source: string;
}

export async function upsertTranslations(db: Db, inputs: TranslationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((t) => ({
    resourceGid: t.resourceGid,
    field: t.field,
    locale: t.locale,
    value: t.value,
    sourceDigest: sourceDigest(t.source),
    updatedAt: new Date(),
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(translations)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [translations.resourceGid, translations.field, translations.locale],
        set: {
          value: sqlExcluded('value'),
          sourceDigest: sqlExcluded('source_digest'),
          updatedAt: new Date(),
        },
      });
  }
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** Looks a translated value up, falling back to the source (shop default locale) value. */
export function translated(
  map: TranslationMap,
  gid: string,
  field: TranslatableField,
  source: string,
): string {
  return map.get(gid)?.get(field) ?? source;
}

/** The id of the resource of `type` whose handle translation in `language` is `handle`, if any. */
export async function idByTranslatedHandle(
  db: Db,
  type: 'Product' | 'Collection' | 'Page' | 'Blog' | 'Article',
  handle: string,
  language: string,
): Promise<number | null> {
  // A handle of another language also finds the resource, so the page can redirect to the right one.
  const [row] = await db
    .select({ gid: translations.resourceGid })
    .from(translations)
    .where(
      and(
        eq(translations.field, 'handle'),
        eq(translations.value, handle),
        sql`${translations.resourceGid} like ${`gid://shopify/${type}/%`}`,
      ),
    )
    .orderBy(sql`${translations.locale} = ${language} desc`)
    .limit(1);
  return row ? Number(row.gid.split('/').pop()) : null;
}

/** Translated handles of some resources: gid → locale → handle (for sitemaps). */
export async function handlesOf(db: Db, gids: string[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (gids.length === 0) return out;
  const rows = await db
    .select({ gid: translations.resourceGid, locale: translations.locale, value: translations.value })
    .from(translations)
    .where(and(eq(translations.field, 'handle'), inArray(translations.resourceGid, gids)));
  for (const r of rows) {
    const m = out.get(r.gid) ?? new Map<string, string>();
    m.set(r.locale, r.value);
    out.set(r.gid, m);
  }
  return out;
}

export interface TranslationRow {
  gid: string;
  field: string;
  locale: string;
  value: string;
  digest: string;
  updatedAt: Date;
}

/** Translation rows (value and source digest) of some resources, in some locales or all. */
export async function translationRows(db: Db, gids: string[], locales?: string[]): Promise<TranslationRow[]> {
  if (gids.length === 0) return [];
  return db
    .select({
      gid: translations.resourceGid,
      field: translations.field,
      locale: translations.locale,
      value: translations.value,
      digest: translations.sourceDigest,
      updatedAt: translations.updatedAt,
    })
    .from(translations)
    .where(
      and(
        inArray(translations.resourceGid, gids),
        locales ? inArray(translations.locale, locales) : undefined,
      ),
    );
}

/** Which of `gids` have a non-empty translation of `field` in any locale. */
export async function gidsTranslated(db: Db, gids: string[], field: TranslatableField): Promise<Set<string>> {
  if (gids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ gid: translations.resourceGid })
    .from(translations)
    .where(
      and(
        inArray(translations.resourceGid, gids),
        eq(translations.field, field),
        sql`btrim(${translations.value}) <> ''`,
      ),
    );
  return new Set(rows.map((r) => r.gid));
}

export async function deleteTranslation(
  db: Db,
  gid: string,
  field: TranslatableField,
  locale: string,
): Promise<void> {
  await db
    .delete(translations)
    .where(
      and(eq(translations.resourceGid, gid), eq(translations.field, field), eq(translations.locale, locale)),
    );
}

/** Resources of a type whose translated handle in some locale equals `handle` (to keep handles unique). */
export async function translatedHandleOwners(
  db: Db,
  type: 'Product' | 'Collection' | 'Page' | 'Blog' | 'Article',
  handle: string,
  locale?: string,
): Promise<{ gid: string; locale: string }[]> {
  return db
    .select({ gid: translations.resourceGid, locale: translations.locale })
    .from(translations)
    .where(
      and(
        eq(translations.field, 'handle'),
        eq(translations.value, handle),
        locale ? eq(translations.locale, locale) : undefined,
        sql`${translations.resourceGid} like ${`gid://shopify/${type}/%`}`,
      ),
    );
}
