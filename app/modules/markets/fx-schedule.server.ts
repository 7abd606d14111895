import type { Db } from '#app/db/client.server.ts';
import { enqueueOnce, lastSucceededAt } from '#app/modules/jobs/jobs.server.ts';

export const FX_IMPORT_JOB = 'fx-import';

/**
 * Enqueues an ECB import from the configured URL when the last successful one is older
 * than the interval. Checking the queue (not a timer alone) keeps restarts and several
 * processes from importing more often than asked.
 */
export async function enqueueDueFxImport(
  db: Db,
  url: string,
  intervalMs: number,
  now = new Date(),
): Promise<number | null> {
  const last = await lastSucceededAt(db, FX_IMPORT_JOB);
  if (last && now.getTime() - last.getTime() < intervalMs) return null;
  return enqueueOnce(db, FX_IMPORT_JOB, { url });
}

/** Checks every few minutes whether an import is due; returns a stop function. */
export function scheduleFxImports(db: Db, url: string, intervalMs: number): () => void {
  const check = () =>
    void enqueueDueFxImport(db, url, intervalMs).catch((error: unknown) =>
      console.error('FX schedule:', error),
    );
  check();
  const timer = setInterval(check, Math.min(intervalMs, 5 * 60_000));
  timer.unref();
  return () => clearInterval(timer);
}
