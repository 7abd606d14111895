/**
 * The part of i18next's `t` the React tree uses, in a few hundred bytes instead of i18next's
 * ~14 KiB gzipped in every page's first-load JavaScript. Same semantics for what the UI strings
 * use (tests/unit/lite-i18n.test.tsx compares it with i18next key by key): `ns:key` and `ns`
 * option, dotted keys, fallback key lists, `context`, plurals by Intl.PluralRules with i18next's `_zero` rule, `{{var}}`
 * interpolation without escaping (React escapes), `defaultValue`, and the fallback language.
 * Server-produced text (loaders, emails) keeps the real i18next (server-t.server.ts).
 */
/** Language → namespace → strings (nested objects for dotted keys). */
export type Resources = Record<string, Record<string, unknown>>;
export type TOptions = { ns?: string; count?: number; defaultValue?: string } & Record<string, unknown>;
/** A key, or keys tried in order (the first found wins), as i18next takes them. */
export type TFunction = (key: string | readonly string[], options?: TOptions) => string;

export interface LiteI18n {
  language: string;
  t: TFunction;
  exists(key: string | readonly string[], options?: TOptions): boolean;
  /** A `t` whose keys without a namespace prefix read from `ns`. */
  getFixedT(lng: string | null, ns?: string): TFunction;
  /** The same translator with more of a namespace's strings (a widget's, sent with its data). */
  extend(ns: string, strings: Record<string, unknown>): LiteI18n;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralSuffix(code: string, count: number): string {
  let rules = plurals.get(code);
  if (!rules) plurals.set(code, (rules = new Intl.PluralRules(code)));
  return `_${rules.select(count)}`;
}

/** i18next's language hierarchy: the code, its base language, then the fallback. */
function codesFor(language: string, fallback: string): string[] {
  const codes = [language];
  const base = language.split('-')[0]!;
  if (base !== language) codes.push(base);
  if (!codes.includes(fallback)) codes.push(fallback);
  return codes;
}

function pathValue(data: unknown, path: string): unknown {
  if (data && typeof data === 'object' && Object.prototype.hasOwnProperty.call(data, path))
    return (data as Record<string, unknown>)[path];
  let node = data;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part))
      return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** `{{name}}` (and `{{- name}}`): a missing variable stays as written unless passed as undefined, as in i18next. */
function interpolate(text: string, options: TOptions | undefined): string {
  return text.replace(/\{\{-?(.+?)\}\}/g, (match, name: string) => {
    const key = name.trim();
    const value = pathValue(options, key);
    if (value === undefined) return options && key in options ? '' : match;
    return value === null ? '' : String(value as string);
  });
}

export function createLiteI18n(
  language: string,
  resources: Resources,
  fallback = 'en',
  defaultNS = 'common',
): LiteI18n {
  const codes = codesFor(language, fallback);

  function find(
    keys: string | readonly string[],
    options: TOptions | undefined,
    ns: string,
  ): string | undefined {
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const found = findOne(key, options, ns);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  function findOne(key: string, options: TOptions | undefined, ns: string): string | undefined {
    const colon = key.indexOf(':');
    const namespace = colon > 0 ? key.slice(0, colon) : (options?.ns ?? ns);
    const path = colon > 0 ? key.slice(colon + 1) : key;
    const count = typeof options?.count === 'number' ? options.count : undefined;
    // i18next's context: `key_context` before `key` (each with its plural forms first).
    const context = typeof options?.context === 'string' && options.context ? options.context : null;
    const bases = context ? [`${path}_${context}`, path] : [path];
    for (const code of codes) {
      const table = resources[code]?.[namespace];
      if (!table) continue;
      for (const base of bases) {
        // Most specific first, as i18next pops its lookup list: _zero (count 0), the plural form, the bare key.
        const candidates =
          count === undefined
            ? [base]
            : [...(count === 0 ? [`${base}_zero`] : []), base + pluralSuffix(code, count), base];
        for (const k of candidates) {
          const found = pathValue(table, k);
          if (typeof found === 'string') return found;
        }
      }
    }
    return undefined;
  }

  function fixedT(ns: string): TFunction {
    return (key, options) => {
      const found = find(key, options, ns) ?? options?.defaultValue;
      if (found === undefined) {
        // i18next answers a missing key with the (last) key itself, without its namespace.
        const last = typeof key === 'string' ? key : (key[key.length - 1] ?? '');
        return last.includes(':') ? last.slice(last.indexOf(':') + 1) : last;
      }
      return interpolate(found, options);
    };
  }

  return {
    language,
    t: fixedT(defaultNS),
    exists: (key, options) => find(key, options, defaultNS) !== undefined,
    getFixedT: (_lng, ns) => fixedT(ns ?? defaultNS),
    extend: (ns, strings) =>
      createLiteI18n(
        language,
        {
          ...resources,
          [language]: {
            ...resources[language],
            [ns]: { ...(resources[language]?.[ns] as object), ...strings },
          },
        },
        fallback,
        defaultNS,
      ),
  };
}
