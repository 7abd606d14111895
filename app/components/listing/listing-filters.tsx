import { useTranslation } from 'react-i18next';
import { Form, useLocation } from 'react-router';
import { SORTS } from '#app/storefront/collection-sorts.ts';

export interface FilterData {
  id: string;
  label: string;
  type: string;
  values: { id: string; label: string; count: number; input: unknown }[];
}

/** How many filters are applied: each checked value, plus the price range as one. */
export function activeFilterCount(active: readonly string[], price: { min?: number; max?: number }): number {
  return active.length + (price.min !== undefined || price.max !== undefined ? 1 : 0);
}

/**
 * Sort and filters as one GET form: works without JavaScript, and every state has
 * a shareable URL. With JavaScript, changes submit immediately. On small screens the
 * form sits behind a "Filter and sort" disclosure (a native <details>, so no JavaScript is
 * needed) that shows how many filters are active; from 900px it is always open (CSS).
 */
export function ListingFilters({
  filters,
  active,
  sort,
  price,
  currency,
  locale,
}: {
  filters: FilterData[];
  active: string[];
  sort: string;
  price: { min?: number; max?: number };
  currency: string;
  locale: string;
}) {
  const { t } = useTranslation('collection');
  const location = useLocation();
  const count = activeFilterCount(active, price);
  const submitOnChange = (e: React.ChangeEvent<HTMLFormElement>) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'number') return;
    e.currentTarget.requestSubmit();
  };
  return (
    <details className="filters-disclosure" data-testid="filters-disclosure">
      <summary className="filters-disclosure__toggle button button--ghost">
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path d="M4 6h16M7 12h10M10 18h4" />
        </svg>
        <span>{t('filterAndSort')}</span>
        {count > 0 ? (
          <>
            <span className="filter-count" aria-hidden="true" data-testid="active-filter-count">
              {new Intl.NumberFormat(locale).format(count)}
            </span>
            <span className="visually-hidden">{t('activeFilters', { count })}</span>
          </>
        ) : null}
      </summary>
      <Form
        method="get"
        action={location.pathname}
        className="listing-filters"
        onChange={submitOnChange}
        preventScrollReset
      >
        <div className="listing-filters__sort">
          <label htmlFor="sort">{t('sortBy')}</label>
          <select id="sort" name="sort" defaultValue={sort}>
            {Object.keys(SORTS).map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {filters.map((f) =>
          f.type === 'PRICE_RANGE' ? (
            <fieldset key={f.id} className="filter-group">
              <legend>
                {f.label} ({currency})
              </legend>
              <div className="filter-group__price">
                <label>
                  <span>{t('priceMin')}</span>
                  <input
                    type="number"
                    name="price_min"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    defaultValue={price.min ?? ''}
                  />
                </label>
                <label>
                  <span>{t('priceMax')}</span>
                  <input
                    type="number"
                    name="price_max"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    defaultValue={price.max ?? ''}
                  />
                </label>
              </div>
            </fieldset>
          ) : (
            <fieldset key={f.id} className="filter-group">
              <legend>{f.label}</legend>
              <ul>
                {f.values
                  .filter((v) => v.count > 0 || active.includes(String(v.input)))
                  .map((v) => (
                    <li key={v.id}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          name="filter"
                          value={String(v.input)}
                          defaultChecked={active.includes(String(v.input))}
                        />
                        <span>{v.label}</span>
                        <span className="muted">({v.count})</span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ),
        )}
        <div className="listing-filters__actions">
          <button type="submit" className="button">
            {t('apply')}
          </button>
          <a href={location.pathname} className="button button--ghost">
            {t('clear')}
          </a>
        </div>
      </Form>
    </details>
  );
}
