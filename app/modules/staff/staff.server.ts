import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { staffLoginTokens, staffMembers, type StaffRole } from '#app/db/schema/index.ts';
import { hashPassword, verifyPassword } from './password.server.ts';

export type StaffRow = typeof staffMembers.$inferSelect;

export const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

export async function staffCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffMembers);
  return Number(row?.n ?? 0);
}

export async function findStaffById(db: Db, id: number): Promise<StaffRow | null> {
  const [row] = await db.select().from(staffMembers).where(eq(staffMembers.id, id)).limit(1);
  return row ?? null;
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | null> {
  const [row] = await db
    .select()
    .from(staffMembers)
    .where(sql`lower(${staffMembers.email}) = lower(${email})`)
    .limit(1);
  return row ?? null;
}

export async function createStaff(
  db: Db,
  input: { email: string; name: string; role: StaffRole; locale?: string; password?: string },
): Promise<StaffRow> {
  const [row] = await db
    .insert(staffMembers)
    .values({
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      locale: input.locale ?? 'en',
      passwordHash: input.password ? await hashPassword(input.password) : null,
    })
    .returning();
  return row!;
}

export async function setStaffPassword(db: Db, staffId: number, password: string): Promise<void> {
  await db
    .update(staffMembers)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(staffMembers.id, staffId));
}

/** A hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;

export async function checkCredentials(db: Db, email: string, password: string): Promise<StaffRow | null> {
  const result = await verifySignIn(db, email, password);
  return result.ok ? result.staff : null;
}

/**
 * Password sign-in. A suspended account is named as such only to someone who knows its
 * password, so the message reveals nothing to a guesser.
 */
export async function verifySignIn(
  db: Db,
  email: string,
  password: string,
): Promise<{ ok: true; staff: StaffRow } | { ok: false; problem: 'invalid' | 'suspended' }> {
  const staff = await findStaffByEmail(db, email);
  dummyHash ??= hashPassword(randomToken());
  const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash));
  if (!ok || !staff) return { ok: false, problem: 'invalid' };
  return staff.disabledAt ? { ok: false, problem: 'suspended' } : { ok: true, staff };
}

/** One-time sign-in link token (first run, invitations); only its digest is stored. */
export async function createLoginToken(
  db: Db,
  staffId: number,
  ttlMs = 24 * 60 * 60 * 1000,
  now = new Date(),
): Promise<string> {
  const token = randomToken();
  await db
    .insert(staffLoginTokens)
    .values({ tokenDigest: digest(token), staffId, expiresAt: new Date(now.getTime() + ttlMs) });
  return token;
}

/** Marks a sign-in token used; a conditional update, so a token works exactly once. */
export async function consumeLoginToken(db: Db, token: string, now = new Date()): Promise<number | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .update(staffLoginTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(staffLoginTokens.tokenDigest, digest(token)),
        isNull(staffLoginTokens.usedAt),
        gt(staffLoginTokens.expiresAt, now),
      ),
    )
    .returning({ staffId: staffLoginTokens.staffId });
  return row?.staffId ?? null;
}

/** On an empty store: the owner account, and a one-time link to sign in and choose a password. */
export async function ensureOwner(db: Db, email: string): Promise<string | null> {
  if ((await staffCount(db)) > 0) return null;
  const owner = await createStaff(db, { email, name: 'Owner', role: 'owner' });
  return createLoginToken(db, owner.id);
}

export async function listStaff(db: Db): Promise<StaffRow[]> {
  return db.select().from(staffMembers).orderBy(staffMembers.id);
}
