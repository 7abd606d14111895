import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The field names and intents the app's forms use, read from its source (`name="…"`,
 * `form.get('…')`, zod object keys, quoted words on lines about intents), so a new form's fields
 * are fuzzed without anyone listing them here.
 */
export function formVocabulary(root = 'app'): { fields: string[]; intents: string[] } {
  const fields = new Set<string>(['csrf', 'intent', 'redirectTo', 'cartFormInput']);
  const intents = new Set<string>();
  for (const file of walk(root)) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bname="([\w.[\]-]{1,40})"/g)) fields.add(m[1]!);
    for (const m of code.matchAll(/\.get(?:All)?\('([\w.[\]-]{1,40})'\)/g)) fields.add(m[1]!);
    for (const m of code.matchAll(/^\s+(\w{1,40}):\s*z\./gm)) fields.add(m[1]!);
    for (const line of code.split('\n'))
      if (/intent/i.test(line)) for (const m of line.matchAll(/'([a-z][a-z-]{1,24})'/g)) intents.add(m[1]!);
  }
  intents.delete('intent');
  // Environment variables (env.server.ts) are not form fields.
  for (const name of fields) if (/^[A-Z_]+$/.test(name)) fields.delete(name);
  return { fields: [...fields].sort(), intents: [...intents].sort() };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}
