import type { StaffRole } from '#app/modules/staff/core/role-names.ts';

/** What an owner can do to a staff member from the Staff page. */
export type StaffChange =
  | { kind: 'edit'; name: string; role: StaffRole; locale: string }
  | { kind: 'suspend' }
  | { kind: 'reactivate' }
  | { kind: 'remove' };

export interface StaffState {
  id: number;
  role: StaffRole;
  suspended: boolean;
}

/** Whether the member is still an active owner once the change is made. */
export function activeOwnerAfter(member: StaffState, change: StaffChange): boolean {
  switch (change.kind) {
    case 'edit':
      return change.role === 'owner' && !member.suspended;
    case 'suspend':
      return false;
    case 'reactivate':
      return member.role === 'owner';
    case 'remove':
      return false;
  }
}

/**
 * The one rule that keeps a store manageable: some active owner must remain. Given the
 * active owners before the change (read under a lock), null when the change may proceed.
 */
export function lastOwnerProblem(
  activeOwnerIds: readonly number[],
  member: StaffState,
  change: StaffChange,
): 'lastOwner' | null {
  const remaining =
    activeOwnerIds.filter((id) => id !== member.id).length + (activeOwnerAfter(member, change) ? 1 : 0);
  return remaining === 0 ? 'lastOwner' : null;
}
