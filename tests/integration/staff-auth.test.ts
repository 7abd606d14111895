import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { passwordSessionAuth, sessionCookie } from '#app/modules/staff/auth.server.ts';
import { hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';
import { checkCredentials, consumeLoginToken, createLoginToken, createStaff, ensureOwner, setStaffPassword, staffCount } from '#app/modules/staff/staff.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => { db = await createTestDb(); });
afterAll(async () => db?.close());

describe('staff accounts', () => {
  it('creates the owner once, with a one-time sign-in link and no password', async () => {
    const token = await ensureOwner(db.db, 'owner@shop.test');
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await ensureOwner(db.db, 'other@shop.test')).toBeNull();
    expect(await staffCount(db.db)).toBe(1);
    expect(await checkCredentials(db.db, 'owner@shop.test', '')).toBeNull();
    const staffId = await consumeLoginToken(db.db, token!);
    expect(staffId).toBeGreaterThan(0);
    expect(await consumeLoginToken(db.db, token!)).toBeNull(); // exactly once
  });

  it('expired and unknown sign-in tokens do nothing', async () => {
    const staff = await createStaff(db.db, { email: 'late@shop.test', name: 'Late', role: 'support' });
    const past = new Date(Date.now() - 48 * 3600_000);
    const token = await createLoginToken(db.db, staff.id, 1000, past);
    expect(await consumeLoginToken(db.db, token)).toBeNull();
    expect(await consumeLoginToken(db.db, 'nope')).toBeNull();
  });

  it('checks credentials case-insensitively on email and rejects disabled or wrong ones', async () => {
    const staff = await createStaff(db.db, { email: 'Mia@Shop.test', name: 'Mia', role: 'merchandiser' });
    await setStaffPassword(db.db, staff.id, 'a long enough password');
    expect((await checkCredentials(db.db, 'mia@shop.test', 'a long enough password'))?.id).toBe(staff.id);
    expect(await checkCredentials(db.db, 'mia@shop.test', 'wrong password here')).toBeNull();
    expect(await checkCredentials(db.db, 'nobody@shop.test', 'a long enough password')).toBeNull();
    await expect(createStaff(db.db, { email: 'MIA@shop.test', name: 'Dup', role: 'support' })).rejects.toThrow();
  });
});

describe('cookie sessions', () => {
  it('signs in, authenticates, rejects tampered cookies and signs out', async () => {
    const staff = await createStaff(db.db, { email: 'sam@shop.test', name: 'Sam', role: 'marketer' });
    const auth = passwordSessionAuth(db.db, sessionCookie('x'.repeat(32), true));
    const setCookie = await auth.signIn(staff.id);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    const cookieHeader = setCookie.split(';')[0]!;
    const request = new Request('https://shop.test/app', { headers: { cookie: cookieHeader } });
    const result = await auth.authenticate(request);
    expect(result?.principal).toMatchObject({ id: staff.id, role: 'marketer' });
    expect(result?.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const tampered = new Request('https://shop.test/app', { headers: { cookie: cookieHeader.replace(/.(?=\.)/, (c) => (c === 'A' ? 'B' : 'A')) } });
    expect(await auth.authenticate(tampered)).toBeNull();
    const otherSecret = passwordSessionAuth(db.db, sessionCookie('y'.repeat(32), true));
    expect(await otherSecret.authenticate(request)).toBeNull();
    await auth.signOut(request);
    expect(await auth.authenticate(request)).toBeNull();
  });
});

describe('rate limits', () => {
  it('allow up to the limit per window, then refuse until the window resets', async () => {
    const now = new Date('2026-11-25T10:00:05Z');
    const hits = [];
    for (let i = 0; i < 6; i++) hits.push(await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60, now));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, true, true, false]);
    expect(hits[5]!.retryAfterSeconds).toBe(55);
    expect((await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60, new Date('2026-11-25T10:01:00Z'))).allowed).toBe(true);
    expect((await hitRateLimit(db.db, 'login:ip:198.51.100.1', 5, 60, now)).allowed).toBe(true);
  });
});
