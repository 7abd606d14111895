import { createTransport } from 'nodemailer';
import { confirmationUrl } from '#app/modules/checkout/confirmation-link.server.ts';
import type { Db } from './db/client.server.ts';
import { on } from './lib/events.server.ts';
import { deleteExpiredCarts } from './modules/cart/cart.server.ts';
import { reconcilePayments } from './modules/checkout/pay.server.ts';
import { deliverQueuedEmails, type Transport } from './modules/email/outbox.server.ts';
import { oneAtATime } from './lib/one-at-a-time.ts';
import { paymentProviderFor } from './modules/payments/payments.server.ts';
import type { Env } from './env.server.ts';
import { registerJobHandler, startJobRunner } from './modules/jobs/runner.server.ts';
import { importEcbRatesFromUrl } from './modules/markets/fx-import.server.ts';
import { FX_IMPORT_JOB, scheduleFxImports } from './modules/markets/fx-schedule.server.ts';
import { freshMarketConfig } from './modules/markets/markets.server.ts';
import { recomputePrices, repriceOnMarketChanges } from './modules/pricing/pricing.server.ts';
import { REPRICE_JOB, repriceCatalogJob } from './modules/pricing/reprice-job.server.ts';
import {
  SEO_TEMPLATE_JOB,
  SEO_TEMPLATE_UNDO_JOB,
  templateJob,
  undoRunJob,
} from './modules/seo/templates.server.ts';
import { SEO_AUDIT_JOB, seoAuditJob } from './modules/seo/audit.server.ts';
import { BULK_CODES_JOB, bulkCodesJob } from './modules/promotions/bulk-codes.server.ts';

/** Every background job kind and its handler: the one place that wires modules to the runner. */
export function registerJobHandlers(): void {
  registerJobHandler(REPRICE_JOB, repriceCatalogJob);
  registerJobHandler(SEO_TEMPLATE_JOB, templateJob);
  registerJobHandler(SEO_TEMPLATE_UNDO_JOB, undoRunJob);
  registerJobHandler(SEO_AUDIT_JOB, seoAuditJob);
  registerJobHandler(BULK_CODES_JOB, bulkCodesJob);
  registerJobHandler(FX_IMPORT_JOB, async ({ db, job, progress }) => {
    const url = String(job.payload.url);
    const imported = await importEcbRatesFromUrl(db, url);
    if (!imported.ok)
      throw new Error(
        `ECB import from ${url} failed: ${imported.errors.map((e) => `${e.code}${e.detail ? ` ${e.detail}` : ''}`).join(', ')}`,
      );
    const rows = await recomputePrices(db, await freshMarketConfig(db), {}, { onProgress: progress });
    return { date: imported.date, currencies: imported.recorded.length, rows };
  });
}

/** Sends queued email whenever some is queued here, and every 30 s for other processes' mail. */
function startMailer(db: Db, env: Env): () => void {
  const transport: Transport | null = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : null;
  // Mail queued while a batch is sending is sent right after it, not at the next tick.
  const deliver = oneAtATime(async () => {
    await deliverQueuedEmails(db, transport).catch((error: unknown) => console.error('Mailer:', error));
  });
  const run = () => void deliver();
  const off = on('email-queued', run);
  const timer = setInterval(run, 30_000);
  timer.unref();
  run();
  return () => {
    off();
    clearInterval(timer);
  };
}

/**
 * Starts the job runner, re-pricing on market changes, the mailer, the scheduled ECB import (where configured), the hourly
 * clean-up of expired carts, and finishes payments a crash left without an order.
 */
export function startBackgroundWork(db: Db, env: Env, origin: string): () => Promise<void> {
  registerJobHandlers();
  const stopRunner = startJobRunner(db);
  const stopRepricing = repriceOnMarketChanges(db);
  const stopMailer = startMailer(db, env);
  const stopFx = env.FX_RATES_URL
    ? scheduleFxImports(db, env.FX_RATES_URL, env.FX_RATES_INTERVAL_MINUTES * 60_000)
    : () => {};
  const sweep = setInterval(
    () => void deleteExpiredCarts(db).catch((error: unknown) => console.error('Cart clean-up:', error)),
    3600_000,
  );
  sweep.unref();
  void reconcilePayments(db, paymentProviderFor(db, env), {
    orderUrl: (cart) => confirmationUrl(`${origin}/checkout/${cart}/thank-you`, cart, new Date()),
  })
    .then((n) => {
      if (n) console.log(`Completed ${n} paid order(s) left unfinished by the last run.`);
    })
    .catch((error: unknown) => console.error('Payment reconciliation:', error));
  return async () => {
    stopFx();
    stopMailer();
    stopRepricing();
    clearInterval(sweep);
    await stopRunner();
  };
}

/** What a cluster worker runs besides serving: re-pricing the markets saved through it. */
export function startServingWork(db: Db): () => Promise<void> {
  const stopRepricing = repriceOnMarketChanges(db);
  return async () => stopRepricing();
}

function smtpTransport(url: string, from: string): Transport {
  const mailer = createTransport(url);
  return async (email) => {
    await mailer.sendMail({ from, ...email });
  };
}
