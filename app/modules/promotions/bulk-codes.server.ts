import { randomInt } from 'node:crypto';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { promotionCodes, promotionRedemptions, promotions } from '#app/db/schema/index.ts';
import { toCsv } from '#app/lib/csv.ts';
import { enqueueJob } from '#app/modules/jobs/jobs.server.ts';
import type { JobContext } from '#app/modules/jobs/runner.server.ts';
import { normaliseCode } from './core/codes.ts';

/**
 * Bulk unique codes: up to 100,000 per request, generated in a background job (progress in the
 * admin), each good for one order, exported as a streamed CSV. Codes use an alphabet without
 * look-alikes (no 0/O, 1/I/L) and ten random characters after the prefix: 31^10 ≈ 8 × 10^14, so
 * guessing one is hopeless (the code field is rate-limited as well) and collisions are rare
 * enough that retrying the few is cheaper than avoiding them.
 */
export const BULK_CODES_JOB = 'promotion-bulk-codes';
export const MAX_CODES_PER_REQUEST = 100_000;

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RANDOM_LENGTH = 10;
const BATCH = 1000;

export const PREFIX_PATTERN = /^[A-Z0-9]{0,12}$/;

export function randomCode(prefix: string): string {
  let out = prefix ? `${prefix}-` : '';
  for (let i = 0; i < RANDOM_LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export type CodeRequest = { promotionId: number; count: number; prefix: string };

/** Queues a generation; null when the promotion is not a bulk-code one. */
export async function requestBulkCodes(
  db: Db,
  req: CodeRequest,
  staffId: number | null,
): Promise<number | null> {
  const [p] = await db
    .select({ codeMode: promotions.codeMode })
    .from(promotions)
    .where(eq(promotions.id, req.promotionId));
  if (p?.codeMode !== 'bulk') return null;
  return enqueueJob(db, BULK_CODES_JOB, { ...req, prefix: normaliseCode(req.prefix) }, staffId);
}

export async function bulkCodesJob({ db, job, progress }: JobContext): Promise<Record<string, unknown>> {
  const { promotionId, count, prefix } = job.payload as CodeRequest;
  let made = 0;
  await progress(made, count);
  while (made < count) {
    const want = Math.min(BATCH, count - made);
    const batch = [...new Set(Array.from({ length: want }, () => randomCode(prefix)))];
    const clashing = new Set(
      (
        await db.select({ code: promotions.code }).from(promotions).where(inArray(promotions.code, batch))
      ).map((r) => r.code),
    );
    const inserted = await db
      .insert(promotionCodes)
      .values(batch.filter((code) => !clashing.has(code)).map((code) => ({ promotionId, code })))
      .onConflictDoNothing()
      .returning({ id: promotionCodes.id });
    made += inserted.length;
    await progress(made, count);
  }
  return { promotionId, codes: made };
}

/** The promotion's codes as CSV (code, status, order), read in pages by id as the client downloads. */
export async function* bulkCodesCsv(db: Db, promotionId: number, pageSize = 5000): AsyncGenerator<string> {
  yield toCsv([['code', 'status', 'order_id']]);
  let after = 0;
  for (;;) {
    const page = await db
      .select({
        id: promotionCodes.id,
        code: promotionCodes.code,
        status: sql<string | null>`max(${promotionRedemptions.status})`,
        orderId: sql<number | null>`max(${promotionRedemptions.orderId})`,
      })
      .from(promotionCodes)
      .leftJoin(
        promotionRedemptions,
        and(
          eq(promotionRedemptions.code, promotionCodes.code),
          sql`${promotionRedemptions.status} <> 'released'`,
        ),
      )
      .where(and(eq(promotionCodes.promotionId, promotionId), gt(promotionCodes.id, after)))
      .groupBy(promotionCodes.id)
      .orderBy(asc(promotionCodes.id))
      .limit(pageSize);
    if (!page.length) return;
    yield toCsv(page.map((r) => [r.code, r.status ?? 'unused', r.orderId]));
    after = page[page.length - 1]!.id;
  }
}
