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
  const records = rows.map((r, i) => ({ line: lines[i]!, cells: r.record }));
  return {
    records: records.filter((r) => r.cells.some((c) => c.trim() !== '')),
    unterminatedQuoteLine: unclosed ? records.at(-1)!.line : null,
  };
}

export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((r) => r.cells);
}

export interface ToCsvOptions {
  /**
   * OWASP CSV injection: spreadsheets run string cells that start with = + - @ tab or CR (and their
   * full-width forms) as formulas, so csv-stringify's `escape_formulas` prefixes those with an apostrophe.
   * Only set it for files meant to be opened and not re-imported: the apostrophe is not removed on
   * parse, so values would not round-trip (the translation CSV leaves it off).
   * Number cells are never prefixed (a negative number is not a formula).
   */
  neutralizeFormulas?: boolean;
}

export function toCsv(rows: (string | number | null)[][], options: ToCsvOptions = {}): string {
  return stringify(rows, {
    record_delimiter: 'windows',
    escape_formulas: options.neutralizeFormulas ?? false,
    // The library quotes a cell holding the record delimiter (CRLF) but not a lone CR or LF, which a reader would split on.
    quoted_match: /[\r\n]/,
  });
}
