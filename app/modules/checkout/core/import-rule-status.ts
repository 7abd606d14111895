import { ruleInForce, type ImportRule } from './import-rules.ts';

export type RuleStatus = 'inForce' | 'scheduled' | 'superseded' | 'pending' | 'rejected';

/**
 * Each version's state on `today`, as the admin lists them: the approved version that would
 * price an order today (per destination and origin group) is in force, a later-dated approved
 * one is scheduled, an earlier one superseded.
 */
export function ruleStatuses(
  versions: readonly (ImportRule & { status: 'pending' | 'approved' | 'rejected' })[],
  today: string,
): Map<number, RuleStatus> {
  const approved = versions.filter((v) => v.status === 'approved');
  const inForce = new Set<number>();
  for (const v of approved) {
    // The origin a version is for (any origin: a code no rule names).
    const origin = v.origins?.[0] ?? '--';
    const rule = ruleInForce(approved, v.destination, origin, today);
    if (rule) inForce.add(rule.id);
  }
  return new Map(
    versions.map((v) => [
      v.id,
      v.status !== 'approved'
        ? v.status
        : inForce.has(v.id)
          ? 'inForce'
          : v.effectiveFrom > today
            ? 'scheduled'
            : 'superseded',
    ]),
  );
}
