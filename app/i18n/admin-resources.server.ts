import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ADMIN_LANGUAGES, type AdminLanguage } from './admin-config.ts';

const require = createRequire(import.meta.url);

/** The admin's own strings (locales/<lng>/admin.json) and Polaris' translations for the same language. */
function load() {
  const out = new Map<AdminLanguage, { admin: Record<string, unknown>; polaris: Record<string, unknown> }>();
  for (const lng of ADMIN_LANGUAGES) {
    out.set(lng, {
      admin: JSON.parse(readFileSync(path.resolve('locales', lng, 'admin.json'), 'utf8')) as Record<
        string,
        unknown
      >,
      polaris: JSON.parse(
        readFileSync(require.resolve(`@shopify/polaris/locales/${lng}.json`), 'utf8'),
      ) as Record<string, unknown>,
    });
  }
  return out;
}

export const adminResources = load();
