import type { Db } from './db/client.server.ts';
import type { Env } from './env.server.ts';
import { registerJobHandler, startJobRunner } from './modules/jobs/runner.server.ts';
import { importEcbRatesFromUrl } from './modules/markets/fx-import.server.ts';
import { FX_IMPORT_JOB, scheduleFxImports } from './modules/markets/fx-schedule.server.ts';
import { freshMarketConfig } from './modules/markets/markets.server.ts';
import { recomputePrices } from './modules/pricing/pricing.server.ts';
import { REPRICE_JOB, repriceCatalogJob } from './modules/pricing/reprice-job.server.ts';

/** Every background job kind and its handler: the one place that wires modules to the runner. */
export function registerJobHandlers(): void {
  registerJobHandler(REPRICE_JOB, repriceCatalogJob);
  registerJobHandler(FX_IMPORT_JOB, async ({ db, job, progress }) => {
    const url = String(job.payload.url);
    const imported = await importEcbRatesFromUrl(db, url);
    if (!imported.ok) throw new Error(`ECB import from ${url} failed: ${imported.errors.map((e) => `${e.code}${e.detail ? ` ${e.detail}` : ''}`).join(', ')}`);
    const rows = await recomputePrices(db, await freshMarketConfig(db), {}, { onProgress: progress });
    return { date: imported.date, currencies: imported.recorded.length, rows };
  });
}

/** Starts the job runner and, where configured, the scheduled ECB import. Returns a stop function. */
export function startBackgroundWork(db: Db, env: Env): () => Promise<void> {
  registerJobHandlers();
  const stopRunner = startJobRunner(db);
  const stopFx = env.FX_RATES_URL ? scheduleFxImports(db, env.FX_RATES_URL, env.FX_RATES_INTERVAL_MINUTES * 60_000) : () => {};
  return async () => {
    stopFx();
    await stopRunner();
  };
}
