import { and, asc, desc, eq, gt, isNotNull, like, lte, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { storeCreditAccounts, storeCreditEntries } from '#app/db/schema/index.ts';
import { likePattern } from '#app/lib/like-pattern.ts';
import { money, type Money } from '#app/modules/money/core/money.ts';
import { lapsed, takeFromLots } from './core/lots.ts';

/**
 * Store credit balances and their ledger (ADR 0021). Every movement runs in the caller's
 * transaction under the account's row lock and an idempotency key, so the same refund, return
 * or order moves credit once; the balance's check constraint is the last word on "never negative".
 */

export type CreditEntry = typeof storeCreditEntries.$inferSelect;
type Account = typeof storeCreditAccounts.$inferSelect;

export const accountKey = (email: string) => email.trim().toLowerCase();

interface Movement {
  email: string;
  currency: string;
  amount: number;
  idempotencyKey: string;
  orderId?: number | null;
  returnId?: number | null;
  staffId?: number | null;
}

async function lockAccount(tx: Db, email: string, currency: string): Promise<Account | null> {
  const [row] = await tx
    .select()
    .from(storeCreditAccounts)
    .where(and(eq(storeCreditAccounts.email, accountKey(email)), eq(storeCreditAccounts.currency, currency)))
    .for('update');
  return row ?? null;
}

async function openAccount(tx: Db, email: string, currency: string): Promise<Account> {
  await tx
    .insert(storeCreditAccounts)
    .values({ email: accountKey(email), currency })
    .onConflictDoNothing();
  return (await lockAccount(tx, email, currency))!;
}

async function entryByKey(tx: Db, key: string): Promise<CreditEntry | null> {
  const [row] = await tx.select().from(storeCreditEntries).where(eq(storeCreditEntries.idempotencyKey, key));
  return row ?? null;
}

/** Lapsed lots give up what is left in them, as one expire entry each; runs under the account lock. */
async function expireLocked(tx: Db, account: Account, now: Date): Promise<Account> {
  const lots = await tx
    .select({
      id: storeCreditEntries.id,
      remaining: storeCreditEntries.remaining,
      expiresAt: storeCreditEntries.expiresAt,
    })
    .from(storeCreditEntries)
    .where(
      and(
        eq(storeCreditEntries.accountId, account.id),
        gt(storeCreditEntries.remaining, 0),
        isNotNull(storeCreditEntries.expiresAt),
        lte(storeCreditEntries.expiresAt, now),
      ),
    );
  let balance = account.balance;
  for (const lot of lapsed(lots, now)) {
    balance -= lot.remaining;
    await tx.update(storeCreditEntries).set({ remaining: 0 }).where(eq(storeCreditEntries.id, lot.id));
    await tx.insert(storeCreditEntries).values({
      accountId: account.id,
      kind: 'expire',
      amount: lot.remaining,
      balanceAfter: balance,
      idempotencyKey: `expire:${lot.id}`,
    });
  }
  if (balance === account.balance) return account;
  const [updated] = await tx
    .update(storeCreditAccounts)
    .set({ balance, updatedAt: now })
    .where(eq(storeCreditAccounts.id, account.id))
    .returning();
  return updated!;
}

/**
 * Adds credit: `issue` for a return resolved as credit (or a staff grant), `restore` for credit
 * an order paid with and got back. Each is a lot that lapses at `expiresAt` (null: never).
 */
export async function addCredit(
  tx: Db,
  kind: 'issue' | 'restore',
  input: Movement & { expiresAt: Date | null },
  now = new Date(),
): Promise<CreditEntry> {
  const done = await entryByKey(tx, input.idempotencyKey);
  if (done) return done;
  const account = await expireLocked(tx, await openAccount(tx, input.email, input.currency), now);
  const balance = account.balance + input.amount;
  await tx
    .update(storeCreditAccounts)
    .set({ balance, updatedAt: now })
    .where(eq(storeCreditAccounts.id, account.id));
  const [entry] = await tx
    .insert(storeCreditEntries)
    .values({
      accountId: account.id,
      kind,
      amount: input.amount,
      balanceAfter: balance,
      remaining: input.amount,
      expiresAt: input.expiresAt,
      orderId: input.orderId ?? null,
      returnId: input.returnId ?? null,
      idempotencyKey: input.idempotencyKey,
      staffId: input.staffId ?? null,
    })
    .returning();
  return entry!;
}

/**
 * Spends credit on an order, in the order's transaction: false (and nothing taken) when the
 * balance no longer covers it (another checkout spent it first). The account row is locked, so
 * two checkouts spending one balance run one after the other and the second sees what is left.
 */
export async function spendCredit(tx: Db, input: Movement, now = new Date()): Promise<boolean> {
  if (await entryByKey(tx, input.idempotencyKey)) return true;
  const locked = await lockAccount(tx, input.email, input.currency);
  if (!locked) return false;
  const account = await expireLocked(tx, locked, now);
  const lots = await tx
    .select({
      id: storeCreditEntries.id,
      remaining: storeCreditEntries.remaining,
      expiresAt: storeCreditEntries.expiresAt,
    })
    .from(storeCreditEntries)
    .where(and(eq(storeCreditEntries.accountId, account.id), gt(storeCreditEntries.remaining, 0)));
  const takes = account.balance >= input.amount ? takeFromLots(lots, input.amount, now) : null;
  if (!takes) return false;
  for (const t of takes)
    await tx
      .update(storeCreditEntries)
      .set({ remaining: sql`${storeCreditEntries.remaining} - ${t.take}` })
      .where(eq(storeCreditEntries.id, t.id));
  const balance = account.balance - input.amount;
  await tx
    .update(storeCreditAccounts)
    .set({ balance, updatedAt: now })
    .where(eq(storeCreditAccounts.id, account.id));
  await tx.insert(storeCreditEntries).values({
    accountId: account.id,
    kind: 'spend',
    amount: input.amount,
    balanceAfter: balance,
    orderId: input.orderId ?? null,
    idempotencyKey: input.idempotencyKey,
  });
  return true;
}

/** What the shopper can spend now, in `currency` (lapsed credit already taken out). */
export async function creditBalance(
  db: Db,
  email: string,
  currency: string,
  now = new Date(),
): Promise<Money> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const locked = await lockAccount(tx, email, currency);
    if (!locked) return money(0, currency);
    return money((await expireLocked(tx, locked, now)).balance, currency);
  });
}

/** Every account of one email, with its entries newest first (the admin's ledger view). */
export async function creditLedger(db: Db, email: string, now = new Date()) {
  const accounts = await db
    .select()
    .from(storeCreditAccounts)
    .where(eq(storeCreditAccounts.email, accountKey(email)))
    .orderBy(asc(storeCreditAccounts.currency));
  const out: { account: Account; entries: CreditEntry[] }[] = [];
  for (const a of accounts) {
    await creditBalance(db, a.email, a.currency, now);
    const [fresh] = await db.select().from(storeCreditAccounts).where(eq(storeCreditAccounts.id, a.id));
    const entries = await db
      .select()
      .from(storeCreditEntries)
      .where(eq(storeCreditEntries.accountId, a.id))
      .orderBy(desc(storeCreditEntries.id))
      .limit(200);
    out.push({ account: fresh!, entries });
  }
  return out;
}

/** Accounts with a balance, largest first, optionally by email fragment (the admin's list). */
export async function creditAccounts(db: Db, search: string | null, limit = 50) {
  const q = search?.trim().toLowerCase();
  return db
    .select()
    .from(storeCreditAccounts)
    .where(q ? like(storeCreditAccounts.email, likePattern(q)) : undefined)
    .orderBy(desc(storeCreditAccounts.updatedAt))
    .limit(limit);
}
