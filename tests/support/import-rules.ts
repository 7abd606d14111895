import { RULE_LIBRARY } from '#app/modules/checkout/core/import-rule-library.ts';
import { ruleInForce, type ImportRule } from '#app/modules/checkout/core/import-rules.ts';

/** The library as stored versions (ids in library order), for pure tests. */
export const LIBRARY: readonly ImportRule[] = RULE_LIBRARY.map(({ libraryKey: _key, ...r }, i) => ({
  ...r,
  id: i + 1,
}));

/** The library rule in force for a destination on a date, for goods shipped from `origin`. */
export function libraryRule(destination: string, date = '2026-12-05', origin = 'US'): ImportRule {
  const rule = ruleInForce(LIBRARY, destination, origin, date);
  if (!rule) throw new Error(`No library rule for ${destination} on ${date}`);
  return rule;
}
