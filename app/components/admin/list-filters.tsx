import { ChoiceList, TextField, useSetIndexFiltersMode } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

type Choices = { label: string; value: string }[];

/**
 * An admin list's filters kept in the URL (so a filtered queue can be linked and reloaded):
 * the search box, one-choice filters, a date range, the chips of what is applied and paging.
 * Orders and returns share it; each page says which filters it has.
 */
export function useListFilters(placeholder: string) {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const { mode, setMode } = useSetIndexFiltersMode();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const choice = (key: string, label: string, choices: Choices) => ({
    key,
    label,
    filter: (
      <ChoiceList
        title={label}
        titleHidden
        choices={choices}
        selected={params.get(key) ? [params.get(key)!] : []}
        onChange={(v) => set(key, v[0] ?? null)}
      />
    ),
    pinned: true,
  });
  const dateRange = () => ({
    key: 'date',
    label: t('orders.date'),
    filter: (
      <>
        {(['from', 'to'] as const).map((k) => (
          <TextField
            key={k}
            label={t(`orders.${k}`)}
            type="date"
            value={params.get(k) ?? ''}
            onChange={(v) => set(k, v)}
            autoComplete="off"
          />
        ))}
      </>
    ),
  });
  /** The chips for the filters in use: each choice by its label, the date range as from – to. */
  const applied = (choices: (readonly [string, Choices])[]) => [
    ...choices.flatMap(([key, list]) =>
      params.get(key)
        ? [
            {
              key,
              label: list.find((c) => c.value === params.get(key))?.label ?? '',
              onRemove: () => set(key, null),
            },
          ]
        : [],
    ),
    ...(params.get('from') || params.get('to')
      ? [
          {
            key: 'date',
            label: `${params.get('from') ?? '…'} – ${params.get('to') ?? '…'}`,
            onRemove: () => {
              const next = new URLSearchParams(params);
              next.delete('from');
              next.delete('to');
              next.delete('page');
              setParams(next, { replace: true, preventScrollReset: true });
            },
          },
        ]
      : []),
  ];
  /** IndexFilters' search, clear-all and mode props. */
  const search = {
    queryValue: query,
    queryPlaceholder: placeholder,
    onQueryChange: (v: string) => {
      setQuery(v);
      set('q', v);
    },
    onQueryClear: () => {
      setQuery('');
      set('q', null);
    },
    tabs: [],
    selected: 0,
    onClearAll: () => setParams({}, { replace: true }),
    mode,
    setMode,
    canCreateNewView: false,
  };
  const pagination = (page: number, size: number, total: number) => ({
    hasPrevious: page > 0,
    hasNext: (page + 1) * size < total,
    onPrevious: () => setParams({ ...Object.fromEntries(params), page: String(page - 1) }),
    onNext: () => setParams({ ...Object.fromEntries(params), page: String(page + 1) }),
  });
  return { choice, dateRange, applied, search, pagination };
}
