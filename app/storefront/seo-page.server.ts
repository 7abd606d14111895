import { redirect } from 'react-router';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import type { StorefrontPage } from '#app/storefront/storefront-context.server.ts';

type Sf = Pick<StorefrontPage, 'storefront' | 'store'> & { locale: { pathPrefix: string } };
type Segment = 'products' | 'collections' | 'pages';

/**
 * A resource's path in every content language (its localized handle), asked of the Storefront
 * API once per language, as a Shopify storefront must. The root layout turns these into
 * reciprocal hreflang alternates.
 */
export async function localizedPaths(sf: Sf, id: string, segment: Segment): Promise<Record<string, string>> {
  // One storefront locale per language: a language only applies in a country whose market offers it.
  const byLanguage = new Map(sf.store.locales.map((l) => [l.language, l.country]));
  const languages = [...byLanguage.keys()];
  const results = await Promise.all(
    languages.map((language) =>
      sf.storefront.query(LOCALIZED_HANDLE_QUERY, {
        // Explicit $country and $language override the request's own (the client fills only what is missing).
        variables: { id, language: toLanguageCode(language), country: byLanguage.get(language) } as {
          id: string;
        },
        cache: sf.storefront.CacheLong(),
      }),
    ),
  );
  const out: Record<string, string> = {};
  languages.forEach((language, i) => {
    const node = results[i]?.node as { handle?: string } | null | undefined;
    if (node?.handle) out[language] = `/${segment}/${encodeURIComponent(node.handle)}`;
  });
  return out;
}

/** Any other handle of the resource (another language's, the source's) 301s to this language's. */
export function redirectToLocalizedHandle(
  request: Request,
  sf: Sf,
  segment: Segment,
  requested: string,
  localized: string,
): void {
  if (requested === localized) return;
  const url = new URL(request.url);
  throw redirect(`${sf.locale.pathPrefix}/${segment}/${encodeURIComponent(localized)}${url.search}`, 301);
}

/** Social and indexing metafields of a resource (seo.hidden is Shopify's noindex convention). */
export interface SeoMetafields {
  hidden?: { value: string } | null;
  ogTitle?: { value: string } | null;
  ogDescription?: { value: string } | null;
  ogImage?: { value: string } | null;
}

/** Indexing and social-card values of a page; the share image falls back to the page's own image. */
export function seoExtras(m: SeoMetafields, fallbackImage?: string | null) {
  return {
    noindex: m.hidden?.value === '1',
    ogTitle: m.ogTitle?.value ?? null,
    ogDescription: m.ogDescription?.value ?? null,
    ogImage: m.ogImage?.value ?? fallbackImage ?? null,
  };
}

const LOCALIZED_HANDLE_QUERY = `#graphql
  query LocalizedHandle($id: ID!, $country: CountryCode, $language: LanguageCode) @inContext(country: $country, language: $language) {
    node(id: $id) {
      ... on Product { handle }
      ... on Collection { handle }
      ... on Page { handle }
    }
  }
` as const;
