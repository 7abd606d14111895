import type { PostalAddress } from './address-format.ts';
import type { LowValueScheme } from './landed-cost.ts';

/**
 * What the shopper agreed to pay, frozen when the payment is created. The order is written
 * from this, never recomputed, so the charged amount and the order always agree.
 */
export interface QuoteLine {
  variantId: number; quantity: number; unitPrice: number; lineTotal: number; tax: number; duty: number;
  productTitle: string; variantTitle: string; sku: string | null; hsCode: string | null; countryOfOrigin: string | null;
}

export interface Quote {
  cartId: string; email: string; language: string; marketId: number; countryCode: string; currency: string;
  incoterm: 'DDP' | 'DAP'; lowValueScheme: LowValueScheme | null;
  lines: QuoteLine[];
  address: PostalAddress;
  shipping: { rateId: number; service: string; amount: number; minDays: number; maxDays: number };
  subtotal: number; shippingTotal: number; tax: number; taxIncluded: boolean; duties: number; total: number;
  shopCurrency: string; exchangeRate: string; rateSnapshotId: number | null;
}

/** A short stable digest of what is charged, for the payment's idempotency key: same quote, same payment. */
export function quoteKey(q: Quote): string {
  const text = JSON.stringify([q.cartId, q.currency, q.total, q.lines.map((l) => [l.variantId, l.quantity, l.lineTotal]), q.shipping.rateId, q.address]);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(36)}${h2.toString(36)}`;
}
