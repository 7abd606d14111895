import { useTranslation } from 'react-i18next';
import { type LayoutData } from '#app/lib/use-layout.ts';

/** A dismissible banner suggesting the shopper's likely locale; it never redirects. */
export function LocaleSuggestion({ suggestion }: { suggestion: NonNullable<LayoutData['suggestion']> }) {
  const { t } = useTranslation();
  return (
    <aside className="locale-banner" aria-label={t('localeSelector.suggestionLabel')}>
      <div className="container locale-banner__inner" lang={suggestion.lang}>
        <p>{suggestion.message}</p>
        <a className="button button--small" href={suggestion.href || '/'}>{suggestion.accept}</a>
        <form method="post" action="/locale">
          <input type="hidden" name="intent" value="dismiss" />
          <button type="submit" className="button button--ghost button--small">{suggestion.dismiss}</button>
        </form>
      </div>
    </aside>
  );
}
