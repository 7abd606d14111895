/**
 * Finds the GraphQL errors in the Hydrogen skeleton's server log. Hydrogen logs every error the
 * Storefront API returns, and every failed API response, as a `GraphQLError` or an `Error` whose
 * message starts `[h2:error:storefront.query]` or `[h2:error:storefront.mutation]` (its
 * `clientOperation`, @shopify/hydrogen dist `throwErrorWithGqlLink` and `fetchStorefrontApi`);
 * its sitemap helpers log `[h2:sitemap:error]`.
 */
// At the start of a line only: Hydrogen's minified source, quoted under a stack trace, holds them too.
const ERROR_LINE = /^(\w*Error: )?\[h2:(error:storefront\.|sitemap:error\])|^GraphQLError\b/;

/** The log's GraphQL error lines, each once and in order. */
export function graphqlErrors(log: string): string[] {
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes on purpose
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  return [...new Set(lines.map((line) => line.trim()).filter((line) => ERROR_LINE.test(line)))];
}
