import { createInstance, type TFunction } from 'i18next';
import { adminLanguage } from '#app/i18n/admin-config.ts';
import { adminResources } from '#app/i18n/admin-resources.server.ts';

/** Polaris' own strings for an admin language (sent to the client with the layout). */
export function polarisTranslations(locale: string | null | undefined): Record<string, unknown> {
  return adminResources.get(adminLanguage(locale))!.polaris;
}

const ts = new Map<string, TFunction>();

/** Server-side t() over the admin namespace, for page titles and messages built in loaders. */
export function adminT(locale: string | null | undefined): TFunction {
  const lng = adminLanguage(locale);
  let t = ts.get(lng);
  if (!t) {
    const instance = createInstance();
    void instance.init({
      lng,
      resources: { [lng]: { admin: adminResources.get(lng)!.admin as Record<string, string> } },
      defaultNS: 'admin',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    t = instance.t;
    ts.set(lng, t);
  }
  return t;
}

/** The admin language a signed-out visitor's browser asks for. */
export function browserLanguage(request: Request): string | undefined {
  return request.headers.get('accept-language')?.split(/[,;]/)[0]?.trim();
}
