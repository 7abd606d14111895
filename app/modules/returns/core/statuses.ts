/**
 * A return's life (Shopify's ReturnStatus with Loop's steps): requested → approved → in transit
 * → received → refunded or exchanged, or declined. `closed` ends a return with nothing to pay
 * (every item disposed of for a reason that refunds nothing). Store credit counts as refunded.
 */
export const RETURN_STATUSES = [
  'requested',
  'approved',
  'in_transit',
  'received',
  'refunded',
  'exchanged',
  'declined',
  'closed',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** What the shopper gets back: their money, store credit (with the market's bonus), or another variant. */
export const RESOLUTIONS = ['refund', 'store_credit', 'exchange'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The steps a shopper's status page shows, in order. */
export const RETURN_STEPS = ['requested', 'approved', 'in_transit', 'received', 'refunded'] as const;

/** Which statuses each staff action starts from. */
export const ACTION_FROM = {
  approve: ['requested'],
  decline: ['requested'],
  ship: ['approved'],
  receive: ['approved', 'in_transit'],
  refund: ['received'],
  exchange: ['received'],
} as const satisfies Record<string, readonly ReturnStatus[]>;

export type ReturnAction = keyof typeof ACTION_FROM;

export function canAct(status: ReturnStatus, action: ReturnAction): boolean {
  return (ACTION_FROM[action] as readonly ReturnStatus[]).includes(status);
}

/** Returns still open: their items count as being returned, so they cannot be asked for twice. */
export const OPEN_STATUSES: readonly ReturnStatus[] = ['requested', 'approved', 'in_transit', 'received'];

/** Why staff decline a return; the shopper sees the translated reason. */
export const DECLINE_REASONS = ['outside_window', 'final_sale', 'used', 'no_evidence', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What happens to an item once inspected. */
export const DISPOSE_REASONS = ['damaged', 'used', 'hygiene', 'missing_parts'] as const;
export type DisposeReason = (typeof DISPOSE_REASONS)[number];
