import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { emailOutbox } from '#app/db/schema/index.ts';
import { emit } from '#app/lib/events.server.ts';

/**
 * Email goes through an outbox: written in the same transaction as what caused it (an
 * order), sent afterwards by a job. With no SMTP_URL the message is kept for the admin's
 * dev mailbox instead of being sent.
 */

export interface OutgoingEmail {
  kind: string;
  to: string;
  locale: string;
  subject: string;
  html: string;
  text: string;
  aboutGid?: string;
}

export async function enqueueEmail(db: Db, email: OutgoingEmail): Promise<number> {
  const [row] = await db
    .insert(emailOutbox)
    .values({ ...email, aboutGid: email.aboutGid ?? null })
    .returning({ id: emailOutbox.id });
  return row!.id;
}

/** Wakes the sender after the enqueuing transaction committed. */
export function announceEmail(): void {
  emit('email-queued', {});
}

export type Transport = (email: { to: string; subject: string; html: string; text: string }) => Promise<void>;

/** A claim older than this was left by a mailer that died mid-send: the email is queued again. */
export const CLAIM_STALE_MS = 10 * 60_000;

type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Claims the oldest queued email for this process: one statement with SKIP LOCKED, so mailers in
 * several processes never send the same email twice. Claims that went stale come back first.
 */
async function claimNext(db: Db, now: Date, afterId: number): Promise<OutboxRow | null> {
  await db
    .update(emailOutbox)
    .set({ status: 'queued', claimedAt: null })
    .where(
      and(
        eq(emailOutbox.status, 'sending'),
        lt(emailOutbox.claimedAt, new Date(now.getTime() - CLAIM_STALE_MS)),
      ),
    );
  const [row] = await db
    .update(emailOutbox)
    .set({ status: 'sending', claimedAt: now })
    .where(
      eq(
        emailOutbox.id,
        sql`(select id from email_outbox where status = 'queued' and id > ${afterId} order by id limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row ?? null;
}

/** Sends (or, without a transport, keeps) every queued email; returns how many were handled. */
export async function deliverQueuedEmails(db: Db, transport: Transport | null, limit = 100): Promise<number> {
  let handled = 0;
  // Ids only go up within one run, so an email that failed and was queued again waits for the next run.
  for (
    let e = await claimNext(db, new Date(), 0);
    e;
    e = handled < limit ? await claimNext(db, new Date(), e.id) : null
  ) {
    handled++;
    if (!transport) {
      await db.update(emailOutbox).set({ status: 'kept', claimedAt: null }).where(eq(emailOutbox.id, e.id));
      continue;
    }
    try {
      await transport({ to: e.to, subject: e.subject, html: e.html, text: e.text });
      await db
        .update(emailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, attempts: e.attempts + 1, error: null, claimedAt: null })
        .where(eq(emailOutbox.id, e.id));
    } catch (error) {
      // Three tries, then it is left failed for a person to look at.
      const attempts = e.attempts + 1;
      await db
        .update(emailOutbox)
        .set({
          status: attempts >= 3 ? 'failed' : 'queued',
          attempts,
          error: (error as Error).message.slice(0, 500),
          claimedAt: null,
        })
        .where(eq(emailOutbox.id, e.id));
    }
  }
  return handled;
}

export async function listEmails(db: Db, limit = 50) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit);
}

export async function getEmail(db: Db, id: number) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}
