import { asc, desc, eq, sql } from 'drizzle-orm';
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

/** Sends (or, without a transport, keeps) every queued email; returns how many were handled. */
export async function deliverQueuedEmails(db: Db, transport: Transport | null, limit = 100): Promise<number> {
  const queued = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.status, 'queued'))
    .orderBy(asc(emailOutbox.id))
    .limit(limit);
  for (const e of queued) {
    if (!transport) {
      await db.update(emailOutbox).set({ status: 'kept' }).where(eq(emailOutbox.id, e.id));
      continue;
    }
    try {
      await transport({ to: e.to, subject: e.subject, html: e.html, text: e.text });
      await db
        .update(emailOutbox)
        .set({ status: 'sent', sentAt: sql`now()`, attempts: e.attempts + 1, error: null })
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
        })
        .where(eq(emailOutbox.id, e.id));
    }
  }
  return queued.length;
}

export async function listEmails(db: Db, limit = 50) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit);
}

export async function getEmail(db: Db, id: number) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}
