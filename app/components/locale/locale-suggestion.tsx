import { useTranslation } from 'react-i18next';
import { type LayoutData } from '#app/storefront/use-layout.ts';

/**
 * A dismissible banner suggesting the shopper's likely locale; it never redirects. Its text is in
 * the suggested language, so it carries that language's direction too (Arabic punctuation ends
 * up where it belongs, even on a left-to-right page). Both buttons go through /locale, which
 * remembers the answer, so the banner does not come back.
 */
export function LocaleSuggestion({ suggestion }: { suggestion: NonNullable<LayoutData['suggestion']> }) {
  const { t } = useTranslation();
  return (
    <aside
      className="locale-banner"
      aria-label={t('localeSelector.suggestionLabel')}
      data-testid="locale-banner"
    >
      <div className="container locale-banner__inner" lang={suggestion.lang} dir={suggestion.dir}>
        <p>{suggestion.message}</p>
        <a className="button button--small" href={suggestion.href}>
          {suggestion.accept}
        </a>
        <form method="post" action="/locale">
          <input type="hidden" name="intent" value="dismiss" />
          <button type="submit" className="button button--ghost button--small">
            {suggestion.dismiss}
          </button>
        </form>
      </div>
    </aside>
  );
}
