import { serverT } from '#app/i18n/server-t.server.ts';
import { allLocales, marketForCountry, type MarketConfig } from '#app/modules/markets/core/market.ts';
import type { Locale } from '#app/modules/markets/core/locale.ts';

export const SUGGESTION_COOKIE = 'meridian_locale_hint';

interface Preference { language: string; region: string | null; q: number }

export function parseAcceptLanguage(header: string | null): Preference[] {
  if (!header) return [];
  return header.slice(0, 500).split(',').map((part) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
    const [language = '', ...rest] = tag.split('-');
    const region = rest.find((r) => /^[A-Za-z]{2}$/.test(r))?.toUpperCase() ?? null;
    const script = rest.find((r) => /^[A-Za-z]{4}$/.test(r));
    // zh-Hans / zh-CN mean the simplified Chinese the store offers as zh-CN.
    const lang = language.toLowerCase() === 'zh' && (script?.toLowerCase() === 'hans' || region === 'CN' || region === 'SG') ? 'zh-CN' : language.toLowerCase();
    return { language: lang, region, q: Number.isFinite(q) ? q : 0 };
  }).filter((p) => p.language && p.language !== '*' && p.q > 0).sort((a, b) => b.q - a.q);
}

/**
 * A first-visit hint from Accept-Language: the best storefront locale for the
 * browser's languages, if it differs from the page's. Never a redirect, so
 * crawlers reach every locale.
 */
export function suggestLocale(request: Request, config: MarketConfig, current: Locale, pathRest: string) {
  if (request.headers.get('cookie')?.includes(`${SUGGESTION_COOKIE}=dismissed`)) return null;
  const locales = allLocales(config);
  let best: Locale | undefined;
  for (const pref of parseAcceptLanguage(request.headers.get('accept-language'))) {
    const sameLanguage = locales.filter((l) => l.language.toLowerCase() === pref.language.toLowerCase() || l.language.split('-')[0] === pref.language);
    best = sameLanguage.find((l) => l.country === pref.region)
      ?? sameLanguage.find((l) => l.country === current.country)
      ?? sameLanguage.find((l) => marketForCountry(config, l.country)?.defaultLanguage === l.language);
    if (best) break;
  }
  if (!best || (best.language === current.language && best.country === current.country)) return null;
  if (best.language === current.language) return null; // same language: the shopper can read this page
  const t = serverT(best.language);
  const country = new Intl.DisplayNames([best.language], { type: 'region' }).of(best.country) ?? best.country;
  const currency = marketForCountry(config, best.country)?.currency ?? '';
  return {
    lang: best.language,
    href: `${best.pathPrefix}${pathRest === '/' && best.pathPrefix ? '' : pathRest}`,
    message: t('localeSuggestion.message', { country, currency }),
    accept: t('localeSuggestion.accept', { country }),
    dismiss: t('localeSuggestion.dismiss'),
  };
}
