import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '#app/db/schema/staff.ts';
import { hashPassword, verifyPassword } from '#app/modules/staff/password.server.ts';
import { AREA_ROLES, canAccess } from '#app/modules/staff/core/roles.ts';

describe('password hashing (scrypt)', () => {
  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password!')).not.toBe(await hashPassword('same password!'));
  });

  it('treats canonically equal Unicode as the same password', async () => {
    const hash = await hashPassword('Ｐａｓｓｗｏｒｄ１２３');
    expect(await verifyPassword('Password123', hash)).toBe(true);
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    for (const stored of [null, '', 'plain', 'scrypt$1$2', 'bcrypt$x$y$z$a$b']) {
      expect(await verifyPassword('x', stored)).toBe(false);
    }
  });
});

describe('roles', () => {
  it('owners can use every area', () => {
    for (const area of Object.keys(AREA_ROLES) as (keyof typeof AREA_ROLES)[])
      expect(canAccess('owner', area)).toBe(true);
  });

  it('follow the role table', () => {
    expect(canAccess('merchandiser', 'pricing')).toBe(true);
    expect(canAccess('marketer', 'pricing')).toBe(false);
    expect(canAccess('marketer', 'seo')).toBe(true);
    expect(canAccess('support', 'orders')).toBe(true);
    expect(canAccess('support', 'markets')).toBe(false);
    expect(canAccess('merchandiser', 'staff')).toBe(false);
    for (const role of STAFF_ROLES) expect(canAccess(role, 'home')).toBe(true);
  });
});
