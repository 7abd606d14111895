import { activeReasons, reasonOf, validSubReason, type ReasonTree } from './reasons.ts';
import type { LineEligibility } from './eligibility.ts';

/**
 * Checks a shopper's return request against what may be returned, collecting every problem
 * (Medusa's validation style) under the form field it belongs to: `qty-<line>`, `reason-<line>`,
 * `sub-<line>`, `note-<line>`, `photos-<line>`, or `form`.
 */
export interface RequestedLine {
  orderLineId: number;
  quantity: number;
  reason: string;
  subReason: string | null;
  note: string;
  photoCount: number;
}

export const NOTE_MAX = 1000;
export const PHOTOS_MAX = 3;

export function requestProblems(
  lines: readonly RequestedLine[],
  eligibility: readonly LineEligibility[],
  tree: ReasonTree,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const chosen = lines.filter((l) => l.quantity > 0);
  if (chosen.length === 0) errors.form = 'noItems';
  for (const l of chosen) {
    const e = eligibility.find((x) => x.orderLineId === l.orderLineId);
    if (!e) {
      errors.form = 'noItems';
      continue;
    }
    if (e.problem) errors[`qty-${l.orderLineId}`] = `ineligible.${e.problem}`;
    else if (!Number.isSafeInteger(l.quantity) || l.quantity > e.returnable)
      errors[`qty-${l.orderLineId}`] = 'tooMany';
    // Only reasons the store offers now: one switched off since the page loaded is refused.
    const reason = reasonOf(activeReasons(tree), l.reason);
    if (!reason) {
      errors[`reason-${l.orderLineId}`] = 'reasonRequired';
      continue;
    }
    if (!validSubReason(tree, l.reason, l.subReason)) errors[`sub-${l.orderLineId}`] = 'subReasonRequired';
    if (reason.note && l.note.trim() === '') errors[`note-${l.orderLineId}`] = 'noteRequired';
    if (l.note.length > NOTE_MAX) errors[`note-${l.orderLineId}`] = 'noteTooLong';
    if (reason.photo && l.photoCount === 0) errors[`photos-${l.orderLineId}`] = 'photoRequired';
    if (l.photoCount > PHOTOS_MAX) errors[`photos-${l.orderLineId}`] = 'tooManyPhotos';
  }
  return errors;
}
