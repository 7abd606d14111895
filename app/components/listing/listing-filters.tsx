import { useTranslation } from 'react-i18next';
import { Form, useLocation } from 'react-router';
import { SORTS } from '#app/lib/collection-params.ts';

export interface FilterData {
  id: string;
  label: string;
  type: string;
  values: { id: string; label: string; count: number; input: unknown }[];
}

/**
 * Sort and filters as one GET form: works without JavaScript, and every state has
 * a shareable URL. With JavaScript, changes submit immediately.
 */
export function ListingFilters({ filters, active, sort, price, currency }: { filters: FilterData[]; active: string[]; sort: string; price: { min?: number; max?: number }; currency: string }) {
  const { t } = useTranslation('collection');
  const location = useLocation();
  const submitOnChange = (e: React.ChangeEvent<HTMLFormElement>) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'number') return;
    e.currentTarget.requestSubmit();
  };
  return (
    <Form method="get" action={location.pathname} className="listing-filters" onChange={submitOnChange} preventScrollReset>
      <div className="listing-filters__sort">
        <label htmlFor="sort">{t('sortBy')}</label>
        <select id="sort" name="sort" defaultValue={sort}>
          {Object.keys(SORTS).map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
        </select>
      </div>
      {filters.map((f) => f.type === 'PRICE_RANGE' ? (
        <fieldset key={f.id} className="filter-group">
          <legend>{f.label} ({currency})</legend>
          <div className="filter-group__price">
            <label>
              <span>{t('priceMin')}</span>
              <input type="number" name="price_min" min={0} step="any" inputMode="decimal" defaultValue={price.min ?? ''} />
            </label>
            <label>
              <span>{t('priceMax')}</span>
              <input type="number" name="price_max" min={0} step="any" inputMode="decimal" defaultValue={price.max ?? ''} />
            </label>
          </div>
        </fieldset>
      ) : (
        <fieldset key={f.id} className="filter-group">
          <legend>{f.label}</legend>
          <ul>
            {f.values.filter((v) => v.count > 0 || active.includes(String(v.input))).map((v) => (
              <li key={v.id}>
                <label className="checkbox">
                  <input type="checkbox" name="filter" value={String(v.input)} defaultChecked={active.includes(String(v.input))} />
                  <span>{v.label}</span>
                  <span className="muted">({v.count})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <div className="listing-filters__actions">
        <button type="submit" className="button">{t('apply')}</button>
        <a href={location.pathname} className="button button--ghost">{t('clear')}</a>
      </div>
    </Form>
  );
}
