// Owner: app/modules/payments
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** The test provider's payment intents (Stripe's shape, stored locally). */
export const testPayments = pgTable(
  'test_payments',
  {
    id: text('id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    status: text('status').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
    lastError: jsonb('last_error').$type<{ code: string; declineCode: string | null } | null>(),
    /** Last four digits of the card that paid. */
    cardLast4: text('card_last4'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('test_payments_idempotency_key').on(t.idempotencyKey),
    check('test_payments_amount', sql`${t.amount} > 0`),
  ],
);

/** The test provider's refunds (Stripe's Refund shape, stored locally). */
export const testRefunds = pgTable(
  'test_refunds',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => testPayments.id),
    idempotencyKey: text('idempotency_key').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason'),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('test_refunds_idempotency_key').on(t.idempotencyKey),
    check('test_refunds_amount', sql`${t.amount} > 0`),
  ],
);

/** Webhook events already handled, by the provider's event id: a replayed delivery changes nothing. */
export const webhookEvents = pgTable('webhook_events', {
  id: text('id').primaryKey(),
  provider: text('provider').notNull(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});
