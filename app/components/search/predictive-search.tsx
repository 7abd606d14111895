import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link, useFetcher, useLocation, useNavigate } from 'react-router';

export interface PredictiveResult {
  query: string;
  products: {
    id: string;
    url: string;
    title: string;
    price: string;
    image: { url: string; altText: string | null } | null;
  }[];
  collections: { id: string; url: string; title: string }[];
  /** Journal articles (issue 16); absent from older cached replies. */
  articles?: { id: string; url: string; title: string }[];
}

/**
 * Search box with suggestions as you type (ARIA combobox). Without JavaScript it is
 * a plain GET form to the search page. The suggestions close when the search is submitted,
 * on any navigation, on Escape and on a click outside, so they never cover the page they led to.
 */
export function PredictiveSearch({
  prefix,
  id,
  onSubmitted,
}: {
  prefix: string;
  id?: string;
  onSubmitted?: () => void;
}) {
  const { t } = useTranslation('search');
  const { t: tBlog } = useTranslation('blog');
  const fetcher = useFetcher<PredictiveResult>();
  const navigate = useNavigate();
  const location = useLocation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const generatedId = useId();
  const listId = id ?? generatedId;
  const inputRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Navigating closes the list: adjusted while rendering, as React advises for state that follows a value.
  const page = location.pathname + location.search;
  const [listPage, setListPage] = useState(page);
  if (listPage !== page) {
    setListPage(page);
    setOpen(false);
    setActive(-1);
  }
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!formRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    clearTimeout(timer.current);
    setOpen(false);
    setActive(-1);
  };

  const results = query.trim() && fetcher.data?.query === query.trim() ? fetcher.data : null;
  const options = results
    ? [
        ...results.products.map((p) => ({ id: p.id, url: p.url })),
        ...results.collections.map((c) => ({ id: c.id, url: c.url })),
        ...(results.articles ?? []).map((a) => ({ id: a.id, url: a.url })),
      ]
    : [];

  const onChange = (value: string) => {
    setQuery(value);
    setOpen(true);
    setActive(-1);
    clearTimeout(timer.current);
    if (value.trim().length >= 2) {
      timer.current = setTimeout(
        () => fetcher.load(`${prefix}/search?predictive=1&q=${encodeURIComponent(value.trim())}`),
        150,
      );
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0 && options[active]) {
      e.preventDefault();
      close();
      onSubmitted?.();
      void navigate(options[active]!.url);
    }
  };

  const showList = open && results !== null && query.trim().length >= 2;
  return (
    <Form
      ref={formRef}
      id={`${listId}-form`}
      method="get"
      action={`${prefix}/search`}
      className="predictive-search"
      role="search"
      onSubmit={() => {
        close();
        inputRef.current?.blur();
        onSubmitted?.();
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('label')}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={t('placeholder')}
        value={query}
        maxLength={200}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && options[active] ? `${listId}-opt-${active}` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
      />
      <div className="predictive-search__panel" hidden={!showList}>
        {results && options.length === 0 ? (
          <p className="predictive-search__empty" role="status">
            {t('noSuggestions', { query: results.query })}
          </p>
        ) : null}
        <div id={`${listId}-list`} role="listbox" aria-label={t('suggestions')}>
          {results?.products.map((p, i) => (
            <Link
              key={p.id}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={active === i}
              to={p.url}
              className="predictive-search__item"
              data-testid="predictive-product"
            >
              {p.image ? <img src={p.image.url} alt="" width={48} height={48} loading="lazy" /> : null}
              <span className="predictive-search__title">{p.title}</span>
              <span className="predictive-search__price">{p.price}</span>
            </Link>
          ))}
          {results?.collections.map((c, j) => {
            const i = results.products.length + j;
            return (
              <Link
                key={c.id}
                id={`${listId}-opt-${i}`}
                role="option"
                aria-selected={active === i}
                to={c.url}
                className="predictive-search__item predictive-search__item--collection"
              >
                <span className="predictive-search__title">
                  {t('collectionSuggestion', { title: c.title })}
                </span>
              </Link>
            );
          })}
          {results?.articles?.map((a, j) => {
            const i = results.products.length + results.collections.length + j;
            return (
              <Link
                key={a.id}
                id={`${listId}-opt-${i}`}
                role="option"
                aria-selected={active === i}
                to={a.url}
                className="predictive-search__item predictive-search__item--article"
                data-testid="predictive-article"
              >
                <span className="predictive-search__title">{a.title}</span>
                <span className="predictive-search__price">{tBlog('articleLabel')}</span>
              </Link>
            );
          })}
        </div>
        {results ? (
          <Link
            to={`${prefix}/search?q=${encodeURIComponent(query.trim())}`}
            className="predictive-search__all"
          >
            {t('viewAll', { query: query.trim() })}
          </Link>
        ) : null}
      </div>
      <button type="submit" className="visually-hidden">
        {t('submit')}
      </button>
    </Form>
  );
}
