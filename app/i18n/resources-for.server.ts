import type { Resource } from 'i18next';
import { uiLanguage } from './config.ts';
import { resources } from './resources.server.ts';

/** The page language's strings for the client (every key exists in every language; a test checks it). */
export function resourcesFor(language: string): Resource {
  const lng = uiLanguage(language);
  return { [lng]: resources[lng] ?? {} };
}
