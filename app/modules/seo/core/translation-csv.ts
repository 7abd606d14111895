import { parseCsvRecords, toCsv } from '#app/lib/csv.ts';
import {
  splitUnitId,
  unitId,
  type ExchangeFile,
  type ExchangeUnit,
  type ImportProblem,
  type ParseResult,
} from './exchange.ts';

/**
 * CSV flavour of the translator exchange: one row per unit, `id` is the resource GID and `field` the
 * field key (together the unit id). Translators edit only `target`; an empty target means "not translated".
 * The languages are not in the file: the caller names them (from the export it asked for).
 * Notes do not travel in this format.
 */
export const TRANSLATION_CSV_HEADER = [
  'id',
  'field',
  'source_digest',
  'max_length',
  'source',
  'target',
] as const;

// Excel only reads a CSV as UTF-8 when it starts with a byte-order mark; otherwise it uses the
// legacy code page and mangles every non-ASCII character.
const BOM = '\uFEFF';

export function translationCsvHead(): string {
  return BOM + toCsv([[...TRANSLATION_CSV_HEADER]]);
}

/** Rows of some units; with translationCsvHead a big file can be streamed batch by batch. */
export function translationCsvRows(units: readonly ExchangeUnit[]): string {
  if (units.length === 0) return '';
  return toCsv(
    units.map((u) => [u.resourceGid, u.field, u.sourceDigest, u.maxLength ?? null, u.source, u.target]),
  );
}

export function toTranslationCsv(file: ExchangeFile): string {
  return translationCsvHead() + translationCsvRows(file.units);
}

export function parseTranslationCsv(
  text: string,
  languages: { source: string; target: string },
): ParseResult {
  const { records, unterminatedQuoteLine } = parseCsvRecords(text);
  const problems: ImportProblem[] = [];
  if (unterminatedQuoteLine != null)
    problems.push({ unitId: null, line: unterminatedQuoteLine, code: 'unterminatedQuote' });
  const [header, ...rows] = records;
  // Exact match: a reordered or renamed column (or a ';' from a regional Excel) would misread every row.
  if (
    !header ||
    header.cells.length !== TRANSLATION_CSV_HEADER.length ||
    TRANSLATION_CSV_HEADER.some((h, i) => header.cells[i] !== h)
  ) {
    return {
      ok: false,
      problems: [{ unitId: null, line: header?.line ?? 1, code: 'badHeader' }, ...problems],
    };
  }
  const units: ExchangeUnit[] = [];
  for (const { line, cells } of rows) {
    const [gid = '', field = '', digest = '', maxLength = '', source = '', target = ''] = cells;
    const key = cells.length === TRANSLATION_CSV_HEADER.length ? splitUnitId(unitId(gid, field)) : null;
    if (!key || key.resourceGid !== gid || key.field !== field) {
      problems.push({ unitId: null, line, code: 'badRow', params: { columns: cells.length } });
      continue;
    }
    units.push({
      id: unitId(gid, field),
      ...key,
      source,
      sourceDigest: digest,
      target: target === '' ? null : target,
      line,
      // Informational only (the stored limit is what import checks), so a mangled value is dropped.
      ...(/^\d{1,9}$/.test(maxLength) ? { maxLength: Number(maxLength) } : {}),
    });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, file: { sourceLanguage: languages.source, targetLanguage: languages.target, units } };
}
