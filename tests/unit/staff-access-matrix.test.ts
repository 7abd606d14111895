import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '#app/modules/staff/core/role-names.ts';
import { AREA_ROLES, canAccess, canRead, type AdminArea } from '#app/modules/staff/core/roles.ts';
import { ACCESS } from '#tests/support/access-matrix.ts';

describe('the role table matches the hand-written access matrix', () => {
  it('covers the same areas and roles', () => {
    expect(Object.keys(AREA_ROLES).sort()).toEqual(Object.keys(ACCESS).sort());
    for (const row of Object.values(ACCESS)) expect(Object.keys(row).sort()).toEqual([...STAFF_ROLES].sort());
  });

  for (const [area, row] of Object.entries(ACCESS) as [AdminArea, Record<string, string>][]) {
    it(`${area}: ${STAFF_ROLES.filter((r) => row[r] !== 'no')
      .map((r) => `${r} (${row[r]})`)
      .join(', ')}`, () => {
      for (const role of STAFF_ROLES) {
        expect(canAccess(role, area), `${role} → ${area}`).toBe(row[role] === 'yes');
        expect(canRead(role, area), `${role} reads ${area}`).toBe(row[role] !== 'no');
      }
    });
  }
});
