import type { Resource } from 'i18next';
import { uiLanguage } from './config.ts';
import { pickStrings, type PageStrings } from './page-namespaces.ts';
import { resources } from './resources.server.ts';

/**
 * The page language's strings for the client (every key exists in every language; a test checks
 * it), only those a page needs when it says which.
 */
export function resourcesFor(language: string, strings?: PageStrings): Resource {
  const lng = uiLanguage(language);
  const all = resources[lng] ?? {};
  if (!strings) return { [lng]: all };
  return {
    [lng]: Object.fromEntries(
      Object.entries(strings).flatMap(([ns, pick]) =>
        all[ns] ? [[ns, pickStrings(all[ns] as Record<string, unknown>, pick)]] : [],
      ),
    ),
  };
}
