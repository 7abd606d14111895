import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { getCart } from '#app/modules/cart/cart.server.ts';
import { loadCheckout, moveToMarket } from '#app/modules/checkout/checkout.server.ts';
import { orderConfirmation } from '#app/modules/checkout/confirmation.server.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import { PAYMENT_CTX, readyCheckout, variantIdBySku } from '#tests/support/checkout.ts';

let db: DbHandle;
let sweater: number;
const ctx = PAYMENT_CTX;

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
});
afterAll(async () => db?.close());

describe('checkout across stores and its confirmation', () => {
  it("moving to another market keeps the cart lines, re-prices them there and forgets the old country's address", async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'DE',
      language: 'de',
      lines: [{ variantId: sweater, quantity: 2 }],
    });
    expect(state.currency).toBe('EUR');
    expect(await moveToMarket(db.db, state, 'JP')).toBe(true);
    const moved = (await loadCheckout(db.db, token))!;
    expect(moved.market.countries).toContain('JP');
    expect(moved.currency).toBe('JPY');
    expect(moved.lines.map((l) => [l.variantId, l.quantity])).toEqual([[sweater, 2]]);
    expect(moved.lines[0]!.unitPrice).not.toEqual(state.lines[0]!.unitPrice);
    expect(moved.email).toBe('shopper@example.com');
    expect(moved.address).toBeNull();
    expect(moved.paymentMethod).toBeNull();
    expect(moved.next).toBe('address');
    expect((await getCart(db.db, token))!.countryCode).toBe('JP');
  });

  it('a country no market serves is refused and changes nothing', async () => {
    const { token, state } = await readyCheckout(db.db, {
      country: 'US',
      language: 'en',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    expect(await moveToMarket(db.db, state, 'ZZ')).toBe(false);
    const after = (await loadCheckout(db.db, token))!;
    expect(after.address).not.toBeNull();
    expect(after.next).toBe('review');
  });

  it("the confirmation has each line's image, the address and the payment label the shopper saw", async () => {
    const { token } = await readyCheckout(db.db, {
      country: 'JP',
      language: 'ja',
      lines: [{ variantId: sweater, quantity: 1 }],
    });
    expect(await orderConfirmation(db.db, token)).toBeNull();
    expect((await payForCheckout(db.db, createTestProvider(db.db), token, ctx)).kind).toBe('placed');
    const confirmation = (await orderConfirmation(db.db, token))!;
    expect(confirmation.order.shippingAddress).toMatchObject({ lastName: '佐藤', zip: '100-0005' });
    expect(confirmation.lines).toHaveLength(1);
    expect(confirmation.lines[0]!.image?.src).toBeTruthy();
    expect(confirmation.paymentLabel).toMatch(/•••• 4242$/);
    expect(confirmation.order.shippingLine.maxDays).toBeGreaterThanOrEqual(
      confirmation.order.shippingLine.minDays,
    );
  });
});
