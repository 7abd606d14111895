import { and, asc, count, desc, eq, gte, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { redirects, seoAuditIssues, seoAudits } from '#app/db/schema/index.ts';
import { findCollectionIdByHandle } from '#app/modules/catalog/collections.server.ts';
import {
  findProductIdByHandle,
  loadProductBundles,
  type ProductBundle,
} from '#app/modules/catalog/products.server.ts';
import { enqueueJob } from '#app/modules/jobs/jobs.server.ts';
import type { JobContext } from '#app/modules/jobs/runner.server.ts';
import { allLocales, defaultLocale } from '#app/modules/markets/core/market.ts';
import { localeTag, type Locale } from '#app/modules/markets/core/locale.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { findPageIdByHandle } from '#app/modules/pages/pages.server.ts';
import { shopName as findShopName } from '#app/modules/shop/shop.server.ts';
import { gidsTranslated, translationRows } from '#app/modules/translations/translations.server.ts';
import {
  createAuditAccumulator,
  internalLinks,
  linkTarget,
  type AuditAccumulator,
  type AuditCode,
  type AuditIssue,
  type PageSnapshot,
  type SnapshotText,
} from './core/audit.ts';
import { SEO_RESOURCE_TYPES, type SeoResourceType } from './core/fields.ts';
import { countResources, resourceIdBatches } from './resource-ids.server.ts';
import { seoValues, type FieldValue } from './seo-fields.server.ts';
import { loadSubjects, type SeoSubject } from './subjects.server.ts';

/**
 * The SEO audit as a background job: one pass over the catalog (products in batches, then
 * collections, pages and the home page) feeds every requested locale's accumulator, and each
 * batch's issues are written as found, so memory stays flat however big the catalog.
 */
export const SEO_AUDIT_JOB = 'seo-audit';
const BATCH = 200;
/** Audits kept per locale; older ones (and their issues, by cascade) are deleted. */
export const AUDITS_KEPT = 5;
/** Marks an audit whose issues are still being written; listAudits skips it. */
const IN_PROGRESS = -1;

export async function enqueueSeoAudit(
  db: Db,
  locales: string[] | null,
  staffId: number | null,
): Promise<number> {
  return enqueueJob(db, SEO_AUDIT_JOB, locales ? { locales } : {}, staffId);
}

export async function seoAuditJob({ db, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const locales = Array.isArray(job.payload.locales) ? job.payload.locales.map(String) : undefined;
  const audits = await runSeoAudit(db, { locales, jobId: job.id }, progress);
  return { audits: audits.map((a) => ({ locale: a.locale, score: a.score })) };
}

interface LocaleRun {
  locale: Locale;
  tag: string;
  auditId: number;
  acc: AuditAccumulator;
  /** Each link target's answer, resolved (async) before its batch is checked (sync). */
  links: Map<string, boolean>;
}

export async function runSeoAudit(
  db: Db,
  opts: { locales?: string[]; jobId?: number },
  progress: (done: number, total: number) => Promise<void> = async () => {},
) {
  const config = await freshMarketConfig(db);
  const source = config.shopLanguage;
  const every = allLocales(config);
  const chosen = opts.locales ? every.filter((l) => opts.locales!.includes(localeTag(l))) : every;
  const prefixes = new Set(every.map((l) => l.pathPrefix).filter(Boolean));
  const languages = [...new Set(chosen.map((l) => l.language))];
  const resolveLink = linkResolver(db, prefixes);
  const shopName = await findShopName(db);
  const home = localeTag(defaultLocale(config));
  const translatedLanguages = new Set(every.map((l) => l.language).filter((l) => l !== source)).size;

  const runs: LocaleRun[] = [];
  for (const locale of chosen) {
    const tag = localeTag(locale);
    const [row] = await db
      .insert(seoAudits)
      .values({ locale: tag, jobId: opts.jobId ?? null, score: IN_PROGRESS, pagesChecked: 0, counts: {} })
      .returning({ id: seoAudits.id });
    const links = new Map<string, boolean>();
    const acc = createAuditAccumulator({
      language: locale.language,
      sourceLanguage: source,
      resolves: (href) => links.get(href) ?? true,
      shopName,
      storeWide: tag === home ? { translatedLanguages } : undefined,
    });
    runs.push({ locale, tag, auditId: row!.id, acc, links });
  }
  try {
    const total = (await Promise.all(SEO_RESOURCE_TYPES.map((type) => countResources(db, type)))).reduce(
      (a, b) => a + b,
      0,
    );
    let done = 0;
    const feed = async (type: SeoResourceType, ids: number[]) => {
      const batch = await snapshots(db, type, ids, languages, source);
      for (const run of runs) {
        const pageList = batch.get(run.locale.language) ?? [];
        for (const href of new Set(pageList.flatMap((p) => p.links))) {
          if (!run.links.has(href)) run.links.set(href, await resolveLink(href, run.locale, run.tag));
        }
        await writeIssues(db, run.auditId, run.acc.add(pageList));
      }
      done += ids.length;
      await progress(Math.min(done, total), total);
    };
    for (const type of SEO_RESOURCE_TYPES) {
      for await (const ids of resourceIdBatches(db, type, BATCH)) await feed(type, ids);
    }
    await progress(total, total);
  } catch (error) {
    await db.delete(seoAudits).where(
      inArray(
        seoAudits.id,
        runs.map((r) => r.auditId),
      ),
    );
    throw error;
  }

  const out = [];
  for (const run of runs) {
    const result = run.acc.finish();
    await db
      .update(seoAudits)
      .set({ score: result.score, pagesChecked: result.pagesChecked, counts: result.counts })
      .where(eq(seoAudits.id, run.auditId));
    await pruneAudits(db, run.tag);
    out.push({ auditId: run.auditId, locale: run.tag, ...result });
  }
  return out;
}

async function writeIssues(db: Db, auditId: number, issues: AuditIssue[]): Promise<void> {
  for (let i = 0; i < issues.length; i += 500) {
    await db.insert(seoAuditIssues).values(
      issues.slice(i, i + 500).map((x) => ({
        auditId,
        resourceGid: x.gid,
        code: x.code,
        severity: x.severity,
        detail: x.detail,
      })),
    );
  }
}

async function pruneAudits(db: Db, tag: string): Promise<void> {
  const keep = await db
    .select({ id: seoAudits.id })
    .from(seoAudits)
    .where(eq(seoAudits.locale, tag))
    .orderBy(desc(seoAudits.id))
    .limit(AUDITS_KEPT);
  await db.delete(seoAudits).where(
    and(
      eq(seoAudits.locale, tag),
      notInArray(
        seoAudits.id,
        keep.map((k) => k.id),
      ),
    ),
  );
}

/**
 * Whether a link answers in a locale: a static page, a visible resource by any of its handles
 * (the storefront redirects another language's handle to this one's), or a path with a 301.
 */
function linkResolver(db: Db, prefixes: ReadonlySet<string>) {
  const live = new Map<string, boolean>();
  return async (href: string, locale: Locale, tag: string): Promise<boolean> => {
    const target = linkTarget(href, prefixes);
    if (target.kind === 'static' || target.kind === 'asset') return true;
    if ('handle' in target) {
      const key = `${locale.language}|${target.kind}|${target.handle}`;
      let ok = live.get(key);
      if (ok === undefined) {
        const find =
          target.kind === 'products'
            ? findProductIdByHandle
            : target.kind === 'collections'
              ? findCollectionIdByHandle
              : findPageIdByHandle;
        ok = (await find(db, target.handle, locale.language)) != null;
        live.set(key, ok);
      }
      if (ok) return true;
    }
    const key = `${tag}|${target.path}`;
    let redirected = live.get(key);
    if (redirected === undefined) {
      const [row] = await db
        .select({ id: redirects.id })
        .from(redirects)
        .where(and(eq(redirects.path, target.path), inArray(redirects.locale, [tag, '*'])))
        .limit(1);
      live.set(key, (redirected = row != null));
    }
    return redirected;
  };
}

const value = (values: FieldValue[], gid: string, field: FieldValue['field']) =>
  values.find((v) => v.unitGid === gid && v.field === field);
const present = (s: string | null | undefined): s is string => s != null && s.trim() !== '';

/** Snapshots of a batch in every language, indexed language → pages; hidden and noindex resources are not audited. */
async function snapshots(
  db: Db,
  type: SeoResourceType,
  ids: number[],
  languages: string[],
  source: string,
): Promise<Map<string, PageSnapshot[]>> {
  const subjects = (await loadSubjects(db, type, ids)).filter((s) => s.visible && !s.noindex);
  const out = new Map<string, PageSnapshot[]>(languages.map((l) => [l, []]));
  if (subjects.length === 0) return out;
  const gids = subjects.map((s) => s.gid);
  const [values, rows, bundles, handleTranslated] = await Promise.all([
    seoValues(db, subjects, languages, source),
    translationRows(
      db,
      gids,
      languages.filter((l) => l !== source),
    ),
    type === 'product'
      ? loadProductBundles(
          db,
          subjects.map((s) => s.id),
        )
      : Promise.resolve(null),
    gidsTranslated(db, gids, 'handle'),
  ]);
  const own = new Map(
    rows
      .filter((r) => r.field === 'title' || r.field === 'body_html')
      .map((r) => [`${r.gid}|${r.field}|${r.locale}`, r.value]),
  );
  for (const language of languages) {
    for (const s of subjects) {
      const v = values.get(s.gid)!.get(language)!;
      const resourceTitle =
        language === source ? s.title : (own.get(`${s.gid}|title|${language}`) ?? s.title);
      const body =
        language === source
          ? s.descriptionHtml
          : (own.get(`${s.gid}|body_html|${language}`) ?? s.descriptionHtml);
      const handle = value(v, s.gid, 'handle');
      const bundle = bundles?.get(s.id);
      out.get(language)!.push({
        gid: s.gid,
        type,
        id: s.id,
        // The home page's fallbacks come from the storefront's UI strings, which the audit does not see.
        title: seoText(
          value(v, s.gid, 'meta_title'),
          type === 'home' ? { text: null, origin: 'generated' } : { text: resourceTitle, origin: 'resource' },
        ),
        description: seoText(value(v, s.gid, 'meta_description'), {
          text: null,
          origin: type === 'home' ? 'generated' : 'seo',
        }),
        handle: type === 'home' ? null : (handle?.value ?? s.handle),
        handleStatus: type === 'home' ? null : (handle?.status ?? null),
        handleTranslatedAnywhere: handleTranslated.has(s.gid),
        imageAlts: s.images.map((img) => {
          const a = value(v, img.gid, 'alt');
          return a?.value ?? a?.source ?? null;
        }),
        links: internalLinks(body),
        jsonLd: jsonLdFacts(s, resourceTitle, bundle),
      });
    }
  }
  return out;
}

/** The SEO value in the page's language, else the source one (shown untranslated), else the fallback. */
function seoText(v: FieldValue | undefined, fallback: SnapshotText): SnapshotText {
  if (present(v?.value)) return { text: v.value, origin: 'seo' };
  if (present(v?.source)) return { text: v.source, origin: 'source' };
  return fallback;
}

/** What Google's Product rich result needs (name, image, a priced offer); a collection's breadcrumb needs a name. */
function jsonLdFacts(
  s: SeoSubject,
  name: string,
  bundle: ProductBundle | undefined,
): Record<string, boolean> | null {
  if (s.type === 'product')
    return {
      name: present(name),
      image: s.images.length > 0,
      offers: (bundle?.variants ?? []).some((v) => v.priceAmount > 0),
    };
  if (s.type === 'collection') return { name: present(name) };
  // Google's Article rich result: a headline and an image (the page always states author and date).
  if (s.type === 'article') return { headline: present(name), image: s.images.length > 0 };
  return null;
}

export interface AuditSummary {
  id: number;
  locale: string;
  score: number;
  pagesChecked: number;
  counts: Partial<Record<AuditCode, number>>;
  errors: number;
  warnings: number;
  createdAt: Date;
}

/** The newest finished audit of each locale, with its error and warning totals. */
export async function listAudits(db: Db): Promise<AuditSummary[]> {
  const latest = await db
    .selectDistinctOn([seoAudits.locale])
    .from(seoAudits)
    .where(gte(seoAudits.score, 0))
    .orderBy(seoAudits.locale, desc(seoAudits.id));
  if (latest.length === 0) return [];
  const totals = await db
    .select({ auditId: seoAuditIssues.auditId, severity: seoAuditIssues.severity, n: count() })
    .from(seoAuditIssues)
    .where(
      inArray(
        seoAuditIssues.auditId,
        latest.map((a) => a.id),
      ),
    )
    .groupBy(seoAuditIssues.auditId, seoAuditIssues.severity);
  const total = (id: number, severity: 'error' | 'warning') =>
    totals.find((t) => t.auditId === id && t.severity === severity)?.n ?? 0;
  return latest.map((a) => ({
    id: a.id,
    locale: a.locale,
    score: a.score,
    pagesChecked: a.pagesChecked,
    counts: a.counts as AuditSummary['counts'],
    errors: total(a.id, 'error'),
    warnings: total(a.id, 'warning'),
    createdAt: a.createdAt,
  }));
}

/** One page of an audit's issues, errors first, optionally of one code. */
export async function auditIssues(
  db: Db,
  auditId: number,
  opts: { code?: string; offset: number; limit: number },
) {
  const where = and(
    eq(seoAuditIssues.auditId, auditId),
    opts.code ? eq(seoAuditIssues.code, opts.code) : undefined,
  );
  const [items, [all]] = await Promise.all([
    db
      .select()
      .from(seoAuditIssues)
      .where(where)
      .orderBy(sql`case ${seoAuditIssues.severity} when 'error' then 0 else 1 end`, asc(seoAuditIssues.id))
      .offset(opts.offset)
      .limit(opts.limit),
    db.select({ n: count() }).from(seoAuditIssues).where(where),
  ]);
  return {
    total: all?.n ?? 0,
    items: items.map((i) => ({
      id: i.id,
      gid: i.resourceGid,
      code: i.code as AuditCode,
      severity: i.severity,
      detail: i.detail,
    })),
  };
}
