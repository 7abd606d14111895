/** A Markdown table; numeric-looking columns are right-aligned. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const numeric = header.map(
    (_, i) => cells.length > 0 && cells.every((r) => /^[-\d.,×%]*$/.test(r[i] ?? '')),
  );
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0));
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/** Fixed decimals, or '-' for a missing value. */
export function fmt(n: number | null | undefined, digits = 1): string {
  return n == null || Number.isNaN(n) ? '-' : n.toFixed(digits);
}
