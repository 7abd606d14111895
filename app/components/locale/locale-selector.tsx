import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import { type LayoutData } from '#app/lib/use-layout.ts';

/**
 * Country/language selector. A plain GET form to /locale, so it works without
 * JavaScript; the server redirects to the same page under the chosen prefix.
 */
export function LocaleSelector({ root }: { root: LayoutData }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/locale" className="locale-selector" reloadDocument>
      <input type="hidden" name="path" value={root.pathRest + root.search} />
      <label htmlFor="locale-select" className="visually-hidden">{t('localeSelector.label')}</label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={root.currentSelector}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      >
        {root.selector.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>
        ))}
      </select>
      <noscript><button type="submit" className="button button--small">{t('localeSelector.submit')}</button></noscript>
    </Form>
  );
}
