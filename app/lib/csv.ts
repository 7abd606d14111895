/**
 * RFC 4180 CSV through csv-parse / csv-stringify: quoted fields, doubled quotes, CRLF, LF or CR
 * line ends, a leading UTF-8 BOM ignored. Records may have different lengths (the callers check
 * columns and report the line). Writing always uses CRLF.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRecord {
  /** 1-based physical line where the record starts (quoted cells may span lines). */
  line: number;
  cells: string[];
}

// Every line end, mixed in one file (a hand-edited export): the library otherwise keeps the first one it sees.
const PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  info: true,
  record_delimiter: ['\r\n', '\n', '\r'],
};

/** 1-based line of each byte offset in `starts` (ascending); CRLF, LF and a lone CR each end a line. */
function linesAt(text: string, starts: number[]): number[] {
  const bytes = Buffer.from(text, 'utf8');
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const start of starts) {
    for (; at < start && at < bytes.length; at++) {
      if (bytes[at] === 0x0a || (bytes[at] === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Parses into records with their starting line; blank records (every cell whitespace) are dropped.
 * `unterminatedQuoteLine` is where the record holding a quoted cell that never closes begins; as the
 * spreadsheet programs do, the rest of the text is read into that cell.
 */
export function parseCsvRecords(text: string): {
  records: CsvRecord[];
  unterminatedQuoteLine: number | null;
} {
  // With `info: true` the library returns `{ record, info }` per record; its typings do not model that option.
  const parseWithInfo = (input: string) =>
    parse(input, PARSE_OPTIONS) as unknown as { record: string[]; info: { bytes: number } }[];
  let rows: ReturnType<typeof parseWithInfo>;
  let unclosed = false;
  try {
    rows = parseWithInfo(text);
  } catch (e) {
    if (!(e instanceof CsvError) || e.code !== 'CSV_QUOTE_NOT_CLOSED') throw e;
    // Close the quote at the very end: the open cell takes the rest of the text.
    rows = parseWithInfo(`${text}"`);
    unclosed = true;
  }
  // A record starts where the one before it ended (`info.bytes` counts UTF-8 bytes, BOM included).
  const starts = rows.map((_, i) => (i === 0 ? 0 : rows[i - 1]!.info.bytes));
  const lines = linesAt(text, starts);
  const records = rows.map((r, i) => ({ line: lines[i]!, cells: r.record.map(restoreCell) }));
  return {
    records: records.filter((r) => r.cells.some((c) => c.trim() !== '')),
    unterminatedQuoteLine: unclosed ? records.at(-1)!.line : null,
  };
}

export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((r) => r.cells);
}

/**
 * OWASP CSV injection: a spreadsheet runs a cell that starts with = + - @ tab or CR (or their
 * full-width forms) as a formula. Every string cell written is prefixed with an apostrophe when it
 * starts with one of them after any apostrophes, and every cell read loses that one apostrophe again,
 * so exports are safe to open and imports get back exactly what was exported (`'=x` ↔ `''=x` too).
 * Number cells are never prefixed (a negative number is not a formula).
 */
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return stringify(rows, {
    record_delimiter: 'windows',
    cast: { string: neutralizeCell },
    // The library quotes a cell holding the record delimiter (CRLF) but not a lone CR or LF, which a reader would split on.
    quoted_match: /[\r\n]/,
  });
}
