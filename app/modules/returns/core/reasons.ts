/**
 * The return reasons a shopper picks from: a two-level tree (Loop's and Shopify's reason lists
 * are the model). Labels live in the `returns` locale namespace under `reasons.<code>` and
 * `reasons.<code>.<sub>`; the codes are what returns and analytics store.
 * `photo`: the shopper must attach a photo (damage and wrong-item claims are checked on it).
 * `note`: the shopper must say what happened.
 */
export interface ReturnReason {
  code: string;
  sub: readonly string[];
  photo: boolean;
  note: boolean;
}

export const RETURN_REASONS = [
  { code: 'damaged', sub: ['arrived_damaged', 'defect'], photo: true, note: false },
  { code: 'wrong_item', sub: [], photo: true, note: false },
  { code: 'not_as_described', sub: ['colour', 'material', 'quality'], photo: false, note: false },
  { code: 'size', sub: ['too_small', 'too_large'], photo: false, note: false },
  { code: 'changed_mind', sub: [], photo: false, note: false },
  { code: 'other', sub: [], photo: false, note: true },
] as const satisfies readonly ReturnReason[];

export type ReasonCode = (typeof RETURN_REASONS)[number]['code'];
export const REASON_CODES = RETURN_REASONS.map((r) => r.code) as [ReasonCode, ...ReasonCode[]];

export function reasonOf(code: string): ReturnReason | undefined {
  return RETURN_REASONS.find((r) => r.code === code);
}

/** Whether `sub` is a valid sub-reason of `code` (none is valid only where the reason has none). */
export function validSubReason(code: string, sub: string | null): boolean {
  const reason = reasonOf(code);
  if (!reason) return false;
  return reason.sub.length === 0 ? sub == null : sub != null && reason.sub.includes(sub);
}
