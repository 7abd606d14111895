import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { type LayoutData } from '#app/storefront/use-layout.ts';

/**
 * The header's locale chip ("US · USD") and the selector it opens: country and language chosen
 * separately. A <details> disclosure around a plain GET form to /locale, so it works without
 * JavaScript; /locale redirects to the same page under the chosen prefix and remembers the
 * choice. With JavaScript, Escape and a click outside close it, and the language list follows
 * the chosen country's market.
 */
export function LocaleSelector({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  const { countries, languages, chip } = root.selector;
  const [country, setCountry] = useState(root.country);
  const [language, setLanguage] = useState(root.language);
  const current = countries.find((c) => c.code === root.country);
  const offered = countries.find((c) => c.code === country)?.languages ?? [root.language];

  useEffect(() => {
    const close = (e: Event) => {
      const el = details.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
        if (e instanceof KeyboardEvent) el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [location.pathname]);

  const chooseCountry = (code: string) => {
    setCountry(code);
    const next = countries.find((c) => c.code === code)?.languages ?? [];
    if (!next.includes(language)) setLanguage(next[0] ?? language);
  };
  const languageLabel = (code: string) => {
    const names = languages[code];
    if (!names) return code;
    return names.translated
      ? t('localeSelector.languageOption', { native: names.native, name: names.translated })
      : names.native;
  };

  return (
    <details ref={details} className="locale-selector" data-testid="locale-selector">
      <summary className="locale-chip" data-testid="locale-chip">
        <span className="locale-chip__code">{chip}</span>
        <span className="visually-hidden">
          {t('localeSelector.current', {
            country: current?.name ?? root.country,
            language: languageLabel(root.language),
            currency: root.currency,
          })}
        </span>
      </summary>
      <div className="locale-selector__panel">
        <form method="get" action="/locale" className="locale-form">
          <input type="hidden" name="path" value={root.pathRest + root.search} />
          <p className="locale-form__title">{t('localeSelector.label')}</p>
          <label htmlFor={`${id}-country`}>{t('localeSelector.country')}</label>
          <select
            id={`${id}-country`}
            name="country"
            value={country}
            onChange={(e) => chooseCountry(e.target.value)}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {t('localeSelector.countryOption', { country: c.name, currency: c.currency })}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-language`}>{t('localeSelector.language')}</label>
          <select
            id={`${id}-language`}
            name="language"
            value={offered.includes(language) ? language : offered[0]}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {offered.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageLabel(code)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            {t('localeSelector.submit')}
          </button>
        </form>
      </div>
    </details>
  );
}
