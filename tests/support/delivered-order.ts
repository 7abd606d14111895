import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '#app/db/client.server.ts';
import { orderLines, orders } from '#app/db/schema/index.ts';
import { updateDiscountCodes } from '#app/modules/cart/cart.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { fulfilOrder } from '#app/modules/orders/orders.server.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';
import { PAYMENT_CTX, readyCheckout } from './checkout.ts';

const DAY = 86_400_000;

/** A paid, shipped and delivered order (delivered `daysAgo` days ago), through the real checkout, fulfilment and delivery paths. */
export async function deliveredOrder(
  db: Db,
  provider: PaymentProvider,
  input: {
    staffId: number;
    lines: { variantId: number; quantity: number }[];
    country?: string;
    language?: string;
    code?: string;
  },
  daysAgo = 10,
) {
  const { token } = await readyCheckout(db, {
    country: input.country ?? 'DE',
    language: input.language ?? 'de',
    lines: input.lines,
  });
  if (input.code) await updateDiscountCodes(db, token, [input.code]);
  expect((await payForCheckout(db, provider, token, PAYMENT_CTX)).kind).toBe('placed');
  const [order] = await db.select().from(orders).where(eq(orders.cartId, token));
  expect(
    await fulfilOrder(
      db,
      order!.id,
      { trackingNumber: `TRK${order!.id}`, trackingCompany: null, staffId: input.staffId },
      () => ({
        kind: 'shipping-confirmation',
        to: order!.email,
        locale: 'de',
        subject: 's',
        html: 'h',
        text: 't',
      }),
    ),
  ).toBe(true);
  expect(
    await markDelivered(db, order!.id, { at: new Date(Date.now() - daysAgo * DAY), source: 'staff' }),
  ).toBe(true);
  const lines = await db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, order!.id))
    .orderBy(orderLines.id);
  return { order: (await db.select().from(orders).where(eq(orders.id, order!.id)))[0]!, lines };
}
