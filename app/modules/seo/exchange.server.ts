import { randomUUID } from 'node:crypto';
import type { Db } from '#app/db/client.server.ts';
import { productIdsOfImages } from '#app/modules/catalog/seo-source.server.ts';
import { allLocales, type MarketConfig } from '#app/modules/markets/core/market.ts';
import {
  EXCHANGE_FORMATS,
  MAX_UPLOAD_BYTES,
  splitUnitId,
  unitId,
  validateImport,
  type ExchangeFormat,
  type ExchangeFile,
  type ExchangeUnit,
  type ImportProblemCode,
} from './core/exchange.ts';
import {
  MAX_LENGTH,
  resourceOfGid,
  SEO_RESOURCE_TYPES,
  type SeoField,
  type SeoResourceType,
} from './core/fields.ts';
import { parseTranslationCsv } from './core/translation-csv.ts';
import { parseXliff } from './core/xliff.ts';
import { applySeoChanges, seoValues, type ChangeProblemCode, type SeoChange } from './seo-fields.server.ts';
import { resourceIdBatches } from './resource-ids.server.ts';
import { loadSubjects, type SeoSubject } from './subjects.server.ts';

/**
 * Translator exchange of SEO fields: export one target language as XLIFF 2.0 or CSV units,
 * and import a translated file back all-or-nothing.
 *
 * A unit whose source text is empty is not part of the exchange (neither exported nor
 * importable): there is nothing to translate, and a translation of nothing could never be
 * checked against its source. Marketers can still set such a field in the editor.
 */

/** Problems of an upload: the core's codes, the language checks, and what applying found. */
export type ExchangeProblemCode =
  | ImportProblemCode
  | 'sourceLanguage'
  | 'unknownLanguage'
  | 'handleTaken'
  | 'handleRequired'
  | 'noFile'
  | 'fileTooLarge'
  | 'unsupportedFormat'
  | 'notUtf8';
export interface ExchangeProblem {
  unitId: string | null;
  line?: number;
  code: ExchangeProblemCode;
  params?: Record<string, string | number>;
}

export type ImportResult =
  | { ok: true; changed: number; unchanged: number; batch: string }
  | { ok: false; problems: ExchangeProblem[] };

/** What a unit's note is built from; the caller words it in the staff member's language. */
export interface NoteParts {
  type: SeoResourceType;
  title: string;
  field: SeoField;
  /** 1-based image position for alt text. */ image?: number;
}

const BATCH = 200;
// Keeps every IN (…) list well under PostgreSQL's bind-parameter limit on big imports.
const LOAD_CHUNK = 1000;
const MAX_INT4 = 2_147_483_647;

/** Languages a translator can work in: the content languages other than the source. */
export function exchangeLanguages(config: MarketConfig): string[] {
  return [...new Set(allLocales(config).map((l) => l.language))].filter((l) => l !== config.shopLanguage);
}

const hasText = (v: string | null): v is string => v != null && v.trim() !== '';

export interface ExportParams {
  language: string;
  format: ExchangeFormat;
  types: SeoResourceType[];
  onlyUntranslated: boolean;
}
export type ExportParamsError =
  'languageRequired' | 'badLanguage' | 'badFormat' | 'badTypes' | 'badUntranslated';

/** `?language=de&format=xliff|csv&types=product,collection&untranslated=1`; format defaults to XLIFF, types to all. */
export function parseExportParams(
  query: URLSearchParams,
  languages: string[],
):
  | { ok: true; value: ExportParams }
  | { ok: false; error: ExportParamsError; params: Record<string, string> } {
  const language = query.get('language')?.trim() ?? '';
  if (!language) return { ok: false, error: 'languageRequired', params: {} };
  if (!languages.includes(language))
    return { ok: false, error: 'badLanguage', params: { language, languages: languages.join(', ') } };
  const format = query.get('format') ?? 'xliff';
  if (!EXCHANGE_FORMATS.includes(format as ExchangeFormat))
    return { ok: false, error: 'badFormat', params: { format } };
  const rawTypes = query.get('types');
  const types = rawTypes == null ? [...SEO_RESOURCE_TYPES] : rawTypes.split(',').map((t) => t.trim());
  const badType = types.find((t) => !(SEO_RESOURCE_TYPES as readonly string[]).includes(t));
  if (badType != null || types.length === 0)
    return {
      ok: false,
      error: 'badTypes',
      params: { type: badType ?? '', types: SEO_RESOURCE_TYPES.join(', ') },
    };
  const untranslated = query.get('untranslated') ?? '0';
  if (untranslated !== '0' && untranslated !== '1')
    return { ok: false, error: 'badUntranslated', params: { value: untranslated } };
  return {
    ok: true,
    value: {
      language,
      format: format as ExchangeFormat,
      types: [...new Set(types)] as SeoResourceType[],
      onlyUntranslated: untranslated === '1',
    },
  };
}

const defaultNote = (n: NoteParts) =>
  [n.type, n.title, n.image ? `${n.field} ${n.image}` : n.field].join(' · ');

/**
 * Every unit with a source text of the chosen types, in editor order, with the current
 * translation as target. onlyUntranslated keeps the units a translator has to touch:
 * missing translations and outdated ones (whose source changed since).
 */
export type ExportOptions = {
  language: string;
  types?: readonly SeoResourceType[];
  onlyUntranslated?: boolean;
  note?: (n: NoteParts) => string;
};

export async function exportExchange(
  db: Db,
  config: MarketConfig,
  opts: ExportOptions,
): Promise<ExchangeFile> {
  const units: ExchangeUnit[] = [];
  for await (const batch of exportUnits(db, config, opts)) units.push(...batch);
  return { sourceLanguage: config.shopLanguage, targetLanguage: opts.language, units };
}

/** The same units a batch of resources at a time, so a download of a big catalog streams in flat memory. */
export async function* exportUnits(
  db: Db,
  config: MarketConfig,
  opts: ExportOptions,
): AsyncGenerator<ExchangeUnit[]> {
  const source = config.shopLanguage;
  if (!exchangeLanguages(config).includes(opts.language))
    throw new RangeError(`not a translation language: ${opts.language}`);
  const note = opts.note ?? defaultNote;
  for (const type of SEO_RESOURCE_TYPES.filter((t) => !opts.types || opts.types.includes(t))) {
    for await (const ids of resourceIdBatches(db, type, BATCH)) {
      const subjects = await loadSubjects(db, type, ids);
      const values = await seoValues(db, subjects, [opts.language], source);
      const units: ExchangeUnit[] = [];
      for (const s of subjects) {
        for (const v of values.get(s.gid)!.get(opts.language)!) {
          if (!hasText(v.source)) continue;
          if (opts.onlyUntranslated && v.status !== 'missing' && v.status !== 'outdated') continue;
          const image = v.field === 'alt' ? s.images.findIndex((i) => i.gid === v.unitGid) + 1 : 0;
          units.push({
            id: unitId(v.unitGid, v.field),
            resourceGid: v.unitGid,
            field: v.field,
            source: v.source,
            sourceDigest: v.sourceDigest,
            target: v.value,
            maxLength: MAX_LENGTH[v.field],
            note: note({ type, title: s.title, field: v.field, ...(image ? { image } : {}) }),
          });
        }
      }
      if (units.length) yield units;
    }
  }
}

/** An uploaded file as units: the format from its extension, the bytes strictly UTF-8. */
export function parseExchangeUpload(
  name: string,
  bytes: Uint8Array,
  languages: { source: string; target: string },
): { ok: true; file: ExchangeFile } | { ok: false; problems: ExchangeProblem[] } {
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    return fail('fileTooLarge', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 });
  const format = /\.csv$/i.test(name) ? 'csv' : /\.(xlf|xliff)$/i.test(name) ? 'xliff' : null;
  if (!format) return fail('unsupportedFormat');
  let text: string;
  // A lenient decode would silently turn a legacy-encoded file into U+FFFD everywhere.
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('notUtf8');
  }
  return format === 'csv' ? parseTranslationCsv(text, languages) : parseXliff(text);
}

function fail(
  code: ExchangeProblemCode,
  params?: ExchangeProblem['params'],
): { ok: false; problems: ExchangeProblem[] } {
  return { ok: false, problems: [{ unitId: null, code, ...(params ? { params } : {}) }] };
}

interface KnownUnit {
  sourceDigest: string;
  maxLength: number;
  owner: { type: SeoResourceType; id: number };
  current: string | null;
}

/**
 * What the database knows about the units a file references (and only those): the subjects
 * are loaded from the unit gids; a product image's alt belongs to the image's product.
 */
async function knownUnits(
  db: Db,
  config: MarketConfig,
  language: string,
  units: ExchangeUnit[],
): Promise<Map<string, KnownUnit>> {
  const ids = new Map<SeoResourceType, Set<number>>();
  const add = (type: SeoResourceType, id: number) => {
    if (id <= 0 || id > MAX_INT4) return;
    ids.set(type, (ids.get(type) ?? new Set()).add(id));
  };
  const imageIds: number[] = [];
  for (const u of units) {
    if (u.target == null) continue;
    const gid = splitUnitId(u.id)?.resourceGid ?? '';
    const image = /^gid:\/\/shopify\/ProductImage\/(\d{1,10})$/.exec(gid);
    if (image) {
      const id = Number(image[1]);
      if (id > 0 && id <= MAX_INT4) imageIds.push(id);
      continue;
    }
    const r = resourceOfGid(gid);
    if (r) add(r.type, r.id);
  }
  const uniqueImages = [...new Set(imageIds)];
  for (let i = 0; i < uniqueImages.length; i += LOAD_CHUNK) {
    for (const productId of (await productIdsOfImages(db, uniqueImages.slice(i, i + LOAD_CHUNK))).values())
      add('product', productId);
  }
  const known = new Map<string, KnownUnit>();
  for (const [type, set] of ids) {
    const all = [...set];
    for (let i = 0; i < all.length; i += LOAD_CHUNK) {
      const subjects: SeoSubject[] = await loadSubjects(db, type, all.slice(i, i + LOAD_CHUNK));
      const values = await seoValues(db, subjects, [language], config.shopLanguage);
      for (const s of subjects) {
        for (const v of values.get(s.gid)!.get(language)!) {
          if (!hasText(v.source)) continue;
          known.set(unitId(v.unitGid, v.field), {
            sourceDigest: v.sourceDigest,
            maxLength: MAX_LENGTH[v.field],
            owner: { type: s.type, id: s.id },
            current: v.value,
          });
        }
      }
    }
  }
  return known;
}

const APPLY_CODES: Record<ChangeProblemCode, ExchangeProblemCode> = {
  unknownResource: 'unknownUnit',
  unknownUnit: 'unknownUnit',
  unknownLanguage: 'unknownLanguage',
  tooLong: 'tooLong',
  invalidHandle: 'invalidHandle',
  handleTaken: 'handleTaken',
  handleRequired: 'handleRequired',
  controlCharacters: 'controlCharacters',
  // Imports set no expected value; should one ever, a moved field is what an outdated unit means.
  changedSince: 'outdatedSource',
};

/**
 * Imports a translated file into `language` all-or-nothing: every unit is validated (unknown
 * ids, outdated source digests, over-long values…) and every problem reported; only a clean
 * file is applied, in one batch whose revisions carry origin "import". Targets equal to the
 * stored translation are left alone, so a round trip changes exactly the edited units (an
 * outdated translation sent back unchanged stays outdated: confirming it is an edit).
 */
export async function importExchange(
  db: Db,
  config: MarketConfig,
  file: ExchangeFile,
  opts: { language: string; staffId?: number | null },
): Promise<ImportResult> {
  if (opts.language === config.shopLanguage) return fail('sourceLanguage', { language: opts.language });
  if (!exchangeLanguages(config).includes(opts.language))
    return fail('unknownLanguage', { language: opts.language });
  // A file translated from another language carries digests of other texts.
  const wrongSource =
    file.sourceLanguage !== '' && file.sourceLanguage.toLowerCase() !== config.shopLanguage.toLowerCase();
  const known = await knownUnits(db, config, opts.language, file.units);
  const validated = validateImport(file, { targetLanguage: opts.language, known });
  const problems: ExchangeProblem[] = [
    ...(wrongSource
      ? [
          {
            unitId: null,
            code: 'wrongLanguage' as const,
            params: { expected: config.shopLanguage, actual: file.sourceLanguage },
          },
        ]
      : []),
    ...(validated.ok ? [] : validated.problems),
  ];
  if (problems.length || !validated.ok) return { ok: false, problems };

  const lines = new Map(file.units.map((u) => [u.id, u.line]));
  const edited = validated.changes.filter((c) => known.get(c.id)!.current !== c.value);
  const changes: SeoChange[] = edited.map((c) => {
    const { owner } = known.get(c.id)!;
    return {
      type: owner.type,
      id: owner.id,
      unitGid: c.resourceGid,
      field: c.field as SeoField,
      language: opts.language,
      value: c.value,
    };
  });
  const batch = `import:${randomUUID()}`;
  const applied = changes.length
    ? await applySeoChanges(db, changes, { origin: 'import', batch, staffId: opts.staffId ?? null, config })
    : { ok: true as const, changed: 0 };
  if (!applied.ok) {
    return {
      ok: false,
      problems: applied.problems.map((p) => {
        const id = edited[p.index]!.id;
        const line = lines.get(id);
        const params = applyParams(p.code, p.change, opts.language) ?? p.params;
        return {
          unitId: id,
          ...(line != null ? { line } : {}),
          code: APPLY_CODES[p.code],
          ...(params ? { params } : {}),
        };
      }),
    };
  }
  // applySeoChanges also skips values equal after its own normalisation (trimming), so its count is the truth.
  return { ok: true, changed: applied.changed, unchanged: validated.changes.length - applied.changed, batch };
}

/** Params the localized messages need, in the shape validateImport gives them. */
function applyParams(
  code: ChangeProblemCode,
  change: SeoChange,
  language: string,
): Record<string, string | number> | undefined {
  const value = change.value ?? '';
  if (code === 'tooLong') return { maxLength: MAX_LENGTH[change.field], length: [...value].length };
  if (code === 'unknownLanguage') return { language };
  if (code === 'controlCharacters') {
    // eslint-disable-next-line no-control-regex -- matches control characters on purpose, to refuse or strip them
    const ch = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(value)?.[0] ?? '\u0000';
    return { codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return undefined;
}
