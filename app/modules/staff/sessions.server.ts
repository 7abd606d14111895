import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { staffMembers, staffSessions } from '#app/db/schema/index.ts';
import { digest, randomToken, type StaffRow } from './staff.server.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface StaffSession {
  staff: StaffRow;
  csrfToken: string;
}

/** Starts a session; returns the random id for the cookie (only its digest is stored). */
export async function createStaffSession(db: Db, staffId: number, now = new Date()): Promise<string> {
  const id = randomToken();
  await db.insert(staffSessions).values({
    idDigest: digest(id),
    staffId,
    csrfToken: randomToken(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  // Expired sessions are swept opportunistically; there are few and the index is the primary key.
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, now));
  return id;
}

export async function readStaffSession(db: Db, id: string, now = new Date()): Promise<StaffSession | null> {
  if (!id || id.length > 100) return null;
  const [row] = await db
    .select({ staff: staffMembers, csrfToken: staffSessions.csrfToken })
    .from(staffSessions)
    .innerJoin(staffMembers, eq(staffMembers.id, staffSessions.staffId))
    .where(and(eq(staffSessions.idDigest, digest(id)), gt(staffSessions.expiresAt, now)))
    .limit(1);
  if (!row || row.staff.disabledAt) return null;
  return row;
}

export async function deleteStaffSession(db: Db, id: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.idDigest, digest(id)));
}
