import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { seoRevisions } from '#app/db/schema/index.ts';
import type { SeoField, SeoResourceType } from './core/fields.ts';
import { applySeoChanges, seoValues, type ApplyMeta, type ChangeProblem } from './seo-fields.server.ts';
import { loadSubjects } from './subjects.server.ts';

/** Revision history of SEO fields, and undo. */

export type Revision = typeof seoRevisions.$inferSelect;

/** The newest revisions of a resource's units (its own gid and its images'). */
export async function revisionsOf(db: Db, unitGids: string[], limit = 50): Promise<Revision[]> {
  if (unitGids.length === 0) return [];
  return db
    .select()
    .from(seoRevisions)
    .where(inArray(seoRevisions.resourceGid, unitGids))
    .orderBy(desc(seoRevisions.id))
    .limit(limit);
}

export async function revisionsOfBatch(db: Db, batch: string, limit = 200): Promise<Revision[]> {
  return db
    .select()
    .from(seoRevisions)
    .where(eq(seoRevisions.batch, batch))
    .orderBy(desc(seoRevisions.id))
    .limit(limit);
}

export type UndoProblem = 'notFound' | 'alreadyUndone' | 'changedSince' | 'invalid';

/**
 * Puts a field back to its value before a revision, as a new revision ("undo"), provided
 * nothing else changed it since: an undo never silently overwrites newer work.
 */
export async function undoRevision(
  db: Db,
  revisionId: number,
  resource: { type: SeoResourceType; id: number },
  meta: Omit<ApplyMeta, 'origin' | 'batch'>,
): Promise<{ ok: true } | { ok: false; problem: UndoProblem; problems?: ChangeProblem[] }> {
  const [rev] = await db.select().from(seoRevisions).where(eq(seoRevisions.id, revisionId));
  if (!rev) return { ok: false, problem: 'notFound' };
  if (rev.undoneBy != null) return { ok: false, problem: 'alreadyUndone' };
  const [subject] = await loadSubjects(db, resource.type, [resource.id]);
  if (!subject || (subject.gid !== rev.resourceGid && !subject.images.some((i) => i.gid === rev.resourceGid)))
    return { ok: false, problem: 'notFound' };
  const values = await seoValues(db, [subject], [rev.locale], meta.config.shopLanguage);
  const now = values
    .get(subject.gid)
    ?.get(rev.locale)
    ?.find((v) => v.unitGid === rev.resourceGid && v.field === rev.field);
  if (!now || now.value !== rev.after) return { ok: false, problem: 'changedSince' };
  const result = await applySeoChanges(
    db,
    [
      {
        type: resource.type,
        id: resource.id,
        unitGid: rev.resourceGid,
        field: rev.field as SeoField,
        language: rev.locale,
        value: rev.before,
        ifValue: rev.after,
      },
    ],
    { ...meta, origin: 'undo', batch: `undo:${rev.id}` },
  );
  if (!result.ok)
    return {
      ok: false,
      problem: result.problems.some((p) => p.code === 'changedSince') ? 'changedSince' : 'invalid',
      problems: result.problems,
    };
  await db
    .update(seoRevisions)
    .set({ undoneBy: result.revisionIds[0] ?? null })
    .where(and(eq(seoRevisions.id, rev.id), isNull(seoRevisions.undoneBy)));
  return { ok: true };
}
