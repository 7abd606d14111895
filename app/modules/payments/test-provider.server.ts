import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { testPayments, testRefunds } from '#app/db/schema/index.ts';
import { money } from '#app/modules/money/core/money.ts';
import { outcomeOf } from './core/test-cards.ts';
import type {
  CreatePaymentInput,
  PaymentProvider,
  PaymentStatus,
  PaymentView,
  RefundView,
} from './provider.ts';

/**
 * The embedded default: Stripe's PaymentIntent state machine kept in our own table, with
 * Stripe's idempotency semantics (a key always returns the payment it first created) and
 * its test cards' outcomes. Clearly labelled as test mode wherever checkout shows it.
 */

type Row = typeof testPayments.$inferSelect;

function view(row: Row): PaymentView {
  return {
    id: row.id,
    provider: 'test',
    status: row.status as PaymentStatus,
    amount: money(row.amount, row.currency),
    clientSecret: null,
    metadata: row.metadata,
    lastError: row.lastError ?? null,
  };
}

function refundView(row: typeof testRefunds.$inferSelect): RefundView {
  return {
    id: row.id,
    paymentId: row.paymentId,
    amount: money(row.amount, row.currency),
    status: row.status as RefundView['status'],
  };
}

export class TestPaymentError extends Error {
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

export function createTestProvider(db: Db): PaymentProvider {
  const load = async (id: string) => {
    const [row] = await db.select().from(testPayments).where(eq(testPayments.id, id));
    if (!row) throw new TestPaymentError('resource_missing');
    return row;
  };
  /** A state change that only applies from the expected states (a conditional update, so concurrent retries are safe). */
  const transition = async (id: string, from: PaymentStatus[], set: Partial<Row>) => {
    const [row] = await db
      .update(testPayments)
      .set(set)
      .where(
        sql`${testPayments.id} = ${id} and ${testPayments.status} in (${sql.join(
          from.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      )
      .returning();
    return row ?? null;
  };
  return {
    kind: 'test',
    async createPayment(input: CreatePaymentInput) {
      const id = `pi_test_${randomBytes(12).toString('hex')}`;
      const metadata = { ...input.metadata, capture_method: input.captureMethod ?? 'automatic' };
      await db
        .insert(testPayments)
        .values({
          id,
          idempotencyKey: input.idempotencyKey,
          amount: input.amount.amount,
          currency: input.amount.currencyCode,
          status: 'requires_payment_method',
          metadata,
        })
        .onConflictDoNothing({ target: testPayments.idempotencyKey });
      const [row] = await db
        .select()
        .from(testPayments)
        .where(eq(testPayments.idempotencyKey, input.idempotencyKey));
      return view(row!);
    },
    async confirmPayment(id, input) {
      const current = await load(id);
      // Retried confirmations of a payment that already went through return it as it is.
      if (current.status !== 'requires_payment_method' && current.status !== 'requires_confirmation')
        return view(current);
      const outcome = outcomeOf(input.paymentMethod);
      if (outcome !== 'succeed') {
        const lastError = { code: 'card_declined', declineCode: outcome ?? 'generic_decline' };
        return view(
          (await transition(id, ['requires_payment_method', 'requires_confirmation'], { lastError })) ??
            (await load(id)),
        );
      }
      const status = current.metadata.capture_method === 'manual' ? 'requires_capture' : 'succeeded';
      const row = await transition(id, ['requires_payment_method', 'requires_confirmation'], {
        status,
        lastError: null,
        cardLast4: input.paymentMethod.slice(-4),
      });
      return view(row ?? (await load(id)));
    },
    retrievePayment: async (id) => view(await load(id)),
    async capturePayment(id) {
      const row = await transition(id, ['requires_capture'], { status: 'succeeded' });
      if (row) return view(row);
      const current = await load(id);
      if (current.status === 'succeeded') return view(current);
      throw new TestPaymentError('payment_intent_unexpected_state');
    },
    async refundPayment(id, input) {
      return db.transaction(async (txn) => {
        const tx = txn as unknown as Db;
        // The payment row is locked first: two refunds at once cannot both pass the captured
        // amount, and a retry with the same key waits for the first and returns its refund.
        const [payment] = await tx.select().from(testPayments).where(eq(testPayments.id, id)).for('update');
        if (!payment) throw new TestPaymentError('resource_missing');
        const [same] = await tx
          .select()
          .from(testRefunds)
          .where(eq(testRefunds.idempotencyKey, input.idempotencyKey));
        if (same) return refundView(same);
        if (payment.status !== 'succeeded') throw new TestPaymentError('charge_not_refundable');
        if (input.amount.currencyCode !== payment.currency)
          throw new TestPaymentError('parameter_invalid_currency');
        const [done] = await tx
          .select({ sum: sql<number>`coalesce(sum(${testRefunds.amount}), 0)::int` })
          .from(testRefunds)
          .where(eq(testRefunds.paymentId, id));
        const left = payment.amount - done!.sum;
        if (left <= 0) throw new TestPaymentError('charge_already_refunded');
        if (input.amount.amount <= 0 || input.amount.amount > left)
          throw new TestPaymentError('amount_too_large');
        const [row] = await tx
          .insert(testRefunds)
          .values({
            id: `re_test_${randomBytes(12).toString('hex')}`,
            paymentId: id,
            idempotencyKey: input.idempotencyKey,
            amount: input.amount.amount,
            currency: payment.currency,
            reason: input.reason ?? null,
            status: 'succeeded',
          })
          .returning();
        return refundView(row!);
      });
    },
    async cancelPayment(id) {
      const row = await transition(
        id,
        ['requires_payment_method', 'requires_confirmation', 'requires_action', 'requires_capture'],
        { status: 'canceled' },
      );
      if (row) return view(row);
      const current = await load(id);
      if (current.status === 'canceled') return view(current);
      throw new TestPaymentError('payment_intent_unexpected_state');
    },
  };
}
