/**
 * Translator exchange of SEO fields: the unit model shared by the XLIFF and CSV formats,
 * and the validation of an imported file against what the database knows.
 */

export interface ExchangeUnit {
  /** `${resourceGid}#${field}`, e.g. "gid://shopify/Product/12#meta_title". */
  id: string;
  resourceGid: string;
  field: string;
  /** The source-language text at export time. */
  source: string;
  /** sha256 hex of `source`; computed by the caller. */
  sourceDigest: string;
  /** The current translation, if any. */
  target: string | null;
  /** The field's maximum length in characters (code points). */
  maxLength?: number;
  /** A human hint, e.g. "Product: Merino crew sweater — SEO title". */
  note?: string;
  /** Where the unit starts in an imported file (for problem reports); never exported. */
  line?: number;
}

export interface ExchangeFile {
  sourceLanguage: string;
  targetLanguage: string;
  units: ExchangeUnit[];
}

/** Stable camelCase codes: they double as i18n keys. */
export type ImportProblemCode =
  | 'wrongLanguage'
  | 'unknownUnit'
  | 'outdatedSource'
  | 'tooLong'
  | 'duplicateUnit'
  | 'emptyTarget'
  | 'invalidHandle'
  | 'controlCharacters'
  // XLIFF
  | 'malformedXml'
  | 'notXliff2'
  | 'missingUnitName'
  | 'inlineMarkup'
  | 'partialTarget'
  // CSV
  | 'badHeader'
  | 'badRow'
  | 'unterminatedQuote';

export interface ImportProblem {
  unitId: string | null;
  line?: number;
  code: ImportProblemCode;
  params?: Record<string, string | number>;
}

export interface ImportChange {
  id: string;
  resourceGid: string;
  field: string;
  value: string;
}

export type ParseResult = { ok: true; file: ExchangeFile } | { ok: false; problems: ImportProblem[] };

export function unitId(resourceGid: string, field: string): string {
  return `${resourceGid}#${field}`;
}

/** Splits at the last '#' (field keys never contain one); null if either side is empty. */
export function splitUnitId(id: string): { resourceGid: string; field: string } | null {
  const at = id.lastIndexOf('#');
  if (at <= 0 || at === id.length - 1) return null;
  return { resourceGid: id.slice(0, at), field: id.slice(at + 1) };
}

/**
 * Lowercase letters of any script, digits and marks, in runs joined by single hyphens. Lm is included
 * (as in fields.ts isHandle): katakana's long-vowel mark ー in "セーター" is a modifier letter.
 */
const HANDLE = /^[\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{M}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{Nd}\p{M}]+)*$/u;
// C0 controls except tab and LF (CR is gone after newline normalisation), plus DEL and C1 like the editor forbids.
// eslint-disable-next-line no-control-regex -- matches control characters on purpose, to refuse or strip them
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Checks every unit that carries a target and reports every problem at once (nothing is applied
 * unless the whole file is clean). Units without a target are skipped: the translator left them.
 * Equality with the stored translation is the caller's concern; all targets are returned.
 */
export function validateImport(
  file: ExchangeFile,
  expected: { targetLanguage: string; known: Map<string, { sourceDigest: string; maxLength: number }> },
): { ok: true; changes: ImportChange[] } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  // BCP 47 tags compare case-insensitively.
  if (file.targetLanguage.toLowerCase() !== expected.targetLanguage.toLowerCase()) {
    problems.push({
      unitId: null,
      code: 'wrongLanguage',
      params: { expected: expected.targetLanguage, actual: file.targetLanguage },
    });
  }
  const changes: ImportChange[] = [];
  const seen = new Map<string, number | undefined>();
  for (const unit of file.units) {
    if (unit.target == null) continue;
    const at = { unitId: unit.id, ...(unit.line != null ? { line: unit.line } : {}) };
    if (seen.has(unit.id)) {
      const first = seen.get(unit.id);
      problems.push({
        ...at,
        code: 'duplicateUnit',
        ...(first != null ? { params: { firstLine: first } } : {}),
      });
      continue;
    }
    seen.set(unit.id, unit.line);
    const key = splitUnitId(unit.id);
    const known = expected.known.get(unit.id);
    if (!key || !known) {
      problems.push({ ...at, code: 'unknownUnit' });
      continue;
    }
    if (unit.sourceDigest !== known.sourceDigest) problems.push({ ...at, code: 'outdatedSource' });
    const value = unit.target.replace(/\r\n?/g, '\n');
    if (value.trim() === '') {
      problems.push({ ...at, code: 'emptyTarget' });
      continue;
    }
    const length = [...value].length;
    if (length > known.maxLength)
      problems.push({ ...at, code: 'tooLong', params: { maxLength: known.maxLength, length } });
    const control = CONTROL.exec(value);
    if (control)
      problems.push({ ...at, code: 'controlCharacters', params: { codePoint: codePointLabel(control[0]) } });
    if (key.field === 'handle' && !HANDLE.test(value)) problems.push({ ...at, code: 'invalidHandle' });
    changes.push({ id: unit.id, ...key, value });
  }
  return problems.length ? { ok: false, problems } : { ok: true, changes };
}

function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** File formats of the exchange, and the largest upload accepted (also checked in the browser). */
export type ExchangeFormat = 'xliff' | 'csv';
export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = ['xliff', 'csv'];
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
