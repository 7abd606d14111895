import type { Db } from '#app/db/client.server.ts';
import { on } from '#app/lib/events.server.ts';
import { claimNextJob, finishJob, reportProgress, requeueStaleJobs, type Job } from './jobs.server.ts';

/**
 * Runs queued jobs one at a time in this process. Handlers register by kind; a route only
 * enqueues (a row plus an in-process event that wakes the runner), so the work outlives the
 * request and its progress is visible to every admin.
 */

export interface JobContext {
  db: Db;
  job: Job;
  /** Records progress (throttled) and refreshes the heartbeat. */
  progress(done: number, total: number): Promise<void>;
}
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

const KEY = Symbol.for('meridian.job-handlers');
type Holder = { [KEY]?: Map<string, JobHandler> };
function handlers(): Map<string, JobHandler> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers().set(kind, handler);
}

/** How often progress is written: often enough for a live bar, rarely enough not to slow the job. */
const PROGRESS_EVERY_MS = 250;

async function runJob(db: Db, job: Job): Promise<void> {
  const handler = handlers().get(job.kind)!;
  let last = 0;
  const progress = async (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    await reportProgress(db, job.id, done, total);
  };
  try {
    const result = await handler({ db, job, progress });
    await finishJob(db, job.id, { ok: true, result });
  } catch (error) {
    console.error(`Job ${job.id} (${job.kind}) failed:`, error);
    await finishJob(db, job.id, { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Runs queued jobs until none is left; returns how many ran. Tests and scripts call it directly. */
export async function drainJobs(db: Db): Promise<number> {
  let ran = 0;
  for (
    let job = await claimNextJob(db, [...handlers().keys()]);
    job;
    job = await claimNextJob(db, [...handlers().keys()])
  ) {
    await runJob(db, job);
    ran++;
  }
  return ran;
}

/**
 * Starts the process's runner: drains at once (jobs left by a dead process are requeued
 * first), again whenever a job is enqueued here, and every `pollMs` for jobs enqueued
 * by other processes. Returns a stop function.
 */
export function startJobRunner(db: Db, pollMs = 5000): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const kick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await requeueStaleJobs(db);
          await drainJobs(db);
        } catch (error) {
          console.error('Job runner:', error);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };
  const off = on('job-enqueued', kick);
  const timer = setInterval(kick, pollMs);
  timer.unref();
  kick();
  return async () => {
    stopped = true;
    off();
    clearInterval(timer);
    await running;
  };
}
