import { redirect } from 'react-router';
import { toLanguageCode } from '#app/modules/markets/core/locale.ts';
import type { StorefrontPage } from '#app/storefront/storefront-context.server.ts';

type Sf = Pick<StorefrontPage, 'storefront' | 'store'> & { locale: { pathPrefix: string } };

/** A blog's or article's path from its (localized) handles. */
export function blogPath(blogHandle: string, articleHandle?: string): string {
  const blog = `/blogs/${encodeURIComponent(blogHandle)}`;
  return articleHandle ? `${blog}/${encodeURIComponent(articleHandle)}` : blog;
}

/**
 * A blog's or article's path in every content language, asked of the Storefront API once per
 * language as pages, products and collections are; the root layout makes them hreflang links.
 */
export async function localizedBlogPaths(
  sf: Sf,
  ids: { blogId: string; articleId?: string },
): Promise<Record<string, string>> {
  const byLanguage = new Map(sf.store.locales.map((l) => [l.language, l.country]));
  const languages = [...byLanguage.keys()];
  const results = await Promise.all(
    languages.map((language) =>
      sf.storefront.query(BLOG_HANDLES_QUERY, {
        variables: {
          blogId: ids.blogId,
          articleId: ids.articleId ?? ids.blogId,
          withArticle: Boolean(ids.articleId),
          language: toLanguageCode(language),
          country: byLanguage.get(language),
        } as { blogId: string; articleId: string; withArticle: boolean },
        cache: sf.storefront.CacheLong(),
      }),
    ),
  );
  const out: Record<string, string> = {};
  languages.forEach((language, i) => {
    const r = results[i];
    const blogHandle = r?.blog?.handle;
    if (!blogHandle) return;
    if (!ids.articleId) out[language] = blogPath(blogHandle);
    else if (r?.article?.handle) out[language] = blogPath(blogHandle, r.article.handle);
  });
  return out;
}

/** Any other handle (another language's, the source's) 301s to the shopper language's path. */
export function redirectToLocalizedBlogPath(
  request: Request,
  sf: Sf,
  requested: string,
  localized: string,
): void {
  if (requested === localized) return;
  const url = new URL(request.url);
  throw redirect(`${sf.locale.pathPrefix}${localized}${url.search}`, 301);
}

const BLOG_HANDLES_QUERY = `#graphql
  query BlogHandles($blogId: ID!, $articleId: ID!, $withArticle: Boolean!, $country: CountryCode, $language: LanguageCode)
  @inContext(country: $country, language: $language) {
    blog(id: $blogId) { handle }
    article(id: $articleId) @include(if: $withArticle) { handle }
  }
` as const;
