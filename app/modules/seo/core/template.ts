/**
 * Bulk SEO templates in Shopify's Liquid, run by liquidjs: `{{ product.title | truncate: 60 }}`,
 * every standard filter and tag (`if`, `unless`, `case`, `for`…). Locked down for marketer input:
 * strict variables and filters (a typo is an error, not an empty string), no file system
 * (`include`/`render`/`layout` look up an empty in-memory map) and limits on parse size, render
 * time and memory. Errors are the library's own messages. Output is plain text: escaping is the
 * renderer's job.
 */
import { Liquid, type Template } from 'liquidjs';
import { safeLocale } from '#app/modules/seo/core/seo-checks.ts';

export const TEMPLATE_MAX_LENGTH = 500;

export const TEMPLATE_VARIABLES = {
  product: [
    'product.title',
    'product.vendor',
    'product.type',
    'product.description',
    'shop.name',
    'locale.country',
  ],
  collection: ['collection.title', 'collection.description', 'shop.name'],
  page: ['page.title', 'shop.name'],
  blog: ['blog.title', 'shop.name'],
  article: ['article.title', 'article.description', 'shop.name'],
  home: ['shop.name', 'shop.description'],
} as const satisfies Record<
  'product' | 'collection' | 'page' | 'blog' | 'article' | 'home',
  readonly string[]
>;

/** `variables`: the names the template may use; the ones a resource lacks render as ''. */
export interface ParsedTemplate {
  readonly liquid: Template[];
  readonly variables: readonly string[];
}
/** `liquid`: the library's message; `unknownVariable`: a variable outside the type's list, with its 1-based character offset. */
export interface TemplateError {
  code: string;
  params: Record<string, string | number>;
}

/** The render's locale, under a key no Liquid identifier can name. */
const LOCALE = 'meridian locale';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const engine = new Liquid({
  strictVariables: true,
  strictFilters: true,
  // `{% if product.vendor %}` and `| default:` may test what a resource lacks, as in Shopify.
  lenientIf: true,
  ownPropertyOnly: true,
  templates: {},
  parseLimit: TEMPLATE_MAX_LENGTH * 4,
  renderLimit: 200,
  memoryLimit: 1_000_000,
});
// No partials at all: a template is one field's text, and these are the tags that read files.
for (const tag of ['include', 'render', 'layout']) delete engine.tags[tag];

// Case and length follow the shop's languages rather than JavaScript's defaults: Turkish dotted
// İ, and graphemes (👍🏽 is one character for a reader and for a search engine's title width).
function localeOf(ctx: { globals: object }): string {
  return String((ctx.globals as Record<string, unknown>)[LOCALE] ?? 'en');
}
const text = (v: unknown) => (v == null ? '' : String(v));
engine.registerFilter('upcase', function (v: unknown) {
  return text(v).toLocaleUpperCase(localeOf(this.context));
});
engine.registerFilter('downcase', function (v: unknown) {
  return text(v).toLocaleLowerCase(localeOf(this.context));
});
engine.registerFilter('capitalize', function (v: unknown) {
  const s = text(v);
  const first = graphemes.segment(s)[Symbol.iterator]().next().value?.segment ?? '';
  return (
    first.toLocaleUpperCase(localeOf(this.context)) +
    s.slice(first.length).toLocaleLowerCase(localeOf(this.context))
  );
});
/** Liquid's truncate (the ellipsis counts inside the length), counted in graphemes, ending in one "…" by default. */
engine.registerFilter('truncate', function (v: unknown, length: unknown = 50, ellipsis: unknown = '…') {
  if (!Number.isSafeInteger(length) || (length as number) < 1)
    throw new Error(`truncate: length must be a positive integer, got ${JSON.stringify(length)}`);
  const all = [...graphemes.segment(text(v))].map((s) => s.segment);
  if (all.length <= (length as number)) return text(v);
  const tail = text(ellipsis);
  return (
    all
      .slice(0, Math.max((length as number) - [...graphemes.segment(tail)].length, 0))
      .join('')
      .trimEnd() + tail
  );
});

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** 1-based character offset of a 1-based row and column. */
function offsetOf(source: string, row: number, col: number): number {
  const lines = source.split('\n');
  return lines.slice(0, row - 1).reduce((n, l) => n + l.length + 1, 0) + col;
}

/** `{ "product.title": "x" }` → `{ product: { title: "x" } }`; null and missing values are "". */
function scopeOf(
  vars: Record<string, string | null | undefined>,
  names: readonly string[],
): Record<string, Record<string, string>> {
  const scope: Record<string, Record<string, string>> = {};
  for (const name of new Set([...names, ...Object.keys(vars)])) {
    const [object, field] = name.split('.') as [string, string];
    (scope[object] ??= {})[field] = vars[name] ?? '';
  }
  return scope;
}

/** Parse `source`, reporting every problem: its length, the library's parse error, and variables outside `allowed`. */
export function parseTemplate(
  source: string,
  allowed: readonly string[],
): { ok: true; template: ParsedTemplate } | { ok: false; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const length = [...source].length;
  if (length > TEMPLATE_MAX_LENGTH)
    errors.push({ code: 'templateTooLong', params: { length, max: TEMPLATE_MAX_LENGTH } });
  let liquid: Template[];
  try {
    liquid = engine.parse(source);
  } catch (e) {
    return { ok: false, errors: [...errors, { code: 'liquid', params: { message: message(e) } }] };
  }
  const allowedSet = new Set(allowed);
  let globals: ReturnType<typeof engine.analyzeSync>['globals'];
  try {
    globals = engine.analyzeSync(liquid).globals;
  } catch (e) {
    return { ok: false, errors: [...errors, { code: 'liquid', params: { message: message(e) } }] };
  }
  for (const [name, uses] of Object.entries(globals)) {
    for (const use of uses) {
      const path = use.segments.join('.');
      if (!allowedSet.has(path))
        errors.push({
          code: 'unknownVariable',
          params: { name: path || name, position: offsetOf(source, use.location.row, use.location.col) },
        });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const template = { liquid, variables: allowed };
  // A dry run finds what only rendering can (a filter's bad argument); each value is its own name, so
  // the run goes where a resource with every value set would (an empty title has no first word).
  const dry = tryRenderTemplate(template, Object.fromEntries(allowed.map((n) => [n, n])), 'en');
  return dry.ok ? { ok: true, template } : { ok: false, errors: [dry.error] };
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

/** Render as plain text; a missing or null value of a known variable renders as ''. */
export function tryRenderTemplate(
  template: ParsedTemplate,
  vars: Record<string, string | null | undefined>,
  locale: string,
): { ok: true; text: string } | { ok: false; error: TemplateError } {
  try {
    const out = engine.renderSync(template.liquid, scopeOf(vars, template.variables), {
      globals: { [LOCALE]: safeLocale(locale) },
    }) as string;
    return { ok: true, text: tidyText(out) };
  } catch (e) {
    return { ok: false, error: { code: 'liquid', params: { message: message(e) } } };
  }
}

/** Render as plain text; throws the library's error (a limit, a runtime error on a branch the dry run did not take). */
export function renderTemplate(
  template: ParsedTemplate,
  vars: Record<string, string | null | undefined>,
  locale: string,
): string {
  const result = tryRenderTemplate(template, vars, locale);
  if (!result.ok) throw new Error(String(result.error.params.message));
  return result.text;
}
