import { createInstance, type TFunction } from 'i18next';
import { FALLBACK_LANGUAGE, NAMESPACES, uiLanguage } from './config.ts';
import { resources } from './resources.server.ts';

const instances = new Map<string, TFunction>();

/** A t() for server-produced text (API filter labels, emails), without a React tree. */
export function serverT(language: string): TFunction {
  const lng = uiLanguage(language);
  let t = instances.get(lng);
  if (!t) {
    const instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: FALLBACK_LANGUAGE,
      resources,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    t = instance.t;
    instances.set(lng, t);
  }
  return t;
}
