import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Resource } from 'i18next';
import { NAMESPACES, UI_LANGUAGES } from './config.ts';

/**
 * All UI strings, read once at start from locales/<lng>/<ns>.json (server only; the
 * client receives its page language's strings from the root loader).
 */
function loadResources(dir = path.resolve(process.env.LOCALES_DIR ?? 'locales')): Resource {
  const out: Resource = {};
  for (const lng of UI_LANGUAGES) {
    out[lng] = {};
    for (const ns of NAMESPACES) {
      out[lng][ns] = JSON.parse(readFileSync(path.join(dir, lng, `${ns}.json`), 'utf8')) as Record<
        string,
        string
      >;
    }
  }
  return out;
}

export const resources: Resource = loadResources();
