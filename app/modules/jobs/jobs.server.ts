import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { jobs } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';

/** The job queue: rows in `jobs`, claimed with SKIP LOCKED so several processes can share it. */

export type Job = typeof jobs.$inferSelect;

/** A running job whose heartbeat is older than this was left by a process that died. */
export const STALE_AFTER_MS = 2 * 60_000;

export async function enqueueJob(
  db: Db,
  kind: string,
  payload: Record<string, unknown> = {},
  createdBy: number | null = null,
): Promise<number> {
  const [row] = await db.insert(jobs).values({ kind, payload, createdBy }).returning({ id: jobs.id });
  emit('job-enqueued', { id: row!.id, kind });
  return row!.id;
}

/** Enqueues unless a job of this kind is already waiting: repeated triggers collapse into one run. */
export async function enqueueOnce(
  db: Db,
  kind: string,
  payload: Record<string, unknown> = {},
  createdBy: number | null = null,
): Promise<number> {
  const [waiting] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, 'queued')))
    .limit(1);
  return waiting ? waiting.id : enqueueJob(db, kind, payload, createdBy);
}

export async function claimNextJob(db: Db, kinds: string[]): Promise<Job | null> {
  if (kinds.length === 0) return null;
  const [row] = await db
    .update(jobs)
    .set({
      status: 'running',
      startedAt: sql`now()`,
      heartbeatAt: sql`now()`,
      attempts: sql`${jobs.attempts} + 1`,
    })
    .where(
      eq(
        jobs.id,
        sql`(select id from jobs where status = 'queued' and kind in (${sql.join(
          kinds.map((k) => sql`${k}`),
          sql`, `,
        )}) order by id limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row ?? null;
}

export async function reportProgress(db: Db, id: number, done: number, total: number): Promise<void> {
  await db
    .update(jobs)
    .set({ progressDone: done, progressTotal: total, heartbeatAt: sql`now()` })
    .where(eq(jobs.id, id));
}

export async function finishJob(
  db: Db,
  id: number,
  outcome: { ok: true; result: Record<string, unknown> } | { ok: false; error: string },
): Promise<void> {
  await db
    .update(jobs)
    .set(
      outcome.ok
        ? { status: 'succeeded', result: outcome.result, error: null, finishedAt: sql`now()` }
        : { status: 'failed', error: outcome.error.slice(0, 2000), finishedAt: sql`now()` },
    )
    .where(eq(jobs.id, id));
  emit('job-finished', { id, ok: outcome.ok });
}

/** Puts jobs whose process died back in the queue (run at start and now and then). */
export async function requeueStaleJobs(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .update(jobs)
    .set({ status: 'queued' })
    .where(and(eq(jobs.status, 'running'), lt(jobs.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS))))
    .returning({ id: jobs.id });
  return rows.length;
}

export async function getJob(db: Db, id: number): Promise<Job | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}

/** The newest job of some kinds, for the admin's progress bars. */
export async function latestJob(db: Db, kinds: string[]): Promise<Job | null> {
  const [row] = await db.select().from(jobs).where(inArray(jobs.kind, kinds)).orderBy(desc(jobs.id)).limit(1);
  return row ?? null;
}

/** The newest job of a kind for each of some ids in its payload (`payload[key]`): per-row progress bars. */
export async function latestJobsByPayload(
  db: Db,
  kind: string,
  key: string,
  ids: readonly number[],
): Promise<Map<number, Job>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, kind),
        sql`(${jobs.payload} ->> ${key})::int in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    )
    .orderBy(desc(jobs.id))
    .limit(ids.length * 5);
  const out = new Map<number, Job>();
  for (const row of rows) {
    const id = Number(row.payload[key]);
    if (!out.has(id)) out.set(id, row);
  }
  return out;
}

/** When the newest successful job of a kind finished (null: none has yet). */
export async function lastSucceededAt(db: Db, kind: string): Promise<Date | null> {
  const [last] = await db
    .select({ finishedAt: jobs.finishedAt })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.status, 'succeeded')))
    .orderBy(desc(jobs.id))
    .limit(1);
  return last?.finishedAt ?? null;
}

/** What the admin shows of a job: serialisable, percentages computed here. */
export function jobView(job: Job | null) {
  if (!job) return null;
  const percent =
    job.status === 'succeeded'
      ? 100
      : job.progressTotal > 0
        ? Math.floor((job.progressDone / job.progressTotal) * 100)
        : 0;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    percent,
    done: job.progressDone,
    total: job.progressTotal,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
export type JobView = NonNullable<ReturnType<typeof jobView>>;
