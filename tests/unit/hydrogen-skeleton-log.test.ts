import { describe, expect, it } from 'vitest';
import { graphqlErrors } from '../hydrogen-skeleton/graphql-errors.ts';

// Lines as `shopify hydrogen preview` printed them against a Meridian without `Brand.logo`.
const FAILED_HEADER = `\x1b[31mGraphQLError: [h2:error:storefront.query] Cannot query field "logo" on type "Brand".\x1b[39m
storefront.query(HEADER_QUERY, {
           ^
    at query (/cache/skeleton/app/root.tsx:104:16)
  cause: '{"requestId":null}'
}
TypeError: Cannot read properties of undefined (reading 'name')`;

describe('graphqlErrors', () => {
  it('finds the error Hydrogen logs for a failed Storefront API query, without colour codes', () => {
    expect(graphqlErrors(FAILED_HEADER)).toEqual([
      'GraphQLError: [h2:error:storefront.query] Cannot query field "logo" on type "Brand".',
    ]);
  });

  it('finds failed mutations, failed API responses and sitemap errors, each once', () => {
    const log = [
      'Error: [h2:error:storefront.mutation] Field "appliedGiftCards" is not defined - Request ID: abc',
      'Error: [h2:error:storefront.query] URL: http://127.0.0.1:3651/api/2026-04/graphql.json',
      'Error: [h2:error:storefront.query] URL: http://127.0.0.1:3651/api/2026-04/graphql.json',
      'Error: [h2:sitemap:error] No data found for type metaObjects. Check types passed to `getSitemapIndex`',
    ].join('\n');
    expect(graphqlErrors(log)).toHaveLength(3);
  });

  it('ignores a clean log: the banner, build warnings and Hydrogen warnings', () => {
    const log = [
      'MiniOxygen (Worker Runtime) preview server running.',
      // Hydrogen's minified source, quoted under another error's stack trace.
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`;throw new Error(`[h2:sitemap:error] No data found`)',
      '⚠️  Future Flag Warning: Request handling behavior is changing in React Router v8.',
      '[h2:warn:createHydrogenContext] no customer account client',
    ].join('\n');
    expect(graphqlErrors(log)).toEqual([]);
  });
});
