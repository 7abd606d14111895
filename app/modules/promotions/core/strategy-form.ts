import { z } from 'zod';
import { fromDecimalString, toDecimalString } from '#app/modules/money/core/money.ts';
import { ACTIONS, CONDITIONS } from './strategies.ts';

/**
 * The admin form of a strategy, derived from its zod schema (through its JSON Schema, so only
 * zod's public API is read): integers become number fields, objects groups, arrays repeatable
 * rows, discriminated unions a choice with the chosen option's fields, nullable values an
 * "unlimited" switch, and values tagged `meta({ widget })` their own control (money per
 * currency, percent, product and collection pickers). A new strategy gets its form for free.
 *
 * The form edits a "form value" (strings as typed, amounts as decimals per currency);
 * `fromFormValue` turns it back into args in minor units, and the strategy's schema then has
 * the last word, so the browser never decides what is valid.
 */

export type Widget = 'money' | 'percent' | 'products' | 'collections' | 'product' | 'countries';

export type Field =
  | { kind: 'widget'; widget: Widget }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'object'; fields: NamedField[] }
  | { kind: 'choice'; tag: string; options: { value: string; fields: NamedField[] }[] }
  | { kind: 'list'; of: Field; min: number; max: number }
  | { kind: 'nullable'; of: Field };
export interface NamedField {
  name: string;
  field: Field;
}

/** What the form holds while the merchant types. */
export type FormValue = string | number[] | null | FormValue[] | { [key: string]: FormValue };

type Json = {
  type?: string;
  widget?: Widget;
  properties?: Record<string, Json>;
  required?: string[];
  oneOf?: Json[];
  anyOf?: Json[];
  items?: Json;
  const?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
};

function fieldOf(s: Json): Field {
  if (s.widget) return { kind: 'widget', widget: s.widget };
  if (s.anyOf?.length === 2 && s.anyOf.some((o) => o.type === 'null'))
    return { kind: 'nullable', of: fieldOf(s.anyOf.find((o) => o.type !== 'null')!) };
  if (s.oneOf) {
    const options = s.oneOf.map((o) => Object.entries(o.properties!).find(([, p]) => p.const !== undefined)!);
    const tag = options[0]![0];
    return {
      kind: 'choice',
      tag,
      options: s.oneOf.map((o) => ({
        value: o.properties![tag]!.const!,
        fields: fieldsOf(o, tag),
      })),
    };
  }
  if (s.type === 'integer')
    return {
      kind: 'int',
      min: s.minimum ?? (s.exclusiveMinimum ?? 0) + 1,
      max: Math.min(s.maximum ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    };
  if (s.type === 'object') return { kind: 'object', fields: fieldsOf(s) };
  if (s.type === 'array')
    return { kind: 'list', of: fieldOf(s.items!), min: s.minItems ?? 0, max: s.maxItems ?? 100 };
  throw new Error(`No form control for ${JSON.stringify(s)}`);
}

function fieldsOf(s: Json, except?: string): NamedField[] {
  return Object.entries(s.properties ?? {})
    .filter(([name]) => name !== except)
    .map(([name, p]) => ({ name, field: fieldOf(p) }));
}

const forms = new WeakMap<z.ZodType, Field>();

export function formOf(schema: z.ZodType): Field {
  let form = forms.get(schema);
  if (!form) forms.set(schema, (form = fieldOf(z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json)));
  return form;
}

export type StrategyForms = Record<string, Field>;

/** Every registered strategy's form, by code: what the editor renders. */
export function strategyForms(): { conditions: StrategyForms; actions: StrategyForms } {
  const map = (r: Record<string, z.ZodType>) =>
    Object.fromEntries(Object.entries(r).map(([code, schema]) => [code, formOf(schema)]));
  return { conditions: map(CONDITIONS), actions: map(ACTIONS) };
}

/** A new, empty form value for a field (the first option of a choice, one row of a required list). */
export function emptyValue(field: Field): FormValue {
  switch (field.kind) {
    case 'widget':
      return field.widget === 'money'
        ? {}
        : field.widget === 'products' || field.widget === 'collections'
          ? []
          : '';
    case 'int':
      return '';
    case 'object':
      return Object.fromEntries(field.fields.map((f) => [f.name, emptyValue(f.field)]));
    case 'choice': {
      const first = field.options[0]!;
      return {
        [field.tag]: first.value,
        ...Object.fromEntries(first.fields.map((f) => [f.name, emptyValue(f.field)])),
      };
    }
    case 'list':
      return Array.from({ length: Math.max(field.min, 1) }, () => emptyValue(field.of));
    case 'nullable':
      return null;
  }
}

/** Errors by path ("tiers.1.amount.EUR") as codes the admin translates. */
export type PathErrors = Record<string, string>;

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const isRecord = (v: unknown): v is Record<string, FormValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FormContext {
  errors: PathErrors;
  /** The currencies of the campaign's markets: an amount in any other could never apply. */
  currencies: ReadonlySet<string>;
}

/**
 * Form value → the strategy's args. Amounts are decimals in each currency's own exponent (¥ has
 * none, KWD three); an empty amount means "not offered in that currency". Whatever cannot be
 * read is reported at its path and left for the schema to reject.
 */
export function fromFormValue(field: Field, value: unknown, ctx: FormContext, path = ''): unknown {
  const { errors } = ctx;
  switch (field.kind) {
    case 'widget':
      return widgetFromForm(field.widget, value, ctx, path);
    case 'int': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (!/^-?\d{1,16}$/.test(text)) {
        errors[path] ??= text ? 'integer' : 'required';
        return undefined;
      }
      return Number(text);
    }
    case 'object': {
      const v = isRecord(value) ? value : {};
      return Object.fromEntries(
        field.fields.map((f) => [f.name, fromFormValue(f.field, v[f.name], ctx, join(path, f.name))]),
      );
    }
    case 'choice': {
      const v = isRecord(value) ? value : {};
      const option = field.options.find((o) => o.value === v[field.tag]);
      if (!option) {
        errors[join(path, field.tag)] ??= 'required';
        return undefined;
      }
      return {
        [field.tag]: option.value,
        ...Object.fromEntries(
          option.fields.map((f) => [f.name, fromFormValue(f.field, v[f.name], ctx, join(path, f.name))]),
        ),
      };
    }
    case 'list': {
      const rows = Array.isArray(value) ? value.slice(0, field.max + 1) : [];
      return rows.map((row, i) => fromFormValue(field.of, row, ctx, join(path, i)));
    }
    case 'nullable':
      return value === null || value === undefined ? null : fromFormValue(field.of, value, ctx, path);
  }
}

function widgetFromForm(widget: Widget, value: unknown, ctx: FormContext, path: string): unknown {
  const { errors } = ctx;
  switch (widget) {
    case 'money': {
      const out: Record<string, number> = {};
      for (const [currency, text] of Object.entries(isRecord(value) ? value : {}).slice(0, 200)) {
        if (typeof text !== 'string' || !text.trim()) continue;
        if (!ctx.currencies.has(currency)) {
          errors[join(path, currency)] ??= 'currency';
          continue;
        }
        try {
          out[currency] = fromDecimalString(text.trim(), currency).amount;
          if (out[currency]! < 0) errors[join(path, currency)] ??= 'negative';
        } catch {
          errors[join(path, currency)] ??= 'money';
        }
      }
      return out;
    }
    case 'percent':
      return typeof value === 'string' ? value.trim() : '';
    case 'products':
    case 'collections':
      return Array.isArray(value) ? value.filter((n) => Number.isSafeInteger(n)) : [];
    case 'product':
      return typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
    case 'countries':
      return (typeof value === 'string' ? value : '')
        .split(/[\s,]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean);
  }
}

/** Args → the form value that edits them (the inverse of fromFormValue for valid args). */
export function toFormValue(field: Field, args: unknown): FormValue {
  switch (field.kind) {
    case 'widget':
      switch (field.widget) {
        case 'money':
          return Object.fromEntries(
            Object.entries((args ?? {}) as Record<string, number>).map(([c, amount]) => [
              c,
              toDecimalString({ amount, currencyCode: c }),
            ]),
          );
        case 'products':
        case 'collections':
          return [...((args as number[] | undefined) ?? [])];
        case 'product':
          return args == null ? '' : String(args);
        case 'countries':
          return ((args as string[] | undefined) ?? []).join(', ');
        case 'percent':
          return String(args ?? '');
      }
      break;
    case 'int':
      return args == null ? '' : String(args);
    case 'object': {
      const a = (args ?? {}) as Record<string, unknown>;
      return Object.fromEntries(field.fields.map((f) => [f.name, toFormValue(f.field, a[f.name])]));
    }
    case 'choice': {
      const a = (args ?? {}) as Record<string, unknown>;
      const option = field.options.find((o) => o.value === a[field.tag]) ?? field.options[0]!;
      return {
        [field.tag]: option.value,
        ...Object.fromEntries(option.fields.map((f) => [f.name, toFormValue(f.field, a[f.name])])),
      };
    }
    case 'list':
      return ((args as unknown[] | undefined) ?? []).map((row) => toFormValue(field.of, row));
    case 'nullable':
      return args == null ? null : toFormValue(field.of, args);
  }
}

/** A zod error's issues as path errors; the message is the schema's own code where it set one. */
export function zodPathErrors(error: z.ZodError, prefix: string, into: PathErrors): void {
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const own =
      /^[a-z][a-zA-Z-]*$/.test(issue.message) && !issue.message.includes(' ') ? issue.message : null;
    into[key] ??= own ?? issue.code;
  }
}
