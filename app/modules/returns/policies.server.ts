import { eq } from 'drizzle-orm';
import type { Db } from '#app/db/client.server.ts';
import { emit } from '#app/lib/events.server.ts';
import { returnPolicies } from '#app/db/schema/index.ts';
import { EU_COUNTRIES } from '#app/modules/markets/core/eu.ts';
import type { Market } from '#app/modules/markets/core/market.ts';
import type { ReturnRules } from './core/eligibility.ts';
import type { RefundTerms } from './core/refund-estimate.ts';

export type PolicyRow = typeof returnPolicies.$inferSelect;

/** A market's complete return rules: the window and who pays shipping from the market, the rest from its policy row. */
export interface MarketReturnPolicy {
  marketId: number;
  currency: string;
  rules: ReturnRules;
  terms: Omit<RefundTerms, 'refundShipping'> & { refundShippingOnFullReturn: boolean };
  /** Who pays to send items back (the market's setting, shown in JSON-LD as ReturnFeesCustomerResponsibility). */
  shippingPaidBy: 'free' | 'customer';
  /** Store credit chosen instead of money back: the bonus (basis points) and how long it lasts. */
  credit: { available: boolean; bonusBps: number; expiryDays: number | null };
  row: PolicyRow;
}

export function defaultPolicyRow(marketId: number): PolicyRow {
  return {
    marketId,
    graceDays: 7,
    returnShippingFee: 0,
    restockingFeeBps: 0,
    finalSaleTags: [],
    finalSaleCollections: [],
    nonReturnableTags: [],
    excludeDiscounted: false,
    refundDuties: true,
    refundShipping: false,
    returnAddress: null,
    storeCreditBonusBps: 0,
    storeCreditExpiryDays: null,
    updatedAt: new Date(0),
  };
}

export function policyOf(market: Market, stored: PolicyRow | undefined): MarketReturnPolicy {
  const row = stored ?? defaultPolicyRow(market.id);
  return {
    marketId: market.id,
    currency: market.currency,
    rules: {
      windowDays: market.returnWindowDays,
      graceDays: row.graceDays,
      eu: market.countries.some((c) => EU_COUNTRIES.has(c)),
      finalSaleTags: row.finalSaleTags,
      finalSaleCollections: row.finalSaleCollections,
      nonReturnableTags: row.nonReturnableTags,
      excludeDiscounted: row.excludeDiscounted,
    },
    terms: {
      restockingFeeBps: row.restockingFeeBps,
      // The fee is charged only where the market says the customer pays for return shipping.
      returnShippingFee: market.returnShippingFee === 'customer' ? row.returnShippingFee : 0,
      refundDuties: row.refundDuties,
      refundShippingOnFullReturn: row.refundShipping,
    },
    // Store credit is always offered; the bonus and expiry are the merchant's.
    credit: { available: true, bonusBps: row.storeCreditBonusBps, expiryDays: row.storeCreditExpiryDays },
    shippingPaidBy: market.returnShippingFee,
    row,
  };
}

export async function returnPolicy(db: Db, market: Market): Promise<MarketReturnPolicy> {
  const [row] = await db.select().from(returnPolicies).where(eq(returnPolicies.marketId, market.id));
  return policyOf(market, row);
}

export async function allPolicyRows(db: Db): Promise<Map<number, PolicyRow>> {
  const rows = await db.select().from(returnPolicies);
  return new Map(rows.map((r) => [r.marketId, r]));
}

export async function savePolicy(db: Db, row: Omit<PolicyRow, 'updatedAt'>): Promise<void> {
  const values = { ...row, updatedAt: new Date() };
  await db
    .insert(returnPolicies)
    .values(values)
    .onConflictDoUpdate({ target: returnPolicies.marketId, set: values });
  // Product pages publish these rules as MerchantReturnPolicy: cached storefront answers go.
  emit('catalog-changed', { productIds: null });
}
