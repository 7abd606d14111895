import { eq, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { isUniqueViolation } from '#app/db/pg-error.ts';
import { seoResources, seoRevisions } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';
import {
  catalogHandleOwner,
  setCatalogImageAlt,
  setCatalogSeoSource,
  touchCatalog,
} from '#app/modules/catalog/seo-source.server.ts';
import { articleHandleTaken } from '#app/modules/blog/articles.server.ts';
import { blogHandleTaken, setBlogSeoSource } from '#app/modules/blog/blogs.server.ts';
import {
  articleBlogId,
  publishedArticleHandles,
  setArticleSeoSource,
} from '#app/modules/blog/seo-source.server.ts';
import { localeTag } from '#app/modules/markets/core/locale.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { pageHandleOwner, setPageSeoSource } from '#app/modules/pages/pages.server.ts';
import { setShopSeoSource } from '#app/modules/shop/shop.server.ts';
import { sourceDigest } from '#app/modules/translations/digest.server.ts';
import {
  deleteTranslation,
  handlesOf,
  translatedHandleOwners,
  translationRows,
  upsertTranslations,
  type TranslationRow,
} from '#app/modules/translations/translations.server.ts';
import {
  hasControlCharacters,
  MAX_LENGTH,
  PATH_SEGMENT,
  resourceGid,
  translationStatus,
  type SeoField,
  type SeoResourceType,
  type TranslationStatus,
} from './core/fields.ts';
import { isValidHandle } from './core/seo-checks.ts';
import { redirectForHandleChange } from './redirects.server.ts';
import { loadSubjects, sourceOf, unitsOf, type SeoSubject } from './subjects.server.ts';

/** One field's value in one language, with its source and translation status. */
export interface FieldValue {
  unitGid: string;
  field: SeoField;
  source: string | null;
  value: string | null;
  status: TranslationStatus;
  sourceDigest: string;
}

/** Every unit's value of some subjects in some languages: gid → language → values. */
export async function seoValues(
  db: Db,
  subjects: SeoSubject[],
  languages: string[],
  sourceLanguage: string,
): Promise<Map<string, Map<string, FieldValue[]>>> {
  const unitGids = subjects.flatMap((s) => [s.gid, ...s.images.map((i) => i.gid)]);
  const rows = await translationRows(
    db,
    unitGids,
    languages.filter((l) => l !== sourceLanguage),
  );
  const byKey = new Map<string, TranslationRow>(rows.map((r) => [`${r.gid}|${r.field}|${r.locale}`, r]));
  const out = new Map<string, Map<string, FieldValue[]>>();
  for (const s of subjects) {
    const perLanguage = new Map<string, FieldValue[]>();
    for (const language of languages) {
      perLanguage.set(
        language,
        unitsOf(s).map(({ unitGid, field }) => {
          const source = sourceOf(s, unitGid, field);
          const digest = sourceDigest(source ?? '');
          const row = language === sourceLanguage ? undefined : byKey.get(`${unitGid}|${field}|${language}`);
          return {
            unitGid,
            field,
            source,
            sourceDigest: digest,
            value: language === sourceLanguage ? source : (row?.value ?? null),
            status: translationStatus(
              language === sourceLanguage,
              row ? { digest: row.digest } : undefined,
              digest,
            ),
          };
        }),
      );
    }
    out.set(s.gid, perLanguage);
  }
  return out;
}

export interface SeoChange {
  type: SeoResourceType;
  id: number;
  /** The resource's gid, or an image's for alt text. */
  unitGid: string;
  field: SeoField;
  language: string;
  /** null or '' clears: the source value of a translation (fallback), or the field itself in the source language. */
  value: string | null;
  /** Apply only if the field still holds this value (undo: the value it undoes). */
  ifValue?: string | null;
}

export type ChangeProblemCode =
  | 'unknownResource'
  | 'unknownUnit'
  | 'unknownLanguage'
  | 'tooLong'
  | 'invalidHandle'
  | 'handleTaken'
  | 'handleRequired'
  | 'controlCharacters'
  | 'changedSince';
export interface ChangeProblem {
  index: number;
  change: SeoChange;
  code: ChangeProblemCode;
  params?: Record<string, string | number>;
}

export interface ApplyMeta {
  origin: 'edit' | 'template' | 'import' | 'undo';
  batch?: string | null;
  staffId?: number | null;
  config: MarketConfig;
}

const normalize = (field: SeoField, value: string | null) => {
  if (value == null) return null;
  const v = value.replace(/\r\n?/g, '\n');
  const trimmed = field === 'handle' ? v.trim().normalize('NFKC') : v.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * Applies SEO changes all-or-nothing: every change is validated first and every problem is
 * reported; only when there are none is anything written, in one transaction, with a revision
 * per changed field, a 301 for every handle that changed, and the cache told.
 */
export async function applySeoChanges(db: Db, changes: SeoChange[], meta: ApplyMeta): Promise<ApplyResult> {
  let result: ApplyResult;
  try {
    // Validation reads inside the same transaction as the writes, so what was checked is what is changed.
    result = await db.transaction(async (txn) => applyInTransaction(txn as unknown as Db, changes, meta));
  } catch (error) {
    // Two saves racing for one handle: the unique indexes decide, the loser hears it as a problem.
    if (!isUniqueViolation(error)) throw error;
    const problems = changes.flatMap((change, index) =>
      change.field === 'handle'
        ? [{ index, change, code: 'handleTaken' as const, params: { handle: change.value ?? '' } }]
        : [],
    );
    return { ok: false, problems };
  }
  if (result.ok && result.changed) emit('catalog-changed', { productIds: null });
  return result;
}

type ApplyResult =
  { ok: true; changed: number; revisionIds: number[] } | { ok: false; problems: ChangeProblem[] };

async function applyInTransaction(db: Db, changes: SeoChange[], meta: ApplyMeta): Promise<ApplyResult> {
  const sourceLanguage = meta.config.shopLanguage;
  const languages = new Set(
    allLocales(meta.config)
      .map((l) => l.language)
      .concat(sourceLanguage),
  );
  const subjects = await subjectsFor(db, changes);
  const problems: ChangeProblem[] = [];
  const normalized = changes.map((c) => ({ ...c, value: normalize(c.field, c.value) }));
  const claimedHandles = new Map<string, number>();
  for (const [index, change] of normalized.entries()) {
    const problem = (code: ChangeProblemCode, params?: ChangeProblem['params']) =>
      problems.push({ index, change: changes[index]!, code, ...(params ? { params } : {}) });
    const subject = subjects.get(resourceGid(change.type, change.id));
    if (!subject) {
      problem('unknownResource');
      continue;
    }
    const units = unitsOf(subject);
    if (!units.some((u) => u.unitGid === change.unitGid && u.field === change.field)) {
      problem('unknownUnit');
      continue;
    }
    if (!languages.has(change.language)) {
      problem('unknownLanguage');
      continue;
    }
    // An uploaded image's own alt text is set with the upload (the media module owns it); here it is translated.
    if (change.field === 'alt' && subject.type === 'article' && change.language === sourceLanguage) {
      problem('unknownUnit');
      continue;
    }
    const v = change.value;
    if (v != null && [...v].length > MAX_LENGTH[change.field])
      problem('tooLong', { max: MAX_LENGTH[change.field] });
    if (v != null && hasControlCharacters(v)) problem('controlCharacters');
    if (change.field === 'handle') {
      if (v == null && change.language === sourceLanguage) problem('handleRequired');
      else if (v != null && !isValidHandle(v)) problem('invalidHandle');
      else if (v != null) {
        const key = `${change.type}|${change.language}|${v}`;
        const other = claimedHandles.get(key);
        if (other != null && other !== change.id) problem('handleTaken', { handle: v });
        claimedHandles.set(key, change.id);
        if (
          await handleTakenByOther(
            db,
            change.type as Exclude<SeoResourceType, 'home'>,
            change.id,
            v,
            change.language,
            sourceLanguage,
          )
        )
          problem('handleTaken', { handle: v });
      }
    }
  }
  if (problems.length) return { ok: false, problems };

  const revisionIds: number[] = [];
  const touched = new Set<string>();
  const current = await seoValues(
    db,
    [...subjects.values()],
    [...new Set(normalized.map((c) => c.language))],
    sourceLanguage,
  );
  const valueNow = (change: SeoChange) =>
    current
      .get(resourceGid(change.type, change.id))!
      .get(change.language)!
      .find((f) => f.unitGid === change.unitGid && f.field === change.field)!;
  // An undo only applies to the value it undoes: if the field moved on, nothing is written.
  const moved = normalized.flatMap((change, index) =>
    change.ifValue !== undefined && valueNow(change).value !== change.ifValue
      ? [{ index, change: changes[index]!, code: 'changedSince' as const }]
      : [],
  );
  if (moved.length) return { ok: false, problems: moved };
  for (const change of normalized) {
    const subject = subjects.get(resourceGid(change.type, change.id))!;
    const fieldValue = current
      .get(subject.gid)!
      .get(change.language)!
      .find((f) => f.unitGid === change.unitGid && f.field === change.field)!;
    const before = fieldValue.value;
    if (before === change.value) continue;
    if (change.language === sourceLanguage) await writeSource(db, subject, change);
    else if (change.value == null) await deleteTranslation(db, change.unitGid, change.field, change.language);
    else
      await upsertTranslations(db, [
        {
          resourceGid: change.unitGid,
          field: change.field,
          locale: change.language,
          value: change.value,
          source: fieldValue.source ?? '',
        },
      ]);
    // Later changes in the same batch see this one.
    fieldValue.value = change.value;
    if (
      change.language === sourceLanguage &&
      subject.source[change.field as keyof SeoSubject['source']] !== undefined
    ) {
      (subject.source as Record<string, string | null>)[change.field] = change.value;
    }
    const [rev] = await db
      .insert(seoRevisions)
      .values({
        resourceGid: change.unitGid,
        field: change.field,
        locale: change.language,
        before,
        after: change.value,
        origin: meta.origin,
        batch: meta.batch ?? null,
        staffId: meta.staffId ?? null,
      })
      .returning({ id: seoRevisions.id });
    revisionIds.push(rev!.id);
    if (change.field === 'handle' && subject.type !== 'home')
      await redirectHandle(
        db,
        meta.config,
        subject,
        change.language,
        before ?? subject.source.handle,
        change.value ?? subject.source.handle,
      );
    if (change.language !== sourceLanguage) touched.add(`${subject.type}|${subject.id}`);
  }
  for (const key of touched) {
    const [type, id] = key.split('|') as [SeoResourceType, string];
    if (type === 'product' || type === 'collection') await touchCatalog(db, type, Number(id));
    else if (type === 'page') await setPageSeoSource(db, Number(id), {});
    else if (type === 'blog') await setBlogSeoSource(db, Number(id), {});
    else if (type === 'article') await setArticleSeoSource(db, Number(id), {});
  }
  return { ok: true, changed: revisionIds.length, revisionIds };
}

async function subjectsFor(db: Db, changes: SeoChange[]): Promise<Map<string, SeoSubject>> {
  const idsByType = new Map<SeoResourceType, Set<number>>();
  for (const c of changes) {
    if (!Number.isSafeInteger(c.id) || c.id <= 0 || c.id > 2_147_483_647) continue;
    const set = idsByType.get(c.type) ?? new Set<number>();
    set.add(c.id);
    idsByType.set(c.type, set);
  }
  const out = new Map<string, SeoSubject>();
  for (const [type, ids] of idsByType) {
    for (const s of await loadSubjects(db, type, [...ids])) out.set(s.gid, s);
  }
  return out;
}

const GID_TYPE = { product: 'Product', collection: 'Collection', page: 'Page' } as const;

/** A handle must stay unique per type and language: no other resource may answer to it there. */
async function handleTakenByOther(
  db: Db,
  type: Exclude<SeoResourceType, 'home'>,
  id: number,
  handle: string,
  language: string,
  sourceLanguage: string,
): Promise<boolean> {
  const language_ = language === sourceLanguage ? undefined : language;
  if (type === 'blog') return blogHandleTaken(db, id, handle, language_);
  if (type === 'article') {
    // Article handles are unique within their blog.
    const blogId = await articleBlogId(db, id);
    return blogId != null && articleHandleTaken(db, blogId, id, handle, language_);
  }
  const self = resourceGid(type, id);
  const sourceOwner =
    type === 'page' ? await pageHandleOwner(db, handle) : await catalogHandleOwner(db, type, handle);
  if (sourceOwner != null && sourceOwner !== id) return true;
  const translated = await translatedHandleOwners(
    db,
    GID_TYPE[type],
    handle,
    language === sourceLanguage ? undefined : language,
  );
  return translated.some((t) => t.gid !== self);
}

async function writeSource(
  db: Db,
  subject: SeoSubject,
  change: SeoChange & { value: string | null },
): Promise<void> {
  const v = change.value;
  if (change.field === 'alt') {
    const imageId = Number(change.unitGid.split('/').pop());
    if (subject.type === 'product' || subject.type === 'collection')
      await setCatalogImageAlt(db, subject.type, imageId, v);
    return;
  }
  if (change.field === 'og_title' || change.field === 'og_description' || change.field === 'focus_keyword') {
    const column = { og_title: 'ogTitle', og_description: 'ogDescription', focus_keyword: 'focusKeyword' }[
      change.field
    ] as 'ogTitle' | 'ogDescription' | 'focusKeyword';
    await db
      .insert(seoResources)
      .values({ resourceGid: subject.gid, [column]: v })
      .onConflictDoUpdate({ target: seoResources.resourceGid, set: { [column]: v, updatedAt: sql`now()` } });
    return;
  }
  const patch =
    change.field === 'handle'
      ? { handle: v! }
      : change.field === 'meta_title'
        ? { seoTitle: v }
        : { seoDescription: v };
  if (subject.type === 'home')
    await setShopSeoSource(db, patch as { seoTitle?: string | null; seoDescription?: string | null });
  else if (subject.type === 'page') await setPageSeoSource(db, subject.id, patch);
  else if (subject.type === 'blog') await setBlogSeoSource(db, subject.id, patch);
  else if (subject.type === 'article') await setArticleSeoSource(db, subject.id, patch);
  else await setCatalogSeoSource(db, subject.type, subject.id, patch);
}

/**
 * The old URL keeps working. A translated handle is served in every storefront locale of its
 * language; the source handle is the fallback everywhere else, so its redirect applies to all ("*").
 */
async function redirectHandle(
  db: Db,
  config: MarketConfig,
  subject: SeoSubject,
  language: string,
  oldHandle: string | null,
  newHandle: string | null,
): Promise<void> {
  if (!oldHandle || !newHandle || oldHandle === newHandle || subject.type === 'home') return;
  const locales =
    language === config.shopLanguage
      ? ['*']
      : allLocales(config)
          .filter((l) => l.language === language)
          .map(localeTag);
  const rules = locales.map((locale) => ({ locale, segment: segmentOf(subject) }));
  if (subject.type === 'article' && subject.blog) {
    // An article's URL names its blog, whose handle may be translated: each locale keeps its own old URL.
    const blogHandles = (await handlesOf(db, [resourceGid('blog', subject.blog.id)])).get(
      resourceGid('blog', subject.blog.id),
    );
    const localized = allLocales(config).filter((l) => {
      const h = blogHandles?.get(l.language);
      return h && h !== subject.blog!.handle && (language === config.shopLanguage || l.language === language);
    });
    for (const l of localized) {
      const rule = { locale: localeTag(l), segment: `blogs/${blogHandles!.get(l.language)!}` };
      const i = rules.findIndex((r) => r.locale === rule.locale);
      if (i >= 0) rules[i] = rule;
      else rules.push(rule);
    }
  }
  for (const { locale, segment } of rules) await redirectOrThrow(db, locale, segment, oldHandle, newHandle);
  if (subject.type === 'blog')
    await redirectBlogArticles(db, config, subject, language, oldHandle, newHandle);
}

async function redirectOrThrow(
  db: Db,
  locale: string,
  segment: string,
  oldHandle: string,
  newHandle: string,
) {
  const result = await redirectForHandleChange(db, locale, segment, oldHandle, newHandle);
  // Handles are validated and the new URL's own rules were removed, so this cannot be refused.
  if (!result.ok)
    throw new Error(
      `Redirect for ${segment}/${oldHandle} → ${newHandle} in ${locale} refused: ${result.problem}`,
    );
}

/**
 * A blog's handle is in each of its published articles' URLs (/blogs/<blog>/<article>), so those
 * move too: each keeps a 301 in the locales whose blog URL changed, under the article's handle there.
 * A source change moves the locales without a translated blog handle: one "*" rule for the source
 * article handle, and per-locale rules where the article's handle is translated.
 */
async function redirectBlogArticles(
  db: Db,
  config: MarketConfig,
  subject: SeoSubject,
  language: string,
  oldHandle: string,
  newHandle: string,
): Promise<void> {
  const items = await publishedArticleHandles(db, subject.id, new Date());
  if (items.length === 0) return;
  const isSource = language === config.shopLanguage;
  const blogHandles = (await handlesOf(db, [subject.gid])).get(subject.gid);
  const locales = allLocales(config).filter((l) =>
    isSource ? !blogHandles?.has(l.language) : l.language === language,
  );
  // The article handle rides in the "handle" part: /blogs/<old blog>/<article> → /blogs/<new blog>/<article>.
  const move = (locale: string, article: string) =>
    redirectOrThrow(db, locale, 'blogs', `${oldHandle}/${article}`, `${newHandle}/${article}`);
  for (const a of items) {
    if (isSource) await move('*', a.handle);
    for (const l of locales) {
      const own = a.translated.get(l.language) ?? a.handle;
      if (!isSource || own !== a.handle) await move(localeTag(l), own);
    }
  }
}

/** The path before a resource's handle: "products", or "blogs/<blog handle>" for an article. */
function segmentOf(subject: SeoSubject): string {
  if (subject.type === 'article') return `blogs/${subject.blog?.handle ?? ''}`;
  return PATH_SEGMENT[subject.type as Exclude<SeoResourceType, 'home' | 'article'>];
}

/** Indexing controls of a resource: noindex and sitemap exclusion; the social image. */
export async function setIndexing(
  db: Db,
  type: SeoResourceType,
  id: number,
  patch: { noindex?: boolean; sitemapExclude?: boolean; ogImage?: string | null },
): Promise<void> {
  const gid = resourceGid(type, id);
  await db
    .insert(seoResources)
    .values({ resourceGid: gid, ...patch })
    .onConflictDoUpdate({ target: seoResources.resourceGid, set: { ...patch, updatedAt: sql`now()` } });
  if (type === 'product' || type === 'collection') await touchCatalog(db, type, id);
  emit('catalog-changed', { productIds: null });
}

export async function indexingOf(db: Db, gid: string) {
  const [row] = await db.select().from(seoResources).where(eq(seoResources.resourceGid, gid));
  return {
    noindex: row?.noindex ?? false,
    sitemapExclude: row?.sitemapExclude ?? false,
    ogImage: row?.ogImage ?? null,
  };
}

/**
 * Marks a resource's outdated translations in a language as up to date (the translator checked
 * them against the new source): their digest moves to the current source, their text stays.
 */
export async function confirmTranslations(
  db: Db,
  config: MarketConfig,
  type: SeoResourceType,
  id: number,
  language: string,
): Promise<number> {
  if (language === config.shopLanguage) return 0;
  const [subject] = await loadSubjects(db, type, [id]);
  if (!subject) return 0;
  const values = (await seoValues(db, [subject], [language], config.shopLanguage))
    .get(subject.gid)!
    .get(language)!;
  const outdated = values.filter((v) => v.status === 'outdated' && v.value != null);
  await upsertTranslations(
    db,
    outdated.map((v) => ({
      resourceGid: v.unitGid,
      field: v.field,
      locale: language,
      value: v.value!,
      source: v.source ?? '',
    })),
  );
  if (outdated.length) emit('catalog-changed', { productIds: null });
  return outdated.length;
}
