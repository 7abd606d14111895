/** Why an order was cancelled: Shopify's OrderCancelReason, lower-cased. */
export const CANCEL_REASONS = ['customer', 'declined', 'fraud', 'inventory', 'staff', 'other'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
