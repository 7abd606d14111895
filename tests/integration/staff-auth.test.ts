import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { passwordSessionAuth, sessionCookie } from '#app/modules/staff/auth.server.ts';
import { hitRateLimit } from '#app/modules/staff/rate-limit.server.ts';
import {
  checkCredentials,
  consumeLoginToken,
  createLoginToken,
  createStaff,
  ensureOwner,
  setStaffPassword,
  staffCount,
} from '#app/modules/staff/staff.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';

let db: DbHandle;
beforeAll(async () => {
  db = await createTestDb();
});
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
    await expect(
      createStaff(db.db, { email: 'MIA@shop.test', name: 'Dup', role: 'support' }),
    ).rejects.toThrow();
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
    const tampered = new Request('https://shop.test/app', {
      headers: { cookie: cookieHeader.replace(/.(?=\.)/, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    expect(await auth.authenticate(tampered)).toBeNull();
    const otherSecret = passwordSessionAuth(db.db, sessionCookie('y'.repeat(32), true));
    expect(await otherSecret.authenticate(request)).toBeNull();
    await auth.signOut(request);
    expect(await auth.authenticate(request)).toBeNull();
  });
});

describe('rate limits', () => {
  // The window starts at a key's first hit (rate-limiter-flexible), not on the clock's minute.
  afterEach(() => {
    vi.useRealTimers();
  });
  it('allow up to the limit per window, then refuse until the window resets', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:00:05Z') });
    const hits = [];
    for (let i = 0; i < 6; i++) hits.push(await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, true, true, false]);
    vi.setSystemTime(new Date('2026-11-25T10:00:10Z'));
    const refused = await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect((await hitRateLimit(db.db, 'login:ip:198.51.100.1', 5, 60)).allowed).toBe(true);
    vi.setSystemTime(new Date('2026-11-25T10:01:04Z'));
    expect((await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60)).allowed).toBe(false);
    vi.setSystemTime(new Date('2026-11-25T10:01:05Z'));
    expect(await hitRateLimit(db.db, 'login:ip:203.0.113.9', 5, 60)).toEqual({
      allowed: true,
      retryAfterSeconds: 60,
    });
  });

  it('counts per key, with the window the limit names', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T12:00:00Z') });
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await hitRateLimit(db.db, 'login:email:a@shop.test', 2, 900));
    expect(hits).toEqual([
      { allowed: true, retryAfterSeconds: 900 },
      { allowed: true, retryAfterSeconds: 900 },
      { allowed: false, retryAfterSeconds: 900 },
    ]);
    expect(await hitRateLimit(db.db, 'login:email:b@shop.test', 2, 900)).toEqual({
      allowed: true,
      retryAfterSeconds: 900,
    });
  });
});
