import { adminT } from './admin-data.server.ts';
import { reasonLabel, type ReasonTree } from '#app/modules/returns/core/reasons.ts';

/**
 * Every reason and sub-reason of the tree labelled in a staff member's admin language: reasons
 * by code, sub-reasons as `code.sub` (inactive ones too: old returns name them).
 */
export function adminReasonLabels(tree: ReasonTree, locale: string): Record<string, string> {
  const t = adminT(locale);
  const translate = (key: string) => t(`returns.${key}`);
  const out: Record<string, string> = {};
  for (const r of tree) {
    out[r.code] = reasonLabel(tree, r.code, null, locale, translate);
    for (const s of r.sub) out[`${r.code}.${s.code}`] = reasonLabel(tree, r.code, s.code, locale, translate);
  }
  return out;
}
