import type { PostalAddress } from './address-format.ts';
import type { Money } from '#app/modules/money/core/money.ts';
import type { ImportNotice, SaleTaxScheme } from './import-rules.ts';

/**
 * What the shopper agreed to pay, frozen when the payment is created from the cart's price
 * (price-cart.ts). The order is written from this, never recomputed, so the charged amount and
 * the order always agree. Every amount carries its currency (the quote's `currency`).
 */
export interface QuoteLine {
  variantId: number;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  tax: Money;
  duty: Money;
  productTitle: string;
  variantTitle: string;
  sku: string | null;
  hsCode: string | null;
  countryOfOrigin: string | null;
}

export interface QuoteDiscount {
  promotionId: number;
  campaignId: number;
  /** The code entered, or null for an automatic promotion. */
  code: string | null;
  label: string;
  class: 'product' | 'order' | 'shipping';
  amount: Money;
}

export interface Quote {
  cartId: string;
  email: string;
  language: string;
  marketId: number;
  countryCode: string;
  currency: string;
  incoterm: 'DDP' | 'DAP';
  lowValueScheme: SaleTaxScheme | null;
  /** The import rule version that priced the quote. */
  importRuleId: number | null;
  importNotice: ImportNotice | null;
  lines: QuoteLine[];
  address: PostalAddress;
  shipping: { rateId: number; service: string; amount: Money; minDays: number; maxDays: number };
  subtotal: Money;
  shippingTotal: Money;
  tax: Money;
  taxIncluded: boolean;
  duties: Money;
  /** Promotions applied; reserved against their campaigns with the payment, redeemed with the order. */
  discounts: QuoteDiscount[];
  /** Estimated duty and import tax the carrier collects on delivery (DAP). */
  dutiesAtBorder: Money;
  /** Tax inside gross prices taken out because the sale is not taxed. */
  taxRemoved: Money;
  total: Money;
  /** What the shopper's store credit pays of `total`; the card is charged the rest. */
  storeCredit: Money;
  shopCurrency: string;
  exchangeRate: string;
  rateSnapshotId: number | null;
}

/** What the card is charged: the total less the store credit that pays part of it. */
export function amountDue(q: Quote): Money {
  return { amount: q.total.amount - q.storeCredit.amount, currencyCode: q.currency };
}

/** A short stable digest of what is charged, for the payment's idempotency key: same quote, same payment. */
export function quoteKey(q: Quote): string {
  // Bare amounts, as before amounts were typed: an unchanged quote keeps its key (and its payment).
  const text = JSON.stringify([
    q.cartId,
    q.currency,
    q.total.amount,
    q.lines.map((l) => [l.variantId, l.quantity, l.lineTotal.amount]),
    q.shipping.rateId,
    q.address,
    // Only when credit pays: quotes without it keep the key they always had.
    ...(q.storeCredit.amount > 0 ? [q.storeCredit.amount] : []),
  ]);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(36)}${h2.toString(36)}`;
}

type Stored<T> = { [K in keyof T]: T[K] extends Money ? Money | number : T[K] };
/** Fields added after quotes were first stored: a payment made across the upgrade lacks them. */
type Added = 'importRuleId' | 'importNotice' | 'dutiesAtBorder' | 'taxRemoved' | 'discounts' | 'storeCredit';
/** A quote as stored with a payment: frozen before amounts were typed, they were bare minor units. */
export type StoredQuote = Omit<Stored<Quote>, 'lines' | 'shipping' | Added> &
  Partial<Pick<Stored<Quote>, Added>> & {
    lines: Stored<QuoteLine>[];
    shipping: Stored<Quote['shipping']>;
  };

/**
 * Reads a quote back from the payment row. Quotes frozen before amounts carried their currency
 * hold bare numbers in the quote's currency; they are read as such, so a payment made across an
 * upgrade still completes with the amounts it was made for.
 */
export function storedQuote(stored: StoredQuote): Quote {
  const m = (value: Money | number): Money =>
    typeof value === 'number' ? { amount: value, currencyCode: stored.currency } : value;
  return {
    ...stored,
    lines: stored.lines.map((l) => ({
      ...l,
      unitPrice: m(l.unitPrice),
      lineTotal: m(l.lineTotal),
      tax: m(l.tax),
      duty: m(l.duty),
    })),
    shipping: { ...stored.shipping, amount: m(stored.shipping.amount) },
    subtotal: m(stored.subtotal),
    shippingTotal: m(stored.shippingTotal),
    tax: m(stored.tax),
    duties: m(stored.duties),
    dutiesAtBorder: m(stored.dutiesAtBorder ?? 0),
    taxRemoved: m(stored.taxRemoved ?? 0),
    importRuleId: stored.importRuleId ?? null,
    importNotice: stored.importNotice ?? null,
    discounts: (stored.discounts ?? []).map((d) => ({ ...d, amount: m(d.amount) })),
    total: m(stored.total),
    storeCredit: m(stored.storeCredit ?? 0),
  };
}
