// Owner: app/modules/store-credit
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { staffMembers } from './staff.ts';

/**
 * Store credit (ADR 0021): a balance per customer email and currency, and the ledger that
 * explains it. The balance is a column so a spend is one conditional update that can never
 * take it below zero, whatever checkouts race; each issue is a lot that spends first-to-expire.
 */
export const storeCreditAccounts = pgTable(
  'store_credit_accounts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Lower-cased: the shopper's address is their account here (there are no passwords). */
    email: text('email').notNull(),
    currency: text('currency').notNull(),
    balance: integer('balance').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('store_credit_accounts_key').on(t.email, t.currency),
    check('store_credit_accounts_balance', sql`${t.balance} >= 0`),
  ],
);

export const STORE_CREDIT_KINDS = ['issue', 'spend', 'expire', 'restore'] as const;

export const storeCreditEntries = pgTable(
  'store_credit_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    accountId: integer('account_id')
      .notNull()
      .references(() => storeCreditAccounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: STORE_CREDIT_KINDS }).notNull(),
    /** Always positive; the kind says which way it went. */
    amount: integer('amount').notNull(),
    balanceAfter: integer('balance_after').notNull(),
    /** Issue and restore entries are lots: what of them is still unspent, and when that lapses. */
    remaining: integer('remaining').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    orderId: integer('order_id'),
    returnId: integer('return_id'),
    /** The caller's key: the same return, order or refund moves credit once. */
    idempotencyKey: text('idempotency_key').notNull(),
    staffId: integer('staff_id').references(() => staffMembers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('store_credit_entries_key').on(t.idempotencyKey),
    index('store_credit_entries_account_idx').on(t.accountId, t.id),
    check(
      'store_credit_entries_amounts',
      sql`${t.amount} > 0 and ${t.remaining} >= 0 and ${t.remaining} <= ${t.amount} and ${t.balanceAfter} >= 0`,
    ),
  ],
);
