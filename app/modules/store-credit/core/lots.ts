/**
 * Store credit lots (ADR 0021): every issue (or credit given back) is a lot with what is left of
 * it and when that lapses. A spend takes from the lot that lapses first, so a shopper never loses
 * credit to expiry that a spend could have used; lots that never lapse go last, oldest first.
 */
export interface Lot {
  id: number;
  remaining: number;
  expiresAt: Date | null;
}

function spendOrder(a: Lot, b: Lot): number {
  if (a.expiresAt && b.expiresAt) return a.expiresAt.getTime() - b.expiresAt.getTime() || a.id - b.id;
  if (a.expiresAt) return -1;
  if (b.expiresAt) return 1;
  return a.id - b.id;
}

/** What to take from which lot to spend `amount`; null when the live lots hold less than that. */
export function takeFromLots(
  lots: readonly Lot[],
  amount: number,
  now: Date,
): { id: number; take: number }[] | null {
  const takes: { id: number; take: number }[] = [];
  let left = amount;
  for (const lot of live(lots, now).sort(spendOrder)) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    takes.push({ id: lot.id, take });
    left -= take;
  }
  return left === 0 ? takes : null;
}

/** Lots still spendable at `now` with something left. */
export function live(lots: readonly Lot[], now: Date): Lot[] {
  return lots.filter((l) => l.remaining > 0 && (!l.expiresAt || l.expiresAt > now));
}

/** Lots that lapsed with credit left in them: that credit expires. */
export function lapsed(lots: readonly Lot[], now: Date): Lot[] {
  return lots.filter((l) => l.remaining > 0 && l.expiresAt != null && l.expiresAt <= now);
}

/** Percentage bonus (basis points) on credit chosen instead of money back, rounded down to a minor unit. */
export function creditBonus(amount: number, bps: number): number {
  return Math.floor((amount * bps) / 10_000);
}
