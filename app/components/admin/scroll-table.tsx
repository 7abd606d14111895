import type { ReactNode } from 'react';

/**
 * A data table that scrolls sideways on a phone inside a keyboard-focusable, labelled region
 * (Polaris' DataTable scrolls in an element no keyboard can reach: axe's
 * scrollable-region-focusable). Numeric columns align to the end, as in Polaris.
 */
export function ScrollTable({
  label,
  headings,
  rows,
  numeric,
}: {
  label: string;
  headings: string[];
  rows: ReactNode[][];
  /** Column indexes holding numbers. */
  numeric: readonly number[];
}) {
  const align = (i: number) => (numeric.includes(i) ? 'end' : 'start');
  const cell = { padding: 'var(--p-space-200) var(--p-space-300)', whiteSpace: 'nowrap' } as const;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must be reachable by keyboard (WCAG 2.1.1).
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
        <thead>
          <tr style={{ borderBlockEnd: 'var(--p-border-width-025) solid var(--p-color-border)' }}>
            {headings.map((h, i) => (
              <th key={h} scope="col" style={{ ...cell, textAlign: align(i), fontWeight: 600 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr
              key={r}
              style={{ borderBlockEnd: 'var(--p-border-width-025) solid var(--p-color-border-secondary)' }}
            >
              {row.map((value, i) => (
                <td key={i} style={{ ...cell, textAlign: align(i), fontVariantNumeric: 'tabular-nums' }}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
