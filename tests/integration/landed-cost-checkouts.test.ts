import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '#app/db/client.server.ts';
import { emailOutbox, orders, testPayments, variants } from '#app/db/schema/index.ts';
import { serverT } from '#app/i18n/server-t.server.ts';
import { formatMoney, intlLocale } from '#app/lib/format.ts';
import type { CheckoutState } from '#app/modules/checkout/checkout.server.ts';
import type { LandedCost } from '#app/modules/checkout/core/landed-cost.ts';
import { payForCheckout } from '#app/modules/checkout/pay.server.ts';
import { toDecimalString, type Money } from '#app/modules/money/core/money.ts';
import { createTestProvider } from '#app/modules/payments/test-provider.server.ts';
import { createTestDb } from '#tests/support/test-db.ts';
import {
  ADDRESSES,
  PAYMENT_CTX,
  readyCheckout,
  variantIdBySku,
  candleVariantId,
} from '#tests/support/checkout.ts';

/**
 * Real checkouts on the demo store just below and just above each market's threshold (the
 * nearest quantities of a real product on either side, by the value the law compares), each
 * paid: the review's total is what is charged and what the order and the confirmation email
 * say, and the email tells the shopper what is left to pay on delivery exactly as the review did.
 */

let db: DbHandle;
let sweater: number;
let candle: number;
let notebook: number;
let cardHolder: number;

const variantLike = async (prefix: string) =>
  (
    await db.db
      .select({ id: variants.id })
      .from(variants)
      .where(sql`${variants.sku} like ${`${prefix}%`}`)
      .orderBy(variants.sku)
      .limit(1)
  )[0]!.id;

beforeAll(async () => {
  db = await createTestDb('seeded');
  sweater = await variantIdBySku(db.db, 'AO-MER-OAT-M');
  candle = await candleVariantId(db.db);
  notebook = await variantLike('AO-NTB');
  cardHolder = await variantLike('AO-CRD');
  await db.db
    .update(variants)
    .set({ inventoryQuantity: 100_000 })
    .where(sql`${variants.id} in (${sweater}, ${candle}, ${notebook}, ${cardHolder})`);
});
afterAll(async () => db?.close());

interface Case {
  name: string;
  country: string;
  address?: keyof typeof ADDRESSES;
  language: string;
  variant: () => number;
  /** The threshold in the order's currency, compared with `landed.value`. */
  threshold: number;
  below: (l: LandedCost, s: CheckoutState) => void;
  above: (l: LandedCost, s: CheckoutState) => void;
}

const CASES: Case[] = [
  {
    name: 'DE €150 (goods alone): IOSS and the €3 item duty below; import VAT and tariff duty above',
    country: 'DE',
    language: 'de',
    variant: () => sweater,
    threshold: 15000,
    below: (l, s) => {
      expect(l).toMatchObject({ saleTax: true, lowValueScheme: 'IOSS', duty: 300, notice: 'included' });
      expect(s.totals.taxRemoved.amount).toBe(0);
    },
    above: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, lowValueScheme: null, notice: 'included' });
      expect(l.duty).toBeGreaterThan(300);
      expect(s.totals.taxRemoved.amount).toBeGreaterThan(0);
    },
  },
  {
    name: 'GB £135: UK VAT at sale and no duty below; duty and import VAT collected above',
    country: 'GB',
    language: 'en',
    variant: () => sweater,
    threshold: 13500,
    below: (l) => expect(l).toMatchObject({ lowValueScheme: 'UK_VAT', duty: 0, notice: 'nothing-due' }),
    above: (l) => {
      expect(l).toMatchObject({ saleTax: false, notice: 'included' });
      expect(l.duty).toBeGreaterThan(0);
    },
  },
  {
    name: 'JP ¥10,000 customs value (60 % + shipping): nothing below; duty and consumption tax above',
    country: 'JP',
    language: 'ja',
    variant: () => candle,
    threshold: 10000,
    below: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, duty: 0, importTax: 0, notice: 'nothing-due' });
      expect(s.totals.tax?.amount).toBe(0);
      expect(s.totals.taxRemoved.amount).toBeGreaterThan(0);
    },
    above: (l) => {
      expect(l.importTax).toBeGreaterThan(0);
      expect(l.notice).toBe('included');
    },
  },
  {
    name: 'CA C$40 (CUSMA): nothing below; Ontario HST at the border above, never at checkout',
    country: 'CA',
    language: 'en',
    variant: () => notebook,
    threshold: 4000,
    below: (l, s) => {
      expect(l).toMatchObject({ atBorder: 0, notice: 'nothing-due' });
      expect(s.totals.tax?.amount).toBe(0);
    },
    above: (l, s) => {
      expect(l).toMatchObject({ duty: 0, notice: 'border-due' });
      expect(l.atBorder).toBe(l.importTax);
      expect(s.totals.tax?.amount).toBe(0);
    },
  },
  {
    name: 'CA C$150 (CUSMA): HST only below; duty too above',
    country: 'CA',
    language: 'en',
    variant: () => cardHolder,
    threshold: 15000,
    below: (l) => expect(l.duty).toBe(0),
    above: (l) => expect(l.duty).toBeGreaterThan(0),
  },
  {
    name: 'AU A$1,000: GST at sale below; GST and duty at the border (and none at sale) above',
    country: 'AU',
    language: 'en',
    variant: () => sweater,
    threshold: 100000,
    below: (l, s) => {
      expect(l).toMatchObject({ lowValueScheme: 'AU_LVG', atBorder: 0, notice: 'nothing-due' });
      expect(s.totals.tax?.amount).toBeGreaterThan(0);
    },
    above: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, notice: 'border-due' });
      expect(s.totals.tax?.amount).toBe(0);
      expect(s.totals.taxRemoved.amount).toBeGreaterThan(0);
      expect(l.atBorder).toBeGreaterThan(0);
    },
  },
  {
    name: 'SG S$400: GST at sale below; GST at the border (not at sale) above',
    country: 'SG',
    language: 'en',
    variant: () => sweater,
    threshold: 40000,
    below: (l) => expect(l).toMatchObject({ lowValueScheme: 'SG_LVG', notice: 'nothing-due' }),
    above: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, notice: 'border-due' });
      expect(s.totals.tax?.amount).toBe(0);
    },
  },
  {
    name: 'AE AED 1,000 duty: import VAT at the border on both sides, duty above',
    country: 'AE',
    language: 'ar',
    variant: () => sweater,
    threshold: 100000,
    below: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, duty: 0, notice: 'border-due' });
      expect(l.atBorder).toBeGreaterThan(0);
      expect(s.totals.tax?.amount).toBe(0);
    },
    above: (l) => expect(l.duty).toBeGreaterThan(0),
  },
  {
    name: 'Canary Islands €150: no IVA; €3 EU duty below (IGIC-exempt); IGIC 7 % above',
    country: 'ES',
    address: 'ES-CN',
    language: 'es',
    variant: () => candle,
    threshold: 15000,
    below: (l, s) => {
      expect(l).toMatchObject({ saleTax: false, lowValueScheme: null, duty: 300, importTax: 0 });
      expect(s.totals.tax?.amount).toBe(0);
    },
    above: (l) => {
      expect(l.importTax).toBeGreaterThan(0);
      expect(l.lowValueScheme).toBeNull();
    },
  },
];

async function checkoutOf(c: Case, quantity: number) {
  return readyCheckout(db.db, {
    country: c.country,
    address: c.address,
    language: c.language,
    lines: [{ variantId: c.variant(), quantity }],
  });
}

/** The nearest quantities on either side of the threshold, by the value the rule compares. */
async function straddle(c: Case) {
  let below = await checkoutOf(c, 1);
  expect(below.state.landed!.value).toBeLessThanOrEqual(c.threshold);
  for (let q = 2; q < 500; q++) {
    const next = await checkoutOf(c, q);
    if (next.state.landed!.value > c.threshold) return { below, above: next };
    below = next;
  }
  throw new Error(`${c.name}: never crossed ${c.threshold}`);
}

/** Pays the checkout and compares the charge, the order and the email with the review. */
async function payAndCompare(c: Case, token: string, review: CheckoutState) {
  const outcome = await payForCheckout(db.db, createTestProvider(db.db), token, PAYMENT_CTX);
  expect(outcome.kind).toBe('placed');
  const [order] = await db.db.select().from(orders).where(eq(orders.cartId, token));
  const [payment] = await db.db.select().from(testPayments).where(eq(testPayments.id, order!.paymentId));
  const t = review.totals;
  expect(payment!.amount).toBe(t.total.amount);
  expect(order).toMatchObject({
    total: t.total.amount,
    subtotal: t.subtotal.amount,
    tax: t.tax!.amount,
    duties: t.duties.amount,
    dutiesAtBorder: t.atBorder.amount,
    taxRemoved: t.taxRemoved.amount,
    importRuleId: review.landed!.ruleId,
    importNotice: review.landed!.notice,
    lowValueScheme: review.landed!.lowValueScheme,
  });
  expect(order!.importRuleId).not.toBeNull();
  const [email] = await db.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.aboutGid, `gid://shopify/Order/${order!.id}`));
  const tag = intlLocale(c.language, review.address!.countryCode);
  const fmt = (m: Money) => formatMoney(toDecimalString(m), m.currencyCode, tag);
  const tr = serverT(c.language);
  expect(email!.text).toContain(fmt(t.total));
  const nothing = tr('checkout:summary.nothingDue');
  if (t.atBorder.amount > 0) {
    expect(email!.text).toContain(tr('checkout:summary.borderDue', { amount: fmt(t.atBorder) }));
    expect(email!.text).not.toContain(nothing);
  }
  if (review.landed!.notice === 'nothing-due') expect(email!.text).toContain(nothing);
  if (t.taxRemoved.amount > 0)
    expect(email!.text).toContain(tr('checkout:summary.taxRemoved', { amount: fmt(t.taxRemoved) }));
}

describe('landed cost: real checkouts either side of each threshold', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { below, above } = await straddle(c);
    c.below(below.state.landed!, below.state);
    c.above(above.state.landed!, above.state);
    for (const side of [below, above]) {
      const s = side.state.totals;
      expect(s.total.amount).toBe(
        s.subtotal.amount + s.shipping.amount + (s.taxIncluded ? 0 : s.tax!.amount) + s.duties.amount,
      );
      await payAndCompare(c, side.token, side.state);
    }
  });
});
