import { describe, expect, it } from 'vitest';
import { pageStrings, pickStrings } from '#app/i18n/page-namespaces.ts';
import search from '../../locales/en/search.json' with { type: 'json' };
import blog from '../../locales/en/blog.json' with { type: 'json' };

describe('the UI strings a storefront page is sent', () => {
  it('gives every page only what the predictive search draws, and the search page and blogs all of theirs', () => {
    const product = pageStrings('/products/merino-crew-sweater');
    const chromeSearch = Object.keys(pickStrings(search, product.search!));
    expect(chromeSearch).toEqual(
      expect.arrayContaining(['label', 'placeholder', 'noSuggestions', 'viewAll']),
    );
    expect(chromeSearch).not.toContain('resultsTitle');
    expect(Object.keys(pickStrings(blog, product.blog!))).toEqual(['articleLabel']);
    for (const path of ['/search', '/blogs/journal', '/blogs/journal/an-article']) {
      expect(pickStrings(blog, pageStrings(path).blog!)).toEqual(blog);
    }
    expect(pickStrings(search, pageStrings('/search').search!)).toEqual(search);
  });
});
