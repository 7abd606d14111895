/**
 * Issue 17's target table: one row per measure with Meridian, the Hydrogen skeleton where the
 * measure applies to it, their ratio (Meridian ÷ skeleton), the target and whether it is met.
 */
import { fmt, markdownTable } from './table.ts';

export type Goal =
  /** Meridian's figure at least `value`. */
  | { kind: 'atLeast'; value: number }
  /** Meridian's figure below `value` (or at most, with `inclusive`). */
  | { kind: 'below'; value: number; inclusive?: boolean }
  /** Meridian ÷ skeleton at least `value`. */
  | { kind: 'ratioAtLeast'; value: number };

export interface TargetRow {
  measure: string;
  unit: string;
  meridian: number | null;
  skeleton: number | null;
  goal: Goal;
  /** Digits after the point when printed. */
  digits: number;
  /** What a reader must know to trust the figure (no cache hit seen, a run that failed...). */
  note?: string;
}

export interface TargetResult extends TargetRow {
  ratio: number | null;
  target: string;
  /** Null when there is no figure to judge. */
  met: boolean | null;
}

const num = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function targetText(goal: Goal, unit: string): string {
  switch (goal.kind) {
    case 'atLeast':
      return `≥ ${num(goal.value, 0)} ${unit}`;
    case 'below':
      return `${goal.inclusive ? '≤' : '<'} ${num(goal.value, 0)} ${unit}`;
    case 'ratioAtLeast':
      return `≥ ${goal.value}× the skeleton`;
  }
}

export function judge(row: TargetRow): TargetResult {
  const ratio =
    row.meridian != null && row.skeleton != null && row.skeleton !== 0 ? row.meridian / row.skeleton : null;
  const m = row.meridian;
  let met: boolean | null;
  switch (row.goal.kind) {
    case 'atLeast':
      met = m == null ? null : m >= row.goal.value;
      break;
    case 'below':
      met = m == null ? null : row.goal.inclusive ? m <= row.goal.value : m < row.goal.value;
      break;
    case 'ratioAtLeast':
      met = ratio == null ? null : ratio >= row.goal.value;
      break;
  }
  return { ...row, ratio, target: targetText(row.goal, row.unit), met };
}

export function targetTable(results: TargetResult[]): string {
  const value = (n: number | null, r: TargetResult) => (n == null ? '-' : `${num(n, r.digits)} ${r.unit}`);
  const table = markdownTable(
    ['Measure', 'Meridian', 'Hydrogen skeleton', 'Ratio', 'Target', 'Met'],
    results.map((r) => [
      r.measure,
      value(r.meridian, r),
      value(r.skeleton, r),
      r.ratio == null ? '-' : `${fmt(r.ratio, 2)}×`,
      r.target,
      r.met == null ? 'n/a' : r.met ? 'yes' : 'no',
    ]),
  );
  const notes = results.filter((r) => r.note).map((r) => `- ${r.measure}: ${r.note}`);
  return notes.length ? `${table}\n\nNotes:\n${notes.join('\n')}` : table;
}
