import { eq, sql } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { checkouts, variants } from '#app/db/schema/index.ts';
import { readyCheckout as checkoutUpToPayment } from '#app/db/seed/order-factories.server.ts';
import { payForCheckout, type OrderContext } from '#app/modules/checkout/pay.server.ts';
import type { PaymentProvider } from '#app/modules/payments/provider.ts';

export const ADDRESSES = {
  US: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    address1: '350 Fifth Avenue',
    city: 'New York',
    province: 'NY',
    zip: '10118',
    countryCode: 'US',
  },
  /** Manhattan, in the sample ZIP rate table (tests/fixtures/tax). */
  'US-10001': {
    firstName: 'Grace',
    lastName: 'Hopper',
    address1: '20 West 34th Street',
    city: 'New York',
    province: 'NY',
    zip: '10001',
    countryCode: 'US',
  },
  DE: {
    firstName: 'Jonas',
    lastName: 'Becker',
    address1: 'Torstraße 1',
    city: 'Berlin',
    zip: '10119',
    countryCode: 'DE',
  },
  JP: {
    firstName: '愛子',
    lastName: '佐藤',
    address1: '丸の内1-1-1',
    city: '千代田区',
    province: '13',
    zip: '100-0005',
    countryCode: 'JP',
  },
  AE: {
    firstName: 'Layla',
    lastName: 'Haddad',
    address1: 'Sheikh Zayed Road 1',
    city: 'Dubai',
    province: 'DU',
    phone: '+971 4 123 4567',
    countryCode: 'AE',
  },
  CA: {
    firstName: 'Chloé',
    lastName: 'Tremblay',
    address1: '100 Queen Street West',
    city: 'Toronto',
    province: 'ON',
    zip: 'M5H 2N2',
    countryCode: 'CA',
  },
  AU: {
    firstName: 'Mia',
    lastName: 'Nguyen',
    address1: '1 Martin Place',
    city: 'Sydney',
    province: 'NSW',
    zip: '2000',
    countryCode: 'AU',
  },
  SG: {
    firstName: 'Wei',
    lastName: 'Tan',
    address1: '1 Raffles Place',
    zip: '048616',
    countryCode: 'SG',
  },
  ES: {
    firstName: 'Lucía',
    lastName: 'García',
    address1: 'Calle Mayor 1',
    city: 'Madrid',
    zip: '28013',
    countryCode: 'ES',
  },
  /** The Canary Islands: Spain's ISO code, a 35xxx postal code (outside the EU VAT area). */
  'ES-CN': {
    firstName: 'Dácil',
    lastName: 'Hernández',
    address1: 'Calle Triana 1',
    city: 'Las Palmas de Gran Canaria',
    zip: '35002',
    countryCode: 'ES',
  },
  GB: {
    firstName: 'Tom',
    lastName: 'Hardy',
    address1: '10 Downing Street',
    city: 'London',
    zip: 'SW1A 2AA',
    countryCode: 'GB',
  },
} as const;

/** Where payment returns and order links point in the integration tests. */
export const PAYMENT_CTX = {
  returnUrl: 'https://shop.test/return',
  orderUrl: (cart: string, n: number) => `https://shop.test/orders/${cart}/${n}`,
};

export async function variantIdBySku(db: Db, sku: string): Promise<number> {
  const [v] = await db.select({ id: variants.id }).from(variants).where(eq(variants.sku, sku));
  if (!v) throw new Error(`No variant ${sku}`);
  return v.id;
}

/** The demo store's first candle variant (HS 3406, which several landed-cost rules key on). */
export async function candleVariantId(db: Db): Promise<number> {
  const [c] = await db
    .select({ id: variants.id })
    .from(variants)
    .where(sql`${variants.hsCode} = '340600'`)
    .limit(1);
  if (!c) throw new Error('No candle variant');
  return c.id;
}

/** The seed's checkout factory (app/db/seed/order-factories.server.ts), with the tests' shoppers' addresses. */
export function readyCheckout(
  db: Db,
  input: {
    country: string;
    /** The address to ship to; the country's own by default. */
    address?: keyof typeof ADDRESSES;
    language: string;
    lines: { variantId: number; quantity: number }[];
    card?: string;
    service?: string;
  },
) {
  return checkoutUpToPayment(db, {
    ...input,
    address: { ...ADDRESSES[input.address ?? (input.country as keyof typeof ADDRESSES)] },
  });
}

/**
 * Pays through the real path (payForCheckout: its quote, its idempotency key) and simulates the
 * process dying right after the payment is confirmed, before the order is written. Returns the
 * payment id the checkout recorded, for the reconciliation or webhook to finish.
 */
export async function payThenDie(
  db: Db,
  provider: PaymentProvider,
  token: string,
  ctx: OrderContext & { returnUrl: string } = PAYMENT_CTX,
): Promise<string> {
  const died = new Error('process died after the payment was confirmed');
  const outcome = await payForCheckout(db, provider, token, {
    ...ctx,
    afterConfirm: () => {
      throw died;
    },
  }).catch((e: unknown) => e);
  if (outcome !== died) throw new Error(`expected to die after confirming, got ${JSON.stringify(outcome)}`);
  const [row] = await db
    .select({ paymentId: checkouts.paymentId })
    .from(checkouts)
    .where(eq(checkouts.cartId, token));
  if (!row?.paymentId) throw new Error('no payment recorded on the checkout');
  return row.paymentId;
}

/** amount ÷ rate (a decimal string, market units per shop unit), from 0-decimal yen to 2-decimal dollars, half away from zero. */
export function yenToCents(yen: number, rate: string): number {
  const [whole, frac = ''] = rate.split('.');
  const units = BigInt(whole! + frac);
  // yen / (units / 10^s) dollars × 100 cents
  const num = BigInt(yen) * 100n * 10n ** BigInt(frac.length);
  return Number(num / units + ((num % units) * 2n >= units ? 1n : 0n));
}
