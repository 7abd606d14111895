import type { Namespace } from './config.ts';

/** A whole namespace, only some of its top-level keys, or all but some. */
export type StringsPick = true | { only: readonly string[] } | { except: readonly string[] };
export type PageStrings = Partial<Record<Namespace, StringsPick>>;

/**
 * What every storefront page draws: the header (predictive search lists products and articles),
 * the footer (its policy links' label), the cart link and add-to-cart button, the error pages.
 * The cart's other strings come with the cart (the cart route's loader); the home page's are used
 * nowhere else, and the locale banner's and the edge's error texts are written on the server.
 */
const CHROME: PageStrings = {
  common: { except: ['home', 'localeSuggestion'] },
  errors: { except: ['edge'] },
  cart: { only: ['open', 'drawerTitle', 'close', 'addToCart', 'soldOut', 'added', 'viewCart'] },
  policies: { only: ['footer'] },
  // The predictive search's own strings; the search page and the blogs add the rest.
  search: {
    only: [
      'label',
      'placeholder',
      'suggestions',
      'noSuggestions',
      'collectionSuggestion',
      'viewAll',
      'submit',
    ],
  },
  blog: { only: ['articleLabel'] },
  product: true,
};

/** What a section adds to the chrome's, by the path's first segment after the locale prefix. */
const SECTIONS: Partial<Record<string, PageStrings>> = {
  '': { common: true },
  collections: { collection: true },
  search: { collection: true, search: true, blog: true },
  blogs: { collection: true, blog: true },
  checkout: { checkout: true },
  returns: { returns: true },
  policies: { policies: true },
};

/**
 * The UI strings a storefront page needs, so the root loader sends those and not all eleven
 * namespaces (checkout's and returns' alone are most of them). `pathRest` is the path without the
 * locale prefix.
 */
export function pageStrings(pathRest: string): PageStrings {
  const section = pathRest.split('/')[1] ?? '';
  return { ...CHROME, ...SECTIONS[section] };
}

/** The part of one namespace's strings a pick keeps. */
export function pickStrings(strings: Record<string, unknown>, pick: StringsPick): Record<string, unknown> {
  if (pick === true) return strings;
  return Object.fromEntries(
    Object.entries(strings).filter(([key]) =>
      'only' in pick ? pick.only.includes(key) : !pick.except.includes(key),
    ),
  );
}
