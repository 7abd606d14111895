import type { RouterContextProvider } from 'react-router';
import { adminLanguage } from '#app/i18n/admin-config.ts';
import { adminResources } from '#app/i18n/admin-resources.server.ts';
import { uiLanguage } from '#app/i18n/config.ts';
import { pageStrings } from '#app/i18n/page-namespaces.ts';
import { resourcesFor } from '#app/i18n/resources-for.server.ts';
import { hreflangOf, textDirection } from '#app/modules/markets/core/locale.ts';
import type { HreflangLocale } from '#app/storefront/hreflang.ts';
import { adminAuth } from '#app/admin/guard.server.ts';
import { storefrontContext } from '#app/storefront/storefront-context.server.ts';

export interface DocumentData {
  language: string;
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  resources: Record<string, Record<string, unknown>>;
  /** Canonical URL and what hreflang alternates are built from (resource pages add their localized paths). */
  seo: { canonical: string; origin: string; pathRest: string; locales: HreflangLocale[] } | null;
}

/** What the <html> element and <head> need: language, direction, UI strings, canonical and hreflang. */
export async function loadDocument(
  request: Request,
  context: Readonly<RouterContextProvider>,
): Promise<DocumentData> {
  const url = new URL(request.url);
  if (url.pathname === '/app' || url.pathname.startsWith('/app/')) {
    const auth = await adminAuth().authenticate(request);
    const lng = adminLanguage(
      auth?.principal.locale ?? request.headers.get('accept-language')?.split(/[,;]/)[0],
    );
    return {
      language: lng,
      htmlLang: lng,
      dir: 'ltr',
      resources: { [lng]: { admin: adminResources.get(lng)!.admin } },
      seo: null,
    };
  }
  const sf = context.get(storefrontContext);
  const locale = sf.locale.current;
  const pathRest =
    locale.pathPrefix && url.pathname.startsWith(locale.pathPrefix)
      ? url.pathname.slice(locale.pathPrefix.length) || '/'
      : url.pathname;
  return {
    language: uiLanguage(locale.language),
    htmlLang:
      locale.language === 'zh-CN' ? `zh-Hans-${locale.country}` : `${locale.language}-${locale.country}`,
    dir: textDirection(locale.language),
    resources: resourcesFor(locale.language, pageStrings(pathRest)) as DocumentData['resources'],
    seo: {
      canonical: `${sf.origin}${url.pathname}`,
      origin: sf.origin,
      pathRest,
      locales: sf.locale.store.locales.map((l) => ({
        hreflang: hreflangOf(l),
        language: l.language,
        prefix: l.pathPrefix,
      })),
    },
  };
}
