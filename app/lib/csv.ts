/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. A leading UTF-8 BOM is ignored. */

export interface CsvRecord {
  /** 1-based physical line where the record starts (quoted cells may span lines). */
  line: number;
  cells: string[];
}

/**
 * Parses into records with their starting line; blank records are dropped.
 * `unterminatedQuoteLine` is where a quoted cell that never closes begins (the rest of the text was read into it).
 */
export function parseCsvRecords(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | null } {
  const records: CsvRecord[] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(field);
    if (row.some((c) => c.trim() !== '')) records.push({ line: rowLine, cells: row });
    row = []; field = '';
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') { quoted = true; quoteLine = line; }
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') { i++; line++; }
      endRow();
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return { records, unterminatedQuoteLine: quoted ? quoteLine : null };
}

export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((r) => r.cells);
}

export interface ToCsvOptions {
  /**
   * OWASP CSV injection: spreadsheets run string cells that start with = + - @ tab or CR as formulas,
   * so prefix those with an apostrophe. Only set it for files meant to be opened and not re-imported:
   * the apostrophe is not removed on parse, so values would not round-trip (the translation CSV leaves it off).
   * Number cells are never prefixed (a negative number is not a formula).
   */
  neutralizeFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: (string | number | null)[][], options: ToCsvOptions = {}): string {
  const cell = (v: string | number | null) => {
    let s = v == null ? '' : String(v);
    if (options.neutralizeFormulas && typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
