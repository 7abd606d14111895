import { createI18nextMiddleware } from 'remix-i18next/middleware';
import { parseLocaleSegment } from '#app/modules/markets/core/locale.ts';
import { FALLBACK_LANGUAGE, NAMESPACES, UI_LANGUAGES, uiLanguage } from './config.ts';
import { resources } from './resources.server.ts';

/**
 * The storefront's UI language comes from the URL's locale prefix only, never from
 * headers or cookies, so every locale has a stable, crawlable URL.
 */
export const [i18nextMiddleware, getLanguage, getI18n] = createI18nextMiddleware({
  detection: {
    supportedLanguages: [...UI_LANGUAGES],
    fallbackLanguage: FALLBACK_LANGUAGE,
    order: ['custom'],
    async findLocale(request) {
      const segment = new URL(request.url).pathname.split('/')[1] ?? '';
      const parsed = parseLocaleSegment(segment);
      return parsed ? uiLanguage(parsed.language) : FALLBACK_LANGUAGE;
    },
  },
  i18next: {
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    fallbackLng: FALLBACK_LANGUAGE,
    interpolation: { escapeValue: false },
    initAsync: false,
  },
});
