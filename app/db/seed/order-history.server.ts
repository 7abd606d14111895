import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import {
  emailOutbox,
  orderEvents,
  orderLines,
  orders,
  returnEvents,
  returnLines,
  returns,
  variants,
} from '#app/db/schema/index.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { markDelivered } from '#app/modules/orders/delivery.server.ts';
import { fulfilOrder } from '#app/modules/orders/orders.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { approveReturn, receiveReturn, refundReturn } from '#app/modules/returns/return-actions.server.ts';
import { requestReturn } from '#app/modules/returns/returns.server.ts';
import { readyCheckout } from './order-factories.server.ts';

/**
 * A few weeks of demo orders, placed through the real checkout and then moved back in time, so a
 * new store shows what returns look like: an order still inside its window, one long past it,
 * one whose return was refunded, one whose return waits for support, and one a size too small
 * (for an exchange). Their emails are kept,
 * not sent (the addresses are example.* ones).
 */
interface DemoOrder {
  email: string;
  country: string;
  language: string;
  address: Record<string, string>;
  lines: { sku: string; quantity: number }[];
  placedDaysAgo: number;
  deliveredDaysAgo: number;
  ret?: { reason: string; subReason: string | null; note: string; daysAgo: number; refunded: boolean };
}

export const DEMO_ORDERS: DemoOrder[] = [
  {
    email: 'aiko.sato@example.jp',
    country: 'JP',
    language: 'ja',
    address: {
      lastName: '佐藤',
      firstName: '愛子',
      zip: '100-0005',
      province: '13',
      city: '千代田区',
      address1: '丸の内1-1-1',
      countryCode: 'JP',
    },
    lines: [{ sku: 'AO-MER-OAT-M', quantity: 1 }],
    placedDaysAgo: 60,
    deliveredDaysAgo: 52,
  },
  {
    email: 'jonas.becker@example.de',
    country: 'DE',
    language: 'de',
    address: {
      firstName: 'Jonas',
      lastName: 'Becker',
      address1: 'Torstraße 1',
      zip: '10119',
      city: 'Berlin',
      countryCode: 'DE',
    },
    lines: [{ sku: 'AO-MER-OAT-M', quantity: 2 }],
    placedDaysAgo: 14,
    deliveredDaysAgo: 10,
  },
  {
    email: 'mia.schulz@example.de',
    country: 'DE',
    language: 'de',
    address: {
      firstName: 'Mia',
      lastName: 'Schulz',
      address1: 'Sendlinger Straße 8',
      zip: '80331',
      city: 'München',
      countryCode: 'DE',
    },
    lines: [{ sku: 'AO-MER-OAT-M', quantity: 1 }],
    placedDaysAgo: 9,
    deliveredDaysAgo: 6,
  },
  {
    email: 'ada@example.com',
    country: 'US',
    language: 'en',
    address: {
      firstName: 'Ada',
      lastName: 'Lovelace',
      address1: '350 Fifth Avenue',
      city: 'New York',
      province: 'NY',
      zip: '10118',
      countryCode: 'US',
    },
    lines: [{ sku: 'AO-MER-OAT-L', quantity: 1 }],
    placedDaysAgo: 40,
    deliveredDaysAgo: 35,
    ret: { reason: 'size', subReason: 'too_large', note: 'Runs a size big.', daysAgo: 30, refunded: true },
  },
  {
    email: 'layla.haddad@example.ae',
    country: 'AE',
    language: 'ar',
    address: {
      firstName: 'ليلى',
      lastName: 'حداد',
      address1: 'شارع الشيخ زايد 1',
      city: 'دبي',
      province: 'DU',
      phone: '+971 4 123 4567',
      countryCode: 'AE',
    },
    lines: [{ sku: 'AO-MER-OAT-S', quantity: 1 }],
    placedDaysAgo: 9,
    deliveredDaysAgo: 5,
  },
  {
    email: 'tom.hardy@example.co.uk',
    country: 'GB',
    language: 'en',
    address: {
      firstName: 'Tom',
      lastName: 'Hardy',
      address1: '10 Downing Street',
      city: 'London',
      zip: 'SW1A 2AA',
      countryCode: 'GB',
    },
    lines: [{ sku: 'AO-MER-OAT-S', quantity: 1 }],
    placedDaysAgo: 12,
    deliveredDaysAgo: 8,
    ret: {
      reason: 'not_as_described',
      subReason: 'colour',
      note: 'Greyer than the photos.',
      daysAgo: 5,
      refunded: false,
    },
  },
];

const DAY = 86_400_000;
const noEmail = () => ({ kind: 'seed', to: '', locale: 'en', subject: '', html: '', text: '' });

export async function seedOrderHistory(db: Db, staffId: number, now = new Date()): Promise<number> {
  const provider = createTestProvider(db);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  let placed = 0;
  for (const demo of DEMO_ORDERS) {
    const skus = await db
      .select({ id: variants.id, sku: variants.sku })
      .from(variants)
      .where(
        inArray(
          variants.sku,
          demo.lines.map((l) => l.sku),
        ),
      );
    if (skus.length !== demo.lines.length) continue;
    const { token } = await readyCheckout(db, {
      country: demo.country,
      language: demo.language,
      address: demo.address,
      email: demo.email,
      lines: demo.lines.map((l) => ({
        variantId: skus.find((s) => s.sku === l.sku)!.id,
        quantity: l.quantity,
      })),
    });
    const paid = await payForCheckout(db, provider, token, { returnUrl: '/', orderUrl: () => '/' });
    if (paid.kind !== 'placed') continue;
    const [order] = await db.select().from(orders).where(eq(orders.cartId, token));
    if (!order) continue;
    await fulfilOrder(
      db,
      order.id,
      { trackingNumber: `1Z${String(order.number).padStart(16, '0')}`, trackingCompany: 'UPS', staffId },
      noEmail,
    );
    await markDelivered(db, order.id, { at: ago(demo.deliveredDaysAgo), source: 'carrier' });
    // Back in time: the order, its timeline and its shipment.
    const shift = sql`make_interval(days => ${demo.placedDaysAgo})`;
    await db
      .update(orders)
      .set({ createdAt: ago(demo.placedDaysAgo), shippedAt: ago(demo.placedDaysAgo - 1) })
      .where(eq(orders.id, order.id));
    await db
      .update(orderEvents)
      .set({ createdAt: sql`${orderEvents.createdAt} - ${shift}` })
      .where(sql`${orderEvents.orderId} = ${order.id} and ${orderEvents.kind} <> 'delivered'`);
    if (demo.ret) await seedReturn(db, provider, order.id, demo.ret, staffId, ago(demo.ret.daysAgo));
    placed++;
  }
  await db.update(emailOutbox).set({ status: 'kept' }).where(eq(emailOutbox.status, 'queued'));
  return placed;
}

async function seedReturn(
  db: Db,
  provider: ReturnType<typeof createTestProvider>,
  orderId: number,
  demo: NonNullable<DemoOrder['ret']>,
  staffId: number,
  at: Date,
) {
  const [first] = await db
    .select({ id: orderLines.id })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(orderLines.id)
    .limit(1);
  if (!first) return;
  const orderLineId = first.id;
  const requested = await requestReturn(
    db,
    orderId,
    {
      lines: [
        {
          orderLineId,
          quantity: 1,
          reason: demo.reason,
          subReason: demo.subReason,
          note: demo.note,
          photos: [],
        },
      ],
      language: 'en',
      email: noEmail,
    },
    at,
  );
  if (!requested.ok) return;
  const id = requested.ret.id;
  if (demo.refunded) {
    await approveReturn(db, id, staffId, noEmail);
    const [line] = await db
      .select({ id: returnLines.id })
      .from(returnLines)
      .where(eq(returnLines.returnId, id));
    await receiveReturn(
      db,
      id,
      [{ returnLineId: line!.id, outcome: 'restock', disposeReason: null }],
      staffId,
      noEmail,
    );
    await refundReturn(db, provider, id, { staffId, includeShipping: false, email: noEmail });
  }
  await db.update(returns).set({ createdAt: at }).where(eq(returns.id, id));
  await db
    .update(returnEvents)
    .set({
      createdAt: sql`${at.toISOString()}::timestamptz + ("return_events"."created_at" - (select min(e.created_at) from return_events e where e.return_id = ${id}))`,
    })
    .where(eq(returnEvents.returnId, id));
}
