import { sanitizeArticleHtml } from '#app/modules/blog/core/sanitize.ts';

/**
 * Policy bodies are staff-written HTML every shopper reads: the same allow-list as articles
 * (one sanitizer for the store's rich text). Text that is left with no content is empty, so a
 * body of stray markup does not publish an empty policy.
 */
export function sanitizePolicyHtml(html: string): string {
  const clean = sanitizeArticleHtml(html);
  return clean.replace(/<[^>]*>|&nbsp;|\s/g, '') === '' ? '' : clean;
}
