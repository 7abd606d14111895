import type { Db } from '#app/db/client.server.ts';
import type { JobContext } from '#app/modules/jobs/runner.server.ts';
import { enqueueOnce } from '#app/modules/jobs/jobs.server.ts';
import { freshMarketConfig } from '#app/modules/markets/markets.server.ts';
import { recomputePrices } from './pricing.server.ts';

export const REPRICE_JOB = 'reprice-catalog';

/** Asks for a full-catalog recompute in the background; requests made while one waits share it. */
export function requestCatalogReprice(db: Db, staffId: number | null = null): Promise<number> {
  return enqueueOnce(db, REPRICE_JOB, {}, staffId);
}

export async function repriceCatalogJob({ db, progress }: JobContext): Promise<Record<string, unknown>> {
  const rows = await recomputePrices(db, await freshMarketConfig(db), {}, { onProgress: progress });
  return { rows };
}
