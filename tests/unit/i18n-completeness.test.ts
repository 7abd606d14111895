import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ADMIN_LANGUAGES } from '#app/i18n/admin-config.ts';
import { NAMESPACES, UI_LANGUAGES } from '#app/i18n/config.ts';

type Json = { [k: string]: string | Json };

function leafKeys(obj: Json, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const load = (lng: string, ns: string) =>
  JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Json;

/**
 * i18next context variants by country ("message_US" next to "message"): where a country's name
 * takes an article or a case differs per language, so each language has its own set of them.
 */
function withoutCountryContexts(keys: string[]): string[] {
  const all = new Set(keys);
  return keys.filter((k) => !(/_[A-Z]{2}$/.test(k) && all.has(k.slice(0, -3))));
}

describe('UI strings', () => {
  it.each(UI_LANGUAGES.flatMap((lng) => NAMESPACES.map((ns) => [lng, ns] as const)))(
    '%s/%s has every key English has',
    (lng, ns) => {
      const en = new Set(withoutCountryContexts(leafKeys(load('en', ns))).map((k) => k.replace(PLURAL, '')));
      const theirs = withoutCountryContexts(leafKeys(load(lng, ns)));
      const base = new Set(theirs.map((k) => k.replace(PLURAL, '')));
      expect(
        [...en].filter((k) => !base.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...base].filter((k) => !en.has(k)),
        'extra',
      ).toEqual([]);
      // Plural keys carry exactly the categories the language's plural rules produce.
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const key of [...en].filter((k) =>
        leafKeys(load('en', ns)).some((e) => e !== k && e.replace(PLURAL, '') === k),
      )) {
        for (const c of categories) expect(theirs, `${lng}/${ns}:${key}_${c}`).toContain(`${key}_${c}`);
      }
    },
  );
});

describe('admin strings', () => {
  it.each(ADMIN_LANGUAGES.map((l) => [l]))(
    '%s/admin has every key English has, with the same placeholders and its plural forms',
    (lng) => {
      const en = load('en', 'admin');
      const theirs = load(lng, 'admin');
      const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();
      expect(base(leafKeys(theirs))).toEqual(base(leafKeys(en)));
      const flat = (obj: Json) =>
        new Map(
          leafKeys(obj).map((k) => [
            k,
            k.split('.').reduce<string | Json>((o, part) => (o as Json)[part]!, obj) as string,
          ]),
        );
      const enFlat = flat(en);
      const theirFlat = flat(theirs);
      const vars = (s: string) =>
        [...s.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .filter((v) => v !== 'count')
          .sort();
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      for (const key of base(leafKeys(en))) {
        const plural = !enFlat.has(key);
        const variants = plural ? categories.map((c) => `${key}_${c}`) : [key];
        const source = enFlat.get(key) ?? enFlat.get(`${key}_other`)!;
        for (const k of variants) {
          expect(theirFlat.has(k), `${lng}:${k}`).toBe(true);
          expect(vars(theirFlat.get(k) ?? ''), `${lng}:${k}`).toEqual(vars(source));
        }
      }
    },
  );
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.tsx') ? [full] : [];
  });
}

/** Attributes whose string values people see or hear. */
const VISIBLE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'label',
]);

function literals(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      /\p{L}/u.test(node.expression.text) &&
      node.parent &&
      ts.isJsxElement(node.parent)
    ) {
      found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it.each(walk('app').map((f) => [f]))('%s renders no user-visible literal', (file) => {
    expect(literals(file)).toEqual([]);
  });
});
