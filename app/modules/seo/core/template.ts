/**
 * Bulk SEO templates, pure: a Liquid-like subset, `{{ product.title | truncate: 60 }}`.
 * Only variable output and a few string filters; there is no evaluation, so anything else
 * in the source (or in a value) is copied as plain text. Escaping is the renderer's job.
 */
import { safeLocale } from '#app/modules/seo/core/seo-checks.ts';

export const TEMPLATE_MAX_LENGTH = 500;

export const TEMPLATE_VARIABLES = {
  product: ['product.title', 'product.vendor', 'product.type', 'product.description', 'shop.name', 'locale.country'],
  collection: ['collection.title', 'collection.description', 'shop.name'],
  page: ['page.title', 'shop.name'],
  home: ['shop.name', 'shop.description'],
} as const satisfies Record<'product' | 'collection' | 'page' | 'home', readonly string[]>;

export type TemplateFilter =
  | { name: 'upcase' | 'downcase' | 'capitalize' | 'strip' }
  | { name: 'truncate'; length: number }
  | { name: 'default'; value: string };

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'output'; variable: string; filters: TemplateFilter[] };
export interface ParsedTemplate { parts: readonly TemplatePart[] }
export interface TemplateError { code: string; params: Record<string, string | number> }

type Token = { kind: 'name' | 'pipe' | 'colon' | 'comma' | 'string' | 'integer' | 'bad'; text: string };

// Identifier paths, the punctuation, quoted strings and integers; anything else is one bad token.
const TOKEN = /\s*(?:([a-z_][a-z\d_]*(?:\.[a-z_][a-z\d_]*)*)|(\|)|(:)|(,)|"([^"]*)"|'([^']*)'|(-?\d+)|(\S))/giy;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const [, name, pipe, colon, comma, dq, sq, int] = m;
    if (name !== undefined) tokens.push({ kind: 'name', text: name });
    else if (pipe) tokens.push({ kind: 'pipe', text: '|' });
    else if (colon) tokens.push({ kind: 'colon', text: ':' });
    else if (comma) tokens.push({ kind: 'comma', text: ',' });
    else if (dq !== undefined || sq !== undefined) tokens.push({ kind: 'string', text: dq ?? sq! });
    else if (int !== undefined) tokens.push({ kind: 'integer', text: int });
    else tokens.push({ kind: 'bad', text: m[8]! });
  }
  return tokens;
}

/** Index of the `}}` closing a tag whose body starts at `from`, skipping quoted strings; -1 if none. */
function findClose(source: string, from: number): number {
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) { if (ch === quote) quote = ''; } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '}' && source[i + 1] === '}') return i;
  }
  return -1;
}

function parseFilter(name: string, args: Token[], position: number, errors: TemplateError[]): TemplateFilter | null {
  const bad = (expected: string) => { errors.push({ code: 'invalidFilterArgument', params: { filter: name, expected, position } }); return null; };
  switch (name) {
    case 'upcase': case 'downcase': case 'capitalize': case 'strip':
      return args.length === 0 ? { name } : bad('none');
    case 'truncate': {
      const n = args.length === 1 && args[0]!.kind === 'integer' ? Number(args[0]!.text) : NaN;
      return Number.isSafeInteger(n) && n >= 1 && n <= TEMPLATE_MAX_LENGTH ? { name, length: n } : bad('integer');
    }
    case 'default':
      return args.length === 1 && args[0]!.kind === 'string' ? { name, value: args[0]!.text } : bad('string');
    default:
      errors.push({ code: 'unknownFilter', params: { name, position } });
      return null;
  }
}

function parseTag(body: string, position: number, allowed: ReadonlySet<string>, errors: TemplateError[]): TemplatePart | null {
  const tokens = tokenize(body);
  if (tokens.length === 0) { errors.push({ code: 'emptyTag', params: { position } }); return null; }
  const [head, ...rest] = tokens;
  if (head!.kind !== 'name' || (rest.length > 0 && rest[0]!.kind !== 'pipe')) {
    errors.push({ code: 'invalidExpression', params: { position } });
    return null;
  }
  if (!allowed.has(head!.text)) errors.push({ code: 'unknownVariable', params: { name: head!.text, position } });
  const filters: TemplateFilter[] = [];
  // Each filter: `| name` or `| name: arg, arg`.
  for (let i = 0; i < rest.length;) {
    const name = rest[i + 1];
    if (rest[i]!.kind !== 'pipe' || name?.kind !== 'name') { errors.push({ code: 'invalidExpression', params: { position } }); return null; }
    let j = i + 2;
    const args: Token[] = [];
    if (rest[j]?.kind === 'colon') {
      for (j++; j < rest.length && rest[j]!.kind !== 'pipe'; j++) if (rest[j]!.kind !== 'comma') args.push(rest[j]!);
      if (args.length === 0) args.push({ kind: 'bad', text: '' });
    } else if (j < rest.length && rest[j]!.kind !== 'pipe') { errors.push({ code: 'invalidExpression', params: { position } }); return null; }
    const filter = parseFilter(name.text, args, position, errors);
    if (filter) filters.push(filter);
    i = j;
  }
  return { kind: 'output', variable: head!.text, filters };
}

/** Parse `source`, reporting every problem; `position` params are 1-based character offsets. */
export function parseTemplate(source: string, allowed: readonly string[]):
  { ok: true; template: ParsedTemplate } | { ok: false; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const length = [...source].length;
  if (length > TEMPLATE_MAX_LENGTH) errors.push({ code: 'templateTooLong', params: { length, max: TEMPLATE_MAX_LENGTH } });
  const allowedSet = new Set(allowed);
  const parts: TemplatePart[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    if (open < 0) { parts.push({ kind: 'text', text: source.slice(at) }); break; }
    if (open > at) parts.push({ kind: 'text', text: source.slice(at, open) });
    const close = findClose(source, open + 2);
    if (close < 0) { errors.push({ code: 'unclosedTag', params: { position: open + 1 } }); break; }
    const part = parseTag(source.slice(open + 2, close), open + 1, allowedSet, errors);
    if (part) parts.push(part);
    at = close + 2;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: { parts } };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function applyFilter(value: string, filter: TemplateFilter, locale: string): string {
  switch (filter.name) {
    case 'upcase': return value.toLocaleUpperCase(locale);
    case 'downcase': return value.toLocaleLowerCase(locale);
    case 'strip': return value.trim();
    case 'default': return value === '' ? filter.value : value;
    case 'capitalize': {
      // Liquid: first character upper, the rest lower.
      const first = graphemes.segment(value)[Symbol.iterator]().next().value?.segment ?? '';
      return first.toLocaleUpperCase(locale) + value.slice(first.length).toLocaleLowerCase(locale);
    }
    case 'truncate': {
      // Liquid counts the ellipsis inside the length; we count graphemes, not UTF-16 units.
      const all = [...graphemes.segment(value)].map((s) => s.segment);
      if (all.length <= filter.length) return value;
      return all.slice(0, filter.length - 1).join('').trimEnd() + '…';
    }
  }
}

// A separator stands alone between spaces (" – ", " | "), or is a comma before a space or the end.
const SEPARATOR = /(?:^|\s)([-–—|·])(?=\s|$)|(,)(?=\s|$)/gu;

/** Collapse whitespace and drop separators left dangling by empty values (keep the last of a run). */
export function tidyText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  let out = '';
  let pending = '';
  let at = 0;
  const flush = (chunk: string) => {
    const content = chunk.trim();
    if (!content) return;
    out += (out ? pending : '') + content;
    pending = '';
  };
  for (const m of collapsed.matchAll(SEPARATOR)) {
    flush(collapsed.slice(at, m.index));
    pending = m[2] ? ', ' : ` ${m[1]} `;
    at = m.index + m[0].length;
  }
  flush(collapsed.slice(at));
  return out;
}

/** Render as plain text; a missing variable renders as ''. */
export function renderTemplate(template: ParsedTemplate, vars: Record<string, string | null | undefined>, locale: string): string {
  const tag = safeLocale(locale);
  let out = '';
  for (const part of template.parts) {
    if (part.kind === 'text') { out += part.text; continue; }
    out += part.filters.reduce((value, filter) => applyFilter(value, filter, tag), vars[part.variable] ?? '');
  }
  return tidyText(out);
}
