import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { staffLoginTokens, staffMembers, staffSessions } from '#app/db/schema/index.ts';
import { lastOwnerProblem, type StaffChange } from './core/staff-changes.ts';

export type StaffChangeResult = { ok: true } | { ok: false; problem: 'notFound' | 'lastOwner' };

/**
 * Edits, suspends, reactivates or removes a staff member (owner only, checked by the route).
 * The active owners and the member are locked in one statement, in id order, inside the write
 * transaction: two racing requests (two owners demoting each other) run one after the other,
 * and the second sees the first's result, so some active owner always remains.
 */
export async function changeStaff(
  db: Db,
  staffId: number,
  change: StaffChange,
  now = new Date(),
): Promise<StaffChangeResult> {
  return db.transaction(async (tx) => {
    const locked = await tx
      .select({ id: staffMembers.id, role: staffMembers.role, disabledAt: staffMembers.disabledAt })
      .from(staffMembers)
      .where(
        or(
          eq(staffMembers.id, staffId),
          and(eq(staffMembers.role, 'owner'), isNull(staffMembers.disabledAt)),
        ),
      )
      .orderBy(staffMembers.id)
      .for('update');
    const member = locked.find((m) => m.id === staffId);
    if (!member) return { ok: false, problem: 'notFound' } as const;
    const activeOwners = locked.filter((m) => m.role === 'owner' && !m.disabledAt).map((m) => m.id);
    const problem = lastOwnerProblem(
      activeOwners,
      { id: member.id, role: member.role, suspended: member.disabledAt != null },
      change,
    );
    if (problem) return { ok: false, problem } as const;
    switch (change.kind) {
      case 'edit':
        await tx
          .update(staffMembers)
          .set({ name: change.name, role: change.role, locale: change.locale })
          .where(eq(staffMembers.id, staffId));
        break;
      case 'suspend':
        // Sessions and unused sign-in links end now, not when they expire.
        await tx.update(staffMembers).set({ disabledAt: now }).where(eq(staffMembers.id, staffId));
        await tx.delete(staffSessions).where(eq(staffSessions.staffId, staffId));
        await tx.delete(staffLoginTokens).where(eq(staffLoginTokens.staffId, staffId));
        break;
      case 'reactivate':
        await tx.update(staffMembers).set({ disabledAt: null }).where(eq(staffMembers.id, staffId));
        break;
      case 'remove':
        // Sessions and links cascade; orders' timelines and jobs keep their entries (staff id set null).
        await tx.delete(staffMembers).where(eq(staffMembers.id, staffId));
        break;
    }
    return { ok: true } as const;
  });
}

/** A staff member's own name and admin language (the account page). */
export async function updateOwnProfile(
  db: Db,
  staffId: number,
  input: { name: string; locale: string },
): Promise<void> {
  await db
    .update(staffMembers)
    .set({ name: input.name, locale: input.locale })
    .where(eq(staffMembers.id, staffId));
}
