import { EU_WITHDRAWAL_DAYS } from '#app/modules/markets/core/eu.ts';

/**
 * Which items of an order a shopper may still return, and why not where they may not. Pure: the
 * caller passes the clock. The window counts from delivery; where no delivery was recorded, from
 * the shipment plus a grace period for transit. In a market selling into the EU the first
 * EU_WITHDRAWAL_DAYS are the statutory withdrawal period, in which only goods the directive
 * exempts (`nonReturnableTags`: unsealed hygiene goods, personalised goods) can be refused; the
 * merchant's own exclusions (final sale, discounted) apply only after it.
 */
export interface ReturnRules {
  /** The market's window in days from delivery; 0: this market takes no returns. */
  windowDays: number;
  /** Days added to the shipment date when no delivery date is known. */
  graceDays: number;
  /** Whether the market sells into the EU (the withdrawal period applies). */
  eu: boolean;
  finalSaleTags: readonly string[];
  finalSaleCollections: readonly string[];
  nonReturnableTags: readonly string[];
  excludeDiscounted: boolean;
}

export interface OrderTimes {
  cancelled: boolean;
  shippedAt: Date | null;
  deliveredAt: Date | null;
}

export interface LineFacts {
  orderLineId: number;
  quantity: number;
  /** Units in returns that are open or done (declined ones do not count). */
  alreadyReturned: number;
  /** Whether a promotion took something off this line. */
  discounted: boolean;
  tags: readonly string[];
  collections: readonly string[];
}

export const INELIGIBLE = [
  'cancelled',
  'not_shipped',
  'no_returns',
  'window_closed',
  'non_returnable',
  'final_sale',
  'discounted',
  'already_returned',
] as const;
export type Ineligible = (typeof INELIGIBLE)[number];

export interface LineEligibility {
  orderLineId: number;
  /** Units that may still be returned (0 when `problem` is set). */
  returnable: number;
  problem: Ineligible | null;
}

export interface OrderEligibility {
  /** When the window closes; null when it has not started (not shipped) or there is none. */
  deadline: Date | null;
  lines: LineEligibility[];
}

const DAY = 24 * 60 * 60 * 1000;

export function windowStart(rules: Pick<ReturnRules, 'graceDays'>, times: OrderTimes): Date | null {
  if (times.deliveredAt) return times.deliveredAt;
  if (times.shippedAt) return new Date(times.shippedAt.getTime() + rules.graceDays * DAY);
  return null;
}

export function returnEligibility(
  rules: ReturnRules,
  times: OrderTimes,
  lines: readonly LineFacts[],
  now: Date,
): OrderEligibility {
  const start = windowStart(rules, times);
  const deadline = start && rules.windowDays > 0 ? new Date(start.getTime() + rules.windowDays * DAY) : null;
  const statutory = rules.eu && start != null && now.getTime() <= start.getTime() + EU_WITHDRAWAL_DAYS * DAY;
  const orderProblem: Ineligible | null = times.cancelled
    ? 'cancelled'
    : !start
      ? 'not_shipped'
      : rules.windowDays === 0
        ? 'no_returns'
        : now.getTime() > deadline!.getTime()
          ? 'window_closed'
          : null;
  const has = (tags: readonly string[], wanted: readonly string[]) => {
    const set = new Set(tags.map((t) => t.toLowerCase()));
    return wanted.some((w) => set.has(w.toLowerCase()));
  };
  return {
    deadline,
    lines: lines.map((l) => {
      const problem: Ineligible | null =
        orderProblem ??
        (has(l.tags, rules.nonReturnableTags)
          ? 'non_returnable'
          : !statutory && (has(l.tags, rules.finalSaleTags) || has(l.collections, rules.finalSaleCollections))
            ? 'final_sale'
            : !statutory && rules.excludeDiscounted && l.discounted
              ? 'discounted'
              : l.alreadyReturned >= l.quantity
                ? 'already_returned'
                : null);
      return {
        orderLineId: l.orderLineId,
        returnable: problem ? 0 : l.quantity - l.alreadyReturned,
        problem,
      };
    }),
  };
}
