import { cloneElement, createContext, Fragment, isValidElement, useContext, useMemo } from 'react';
import type { LiteI18n, TFunction, TOptions } from './lite-i18n.ts';

/**
 * The react-i18next API the storefront and admin use (`useTranslation`, `Trans`,
 * `I18nextProvider`), over lite-i18n. vite.config.ts resolves `react-i18next` here for the
 * server render and the browser alike, so both render the same text and i18next stays out of
 * the pages' JavaScript.
 */
const I18nContext = createContext<LiteI18n | null>(null);

export function I18nextProvider({ i18n, children }: { i18n: LiteI18n; children: React.ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** Adds strings that came with a widget's data (the cart's, with the cart) for the tree below. */
export function WithStrings({
  ns,
  strings,
  children,
}: {
  ns: string;
  strings: Record<string, unknown> | undefined;
  children: React.ReactNode;
}) {
  const i18n = useContext(I18nContext);
  const extended = useMemo(() => (i18n && strings ? i18n.extend(ns, strings) : i18n), [i18n, ns, strings]);
  return <I18nContext.Provider value={extended}>{children}</I18nContext.Provider>;
}

export function useTranslation(ns?: string) {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation() outside <I18nextProvider>');
  const t = useMemo(() => i18n.getFixedT(null, ns), [i18n, ns]);
  return Object.assign([t, i18n, true] as const, { t, i18n, ready: true });
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);

/**
 * A translated sentence with named tags (`<start>Start a return</start>`) drawn as the given
 * elements, their text as children. Tags without a component render as their text.
 */
export function Trans({
  i18nKey,
  t,
  count,
  values,
  components = {},
}: {
  i18nKey: string;
  t?: TFunction;
  count?: number;
  values?: TOptions;
  components?: Record<string, React.ReactElement>;
}) {
  const fallback = useTranslation().t;
  const text = (t ?? fallback)(i18nKey, { ...values, ...(count === undefined ? {} : { count }) });
  const nodes: React.ReactNode[] = [];
  const tag = /<(\w+)>([\s\S]*?)<\/\1>|<(\w+)\s*\/>/g;
  let last = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m.index > last) nodes.push(unescape(text.slice(last, m.index)));
    const name = m[1] ?? m[3]!;
    const inner = m[2] === undefined ? undefined : unescape(m[2]);
    const component = components[name];
    nodes.push(
      isValidElement(component) ? (
        inner === undefined ? (
          cloneElement(component, { key: nodes.length })
        ) : (
          cloneElement(component, { key: nodes.length }, inner)
        )
      ) : (
        <Fragment key={nodes.length}>{inner}</Fragment>
      ),
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push(unescape(text.slice(last)));
  return <>{nodes}</>;
}
