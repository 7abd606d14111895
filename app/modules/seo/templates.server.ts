import { and, desc, eq, isNull, like } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { htmlToText } from '#app/lib/html-text.ts';
import { seoRevisions } from '#app/db/schema/index.ts';
import type { JobContext } from '#app/modules/jobs/runner.server.ts';
import { enqueueJob } from '#app/modules/jobs/jobs.server.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { translationRows } from '#app/modules/translations/translations.server.ts';
import {
  resourceOfGid,
  SEO_RESOURCE_TYPES,
  type SeoResourceType,
  type TemplateField,
} from './core/fields.ts';
import { slugify } from './core/seo-checks.ts';
import {
  parseTemplate,
  TEMPLATE_VARIABLES,
  tryRenderTemplate,
  type ParsedTemplate,
  type TemplateError,
} from './core/template.ts';
import { countResources, resourceIdBatches } from './resource-ids.server.ts';
import { undoRevision } from './revisions.server.ts';
import { applySeoChanges, seoValues, type SeoChange } from './seo-fields.server.ts';
import { loadSubjects, type SeoSubject } from './subjects.server.ts';

/**
 * Bulk SEO templates: preview on real items, then apply to a selection or to every resource of
 * a type as a background job. Every field a run changes is a revision tagged with the run
 * ("job:<id>"), so one field or the whole run can be undone.
 */

export const SEO_TEMPLATE_JOB = 'seo-template';
export const SEO_TEMPLATE_UNDO_JOB = 'seo-template-undo';

export interface TemplateRequest {
  type: SeoResourceType;
  language: string;
  field: TemplateField;
  template: string;
  /** null = every resource of the type. */
  ids: number[] | null;
}

const BATCH = 200;

export function compileTemplate(
  req: Pick<TemplateRequest, 'type' | 'template' | 'field'>,
): { ok: true; template: ParsedTemplate } | { ok: false; errors: TemplateError[] } {
  if (req.field === 'handle' && req.type === 'home')
    return { ok: false, errors: [{ code: 'homeHasNoHandle', params: {} }] };
  return parseTemplate(req.template, TEMPLATE_VARIABLES[req.type]);
}

/**
 * A template's text for one resource; for handles, made into a URL handle in the language ("Pullover aus Merino" → "pullover-aus-merino").
 * A render can still fail on a value (a limit, a branch the compile-time dry run did not take): the library's error, not a text.
 */
function renderFor(
  req: Pick<TemplateRequest, 'field' | 'language'>,
  template: ParsedTemplate,
  vars: Record<string, string>,
): { ok: true; text: string } | { ok: false; error: TemplateError } {
  const result = tryRenderTemplate(template, vars, req.language);
  return result.ok && req.field === 'handle'
    ? { ok: true, text: slugify(result.text, req.language) }
    : result;
}

/** The first sentence: descriptions are long, a listing needs their gist. */
const firstSentence = (s: string) => (/^.{20,}?[.!?。！？](?=\s|$)/su.exec(s)?.[0] ?? s).slice(0, 300);

/** Template variables of some subjects in a language (translated titles and descriptions). */
async function variablesOf(
  db: Db,
  config: MarketConfig,
  subjects: SeoSubject[],
  language: string,
): Promise<Map<string, Record<string, string>>> {
  const shop = await getShop(db);
  const rows =
    language === config.shopLanguage
      ? []
      : await translationRows(db, [...subjects.map((s) => s.gid), 'gid://shopify/Shop/1'], [language]);
  const tr = (gid: string, field: string) => rows.find((r) => r.gid === gid && r.field === field)?.value;
  const country = allLocales(config).find((l) => l.language === language)?.country ?? '';
  const shopVars = {
    'shop.name': shop.name,
    'shop.description': tr('gid://shopify/Shop/1', 'meta_description') ?? shop.description,
    'locale.country': country,
  };
  return new Map(
    subjects.map((s) => {
      const title = tr(s.gid, 'title') ?? s.title;
      const description = firstSentence(htmlToText(tr(s.gid, 'body_html') ?? s.descriptionHtml));
      const own: Record<string, string> =
        s.type === 'home'
          ? {}
          : {
              [`${s.type}.title`]: title,
              [`${s.type}.description`]: description,
              'product.vendor': s.vendor,
              'product.type': s.productType,
            };
      return [s.gid, { ...shopVars, ...own }];
    }),
  );
}

/** What the template makes of the first few items (or the selected ones), next to their current value. */
export async function previewTemplate(db: Db, config: MarketConfig, req: TemplateRequest, limit = 5) {
  const compiled = compileTemplate(req);
  if (!compiled.ok) return compiled;
  const ids = (req.ids ?? (await resourceIdBatches(db, req.type, limit).next()).value ?? []).slice(0, limit);
  const subjects = await loadSubjects(db, req.type, ids);
  const [vars, values] = await Promise.all([
    variablesOf(db, config, subjects, req.language),
    seoValues(db, subjects, [req.language], config.shopLanguage),
  ]);
  const rendered = subjects.map((s) => renderFor(req, compiled.template, vars.get(s.gid)!));
  const failed = rendered.find((r) => !r.ok);
  if (failed && !failed.ok) return { ok: false as const, errors: [failed.error] };
  return {
    ok: true as const,
    items: subjects.map((s, i) => ({
      id: s.id,
      title: s.title,
      before:
        values
          .get(s.gid)!
          .get(req.language)!
          .find((v) => v.field === req.field)?.value ?? null,
      after: (rendered[i] as { text: string }).text,
    })),
  };
}

export async function enqueueTemplateRun(
  db: Db,
  req: TemplateRequest,
  staffId: number | null,
): Promise<{ ok: true; jobId: number } | { ok: false; errors: TemplateError[] }> {
  const compiled = compileTemplate(req);
  if (!compiled.ok) return compiled;
  return { ok: true, jobId: await enqueueJob(db, SEO_TEMPLATE_JOB, { ...req }, staffId) };
}

/** The job: render and apply in batches; values a field refuses (too long…) are skipped and counted. */
export async function templateJob({ db, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const req = job.payload as unknown as TemplateRequest;
  if (!SEO_RESOURCE_TYPES.includes(req.type)) throw new Error(`Unknown resource type ${String(req.type)}`);
  const compiled = compileTemplate(req);
  if (!compiled.ok)
    throw new Error(`Template no longer parses: ${compiled.errors.map((e) => e.code).join(', ')}`);
  const config = await freshMarketConfig(db);
  const selection = req.ids ? [...new Set(req.ids)].sort((a, b) => a - b) : null;
  const total = selection ? selection.length : await countResources(db, req.type);
  const batches = selection
    ? Array.from({ length: Math.ceil(selection.length / BATCH) }, (_, i) =>
        selection.slice(i * BATCH, (i + 1) * BATCH),
      )
    : resourceIdBatches(db, req.type, BATCH);
  let done = 0;
  let changed = 0;
  let skipped = 0;
  for await (const ids of batches) {
    const subjects = await loadSubjects(db, req.type, ids);
    const vars = await variablesOf(db, config, subjects, req.language);
    let changes: SeoChange[] = [];
    for (const s of subjects) {
      const rendered = renderFor(req, compiled.template, vars.get(s.gid)!);
      if (rendered.ok)
        changes.push({
          type: req.type,
          id: s.id,
          unitGid: s.gid,
          field: req.field,
          language: req.language,
          value: rendered.text,
        });
      else skipped++;
    }
    const meta = { origin: 'template' as const, batch: `job:${job.id}`, staffId: job.createdBy, config };
    let result = await applySeoChanges(db, changes, meta);
    if (!result.ok) {
      const refused = new Set(result.problems.map((p) => p.index));
      skipped += refused.size;
      changes = changes.filter((_, i) => !refused.has(i));
      result = await applySeoChanges(db, changes, meta);
      if (!result.ok)
        throw new Error(`Template batch refused: ${result.problems.map((p) => p.code).join(', ')}`);
    }
    changed += result.changed;
    done += ids.length;
    await progress(done, total);
  }
  return { changed, skipped, total: done };
}

/** Runs of templates, newest first, with how many of their changes are still in place. */
export async function templateRuns(db: Db, limit = 10) {
  const rows = await db
    .select({ batch: seoRevisions.batch, undoneBy: seoRevisions.undoneBy })
    .from(seoRevisions)
    .where(and(eq(seoRevisions.origin, 'template'), like(seoRevisions.batch, 'job:%')))
    .orderBy(desc(seoRevisions.id))
    .limit(5000);
  const runs = new Map<string, { batch: string; changes: number; undone: number }>();
  for (const r of rows) {
    const run = runs.get(r.batch!) ?? { batch: r.batch!, changes: 0, undone: 0 };
    run.changes++;
    if (r.undoneBy != null) run.undone++;
    runs.set(r.batch!, run);
  }
  return [...runs.values()].slice(0, limit);
}

/** Undoes every change of a run that nothing has changed since; reports how many were kept. */
export async function undoTemplateRun(
  db: Db,
  config: MarketConfig,
  batch: string,
  staffId: number | null,
  progress?: (done: number, total: number) => Promise<void>,
) {
  const revs = await db
    .select()
    .from(seoRevisions)
    .where(and(eq(seoRevisions.batch, batch), isNull(seoRevisions.undoneBy)))
    .orderBy(desc(seoRevisions.id));
  let undone = 0;
  let kept = 0;
  for (const [i, rev] of revs.entries()) {
    await progress?.(i, revs.length);
    // Templates write resource-level fields only, so the revision's gid is the resource's.
    const owner = resourceOfGid(rev.resourceGid);
    const result = owner ? await undoRevision(db, rev.id, owner, { config, staffId }) : { ok: false };
    if (result.ok) undone++;
    else kept++;
  }
  return { undone, kept };
}

/** Undoing a whole run can touch every resource of a type: it runs as a job, not in the request. */
export async function enqueueUndoRun(db: Db, batch: string, staffId: number | null): Promise<number> {
  return enqueueJob(db, SEO_TEMPLATE_UNDO_JOB, { batch }, staffId);
}

export async function undoRunJob({ db, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const batch = String(job.payload.batch ?? '');
  if (!/^job:\d{1,10}$/.test(batch)) throw new Error(`Not a template run: ${batch}`);
  return undoTemplateRun(db, await freshMarketConfig(db), batch, job.createdBy, progress);
}
