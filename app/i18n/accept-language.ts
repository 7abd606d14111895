/** One language an Accept-Language header asks for, with its region and weight. */
export interface Preference {
  language: string;
  region: string | null;
  q: number;
}

/** The languages an Accept-Language header asks for, best first (at most 500 characters read). */
export function parseAcceptLanguage(header: string | null): Preference[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      const [language = '', ...rest] = tag.split('-');
      const region = rest.find((r) => /^[A-Za-z]{2}$/.test(r))?.toUpperCase() ?? null;
      const script = rest.find((r) => /^[A-Za-z]{4}$/.test(r));
      // zh-Hans / zh-CN mean the simplified Chinese the store offers as zh-CN.
      const lang =
        language.toLowerCase() === 'zh' &&
        (script?.toLowerCase() === 'hans' || region === 'CN' || region === 'SG')
          ? 'zh-CN'
          : language.toLowerCase();
      return { language: lang, region, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((p) => p.language && p.language !== '*' && p.q > 0)
    .sort((a, b) => b.q - a.q);
}
