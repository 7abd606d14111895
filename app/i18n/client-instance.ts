import { FALLBACK_LANGUAGE } from './config.ts';
import { createLiteI18n, type LiteI18n, type Resources } from './lite-i18n.ts';

/**
 * Builds the React tree's translator from the strings the root loader sent for the page's
 * language, so server and client render from the same data without an extra fetch.
 */
export function createReactI18n(language: string, resources: Resources): LiteI18n {
  return createLiteI18n(language, resources, FALLBACK_LANGUAGE, 'common');
}
