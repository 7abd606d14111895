import { describe, expect, it } from 'vitest';
import {
  activeOwnerAfter,
  lastOwnerProblem,
  type StaffState,
} from '#app/modules/staff/core/staff-changes.ts';

const owner: StaffState = { id: 1, role: 'owner', suspended: false };
const suspendedOwner: StaffState = { id: 1, role: 'owner', suspended: true };
const support: StaffState = { id: 2, role: 'support', suspended: false };
const edit = (role: StaffState['role']) => ({ kind: 'edit', name: 'A', role, locale: 'en' }) as const;

describe('staff changes: who is an active owner afterwards', () => {
  it('edit: an active member edited to owner is one; a suspended one or another role is not', () => {
    expect(activeOwnerAfter(owner, edit('owner'))).toBe(true);
    expect(activeOwnerAfter(support, edit('owner'))).toBe(true);
    expect(activeOwnerAfter(suspendedOwner, edit('owner'))).toBe(false);
    expect(activeOwnerAfter(owner, edit('support'))).toBe(false);
  });

  it('suspend and remove always leave the member not an active owner', () => {
    expect(activeOwnerAfter(owner, { kind: 'suspend' })).toBe(false);
    expect(activeOwnerAfter(owner, { kind: 'remove' })).toBe(false);
  });

  it('reactivate makes an owner active again, but not a member of another role', () => {
    expect(activeOwnerAfter(suspendedOwner, { kind: 'reactivate' })).toBe(true);
    expect(activeOwnerAfter({ ...support, suspended: true }, { kind: 'reactivate' })).toBe(false);
  });
});

describe('staff changes: the last owner rule', () => {
  it('lets an owner stay owner, alone or alongside others', () => {
    expect(lastOwnerProblem([1], owner, edit('owner'))).toBeNull();
    expect(lastOwnerProblem([1, 3], owner, edit('owner'))).toBeNull();
  });

  it('stops the only active owner from leaving, but not one of two', () => {
    expect(lastOwnerProblem([1], owner, { kind: 'suspend' })).toBe('lastOwner');
    expect(lastOwnerProblem([1], owner, { kind: 'remove' })).toBe('lastOwner');
    expect(lastOwnerProblem([1], owner, edit('support'))).toBe('lastOwner');
    expect(lastOwnerProblem([1, 3], owner, { kind: 'remove' })).toBeNull();
  });

  it('counts a reactivated owner when no other owner is active', () => {
    expect(lastOwnerProblem([], suspendedOwner, { kind: 'reactivate' })).toBeNull();
    expect(lastOwnerProblem([], { ...support, suspended: true }, { kind: 'reactivate' })).toBe('lastOwner');
  });
});
